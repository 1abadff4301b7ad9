// The public algorithm register over HTTP: public and cacheable, one valid entry per use case, every model of
// the registry in exactly one entry (and its card's facts carried over), every data class and explanation kind
// of a use case published with it, every field the standards map filled in every entry, and every text in
// French and English (domain/i18n/completeness.ts), and every entry with its AI Act duties.
import { expect, test } from "vitest";
import { cards, manifest } from "../../../models/artifacts";
import type { ModelCard } from "../../../models/cards/schema";
import { fieldMappings } from "../../../domain/algorithm-register/fields";
import { AUDIT_RETENTION_DAYS } from "../../../domain/privacy/data-classes";
import { AUTOMATED_DRAFT_NOTICE } from "../../../domain/requests/mention";
import { bilingualProblems, findBilingual } from "../../../domain/i18n/completeness";
import type { PublishedRegister } from "../../../domain/algorithm-register/published";
import { registerEntrySchema } from "../../../domain/algorithm-register/schema";
import { explainers } from "../../../workers/src/explanations/registry";
import { purposes } from "../../../workers/src/privacy/purposes";
import { dataClasses } from "../../../workers/src/privacy/retention";
import { inProcess } from "./fetch";
import { isFilled, valuesAt } from "./paths";

const getRegister = () => inProcess(new Request("http://recoque.test/api/v1/register"));

test("GET /api/v1/register is public, cacheable and answers 304 to its ETag", async () => {
  const res = await getRegister();
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toContain("application/json");
  expect(res.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+/);
  const etag = res.headers.get("ETag");
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  const again = await inProcess(new Request("http://recoque.test/api/v1/register", { headers: { "If-None-Match": etag! } }));
  expect(again.status).toBe(304);
});

test("one valid entry per use case, each with the models, data classes and explanations of its use case", async () => {
  const register = await (await getRegister()).json<PublishedRegister>();
  const useCases = purposes.filter((p) => ["heat", "rights", "sales", "requests"].includes(p.id)).map((p) => p.id);
  expect(register.entries.map((e) => e.useCase).sort()).toEqual(useCases.sort());
  for (const entry of register.entries) {
    registerEntrySchema.parse(entry);
    const purpose = purposes.find((p) => p.id === entry.useCase)!;
    expect(entry.dataClasses.map((d) => d.id)).toEqual(dataClasses.filter((d) => d.id.startsWith(purpose.dataClassPrefix)).map((d) => d.id));
    expect(entry.access.readers).toEqual(purpose.readers);
    for (const model of entry.models) {
      expect(model.useCase, `${model.id} is a ${model.useCase} model`).toBe(entry.useCase);
      expect(model.crpa.contact, `${entry.id}: contact of ${model.id}`).toBe(entry.contact.email);
    }
  }
  const kinds = register.entries.flatMap((e) => e.explanations.map((x) => x.kind));
  expect(kinds.sort(), "every explanation kind is published with exactly one use case").toEqual(Object.keys(explainers).sort());
});

test("every current model of the registry is in exactly one entry, with its card's facts", async () => {
  const register = await (await getRegister()).json<PublishedRegister>();
  const published = register.entries.flatMap((e) => e.models);
  const current = manifest.models.filter((m) => m.current);
  expect(published.map((m) => m.id).sort()).toEqual(current.map((m) => m.id).sort());
  for (const entry of register.entries) {
    const declared = entry.algorithms.filter((a) => a.kind === "model").map((a) => a.id).sort();
    expect(entry.models.map((m) => m.id).sort(), `${entry.id}: models declared in its algorithms`).toEqual(declared);
  }
  for (const model of published) {
    const card = cards[`${model.id}@${model.version}`] as ModelCard;
    expect(model.sha256).toBe(card.artifact.sha256);
    expect(model.metrics.overall).toEqual(card.metrics.overall);
    expect(model.fairness.checks.reduce((n, c) => n + c.groups, 0)).toBe(card.fairness.checks.length);
    expect(model.page).toBe(`/modeles#model-${model.id}`);
  }
});

test("every field the standards map is filled in every published entry", async () => {
  const register = await (await getRegister()).json<PublishedRegister>();
  for (const entry of register.entries) {
    for (const { path } of fieldMappings) {
      const values = valuesAt(entry, path);
      expect(values.length, `${entry.id}: ${path}`).toBeGreaterThan(0);
      for (const value of values) expect(isFilled(value), `${entry.id}: ${path}`).toBe(true);
    }
  }
});

test("every text of the published register is in French and English: entries, models, data classes, rights", async () => {
  const register = await (await getRegister()).json<PublishedRegister>();
  expect(findBilingual(register).length).toBeGreaterThan(200);
  expect(bilingualProblems(register)).toEqual([]);
});

test("every published entry carries its AI Act duties: logs kept six months or more, an impact assessment (a)–(f) for each high-risk use, Art. 50 and Art. 86", async () => {
  const register = await (await getRegister()).json<PublishedRegister>();
  for (const entry of register.entries) {
    const { aiAct } = entry;
    expect(aiAct, entry.id).toBeDefined();
    // Art. 26(6): the figure is the audit log's own retention, not a copy of it.
    expect(aiAct.logs.retentionDays, entry.id).toBe(AUDIT_RETENTION_DAYS);
    expect(aiAct.logs.retentionDays).toBeGreaterThanOrEqual(183);
    // Art. 27: due for every high-risk use (the City is a body governed by public law), with all six points.
    expect(aiAct.fria.due, `${entry.id}: FRIA due iff high risk`).toBe(entry.riskCategory.level === "high risk");
    if (aiAct.fria.due) {
      for (const point of ["processes", "periodAndFrequency", "affectedPersons", "risksOfHarm", "humanOversight", "ifRisksMaterialise", "notification"] as const) {
        expect(isFilled(aiAct.fria[point]), `${entry.id}: Art. 27 ${point}`).toBe(true);
      }
    }
    // Art. 86: each explanation the use case serves is named in the answer a person gets.
    for (const { kind } of entry.explanations) expect(aiAct.explanation.answer.en, `${entry.id}: ${kind}`).toContain(`/api/v1/explanations/${kind}/`);
  }
  // Art. 50: the use case that drafts replies says so, and its notice is the one every reply carries.
  const requests = register.entries.find((e) => e.useCase === "requests")!;
  expect(requests.aiAct.transparency.applies).toBe(true);
  expect(requests.aiAct.transparency.how.fr).toContain(AUTOMATED_DRAFT_NOTICE.fr.split(",")[0].slice(-30));
});
