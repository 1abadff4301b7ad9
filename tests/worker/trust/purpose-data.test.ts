// Purpose separation, data by data: distinctive personal data ("canaries") enters each use case through its own
// routes — a person registering for heat alerts and an agent's note on a call, sales imported from a DVF file
// and a tax agent's note on a case — then every role and anonymous callers read every GET operation of the
// OpenAPI document (ids filled from what was seeded). A canary may only reach the readers of its use case:
// operators, other use cases' agents, the auditor (who reads the audit log, and nothing personal) and
// anonymous callers must never receive one. The rights use case stores no personal data server-side. The seeded
// results are also explained, kind by kind, as the CRPA asks (R311-3-1-2, with the L311-3-1 mention).
import { env } from "cloudflare:workers";
import { beforeAll, expect, test } from "vitest";
import paris14 from "../../../infra/seed/data/sales/geodvf_75114_2020H1.csv?raw";
import { addDays } from "../../../domain/time/days";
import { manifest } from "../../../models/artifacts";
import { explanationSchema } from "../../../domain/contracts/explanation";
import { explainers } from "../../../workers/src/explanations/registry";
import { ROLES, type Role } from "../../../domain/contracts/roles";
import { purposes } from "../../../workers/src/privacy/purposes";
import { bearer, inProcess, ORIGIN } from "./fetch";
import { fillPath, label, operations } from "./openapi";

type Caller = Role | "anonymous";
const callers: Caller[] = [...ROLES, "anonymous"];

/** The canaries of each use case (by purpose id), and the ids to fill paths with. */
const canaries: Record<string, string[]> = { heat: [], sales: [] };
const ids: Record<string, string[]> = {};
const addIds = (name: string, ...values: string[]) => (ids[name] = [...new Set([...(ids[name] ?? []), ...values])]);
/** Any body as text, ONNX files included (so a canary cannot hide in a binary answer). */
const bodyText = async (res: Response) => new TextDecoder().decode(await res.arrayBuffer());

async function api(method: string, path: string, { role, json, body, type }: { role?: Role; json?: unknown; body?: string; type?: string } = {}) {
  const headers = new Headers({ "cf-connecting-ip": `10.2.0.${Math.floor(Math.random() * 250)}` });
  if (role) headers.set("Authorization", `Bearer ${await bearer(role)}`);
  if (json !== undefined || type) headers.set("Content-Type", type ?? "application/json");
  return inProcess(new Request(`${ORIGIN}${path}`, { method, headers, body: json !== undefined ? JSON.stringify(json) : body }));
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 45_000): Promise<T> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 200))) {
    const value = await probe();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function seedHeat() {
  const person = {
    name: "Honorine Canarivoix",
    phone: "06 71 42 93 58",
    email: "honorine.canarivoix@example.org",
    channels: ["sms", "email"],
    arrondissement: 13,
    address: "7 villa du Canari-Témoin",
    contact: { name: "Aurélien Canaricontact", phone: "01 71 42 93 59" },
    factors: { birthYear: 1931, livesAlone: true, mobility: "bedridden" },
    consent: true,
  };
  const created = await api("POST", "/api/v1/heat/registrations", { json: person });
  expect(created.status).toBe(201);
  const { id } = await created.json<{ id: string }>();
  const note = "Note canari : clé sous le paillasson du 3e";
  canaries.heat.push(person.name, "671429358", person.email, person.address, person.contact.name, "671429359", note);
  addIds("id", id);
  addIds("registrationId", id);
  const days = [-1, 0, 1, 2, 3].map((d) => ({ date: addDays("2019-07-24", d), tn: 23, tx: 37 }));
  const forecast = await api("POST", "/api/v1/heat/forecasts", { role: "ops", json: { source: "trust-test", issuedAt: "2019-07-24T06:00:00+02:00", days, replay: true } });
  expect(forecast.status).toBe(202);
  const call = await until("the canary's heat call and messages", async () => {
    const messages = await env.DB.prepare("SELECT count(*) AS n FROM heat_messages WHERE registration_id = ?1").bind(id).first<{ n: number }>();
    const row = await env.DB.prepare("SELECT id, episode_id FROM heat_calls WHERE registration_id = ?1").bind(id).first<{ id: string; episode_id: string }>();
    return messages!.n > 0 && row;
  });
  addIds("id", call.id, call.episode_id);
  const outcome = await api("POST", `/api/v1/heat/calls/${id}/outcomes`, { role: "heat-agent", json: { outcome: "reached-needs-social-help", note } });
  expect(outcome.status).toBeLessThan(300);
}

async function seedSales() {
  const upload = await api("POST", "/api/v1/sales/imports?fileName=trust.csv", { role: "tax-agent", body: paris14, type: "text/csv" });
  expect(upload.status).toBe(202);
  const { id } = await upload.json<{ id: string }>();
  addIds("id", id);
  await until("the import to complete", async () => (await (await api("GET", `/api/v1/sales/imports/${id}`, { role: "tax-agent" })).json<{ status: string }>()).status === "completed");
  const cases = await (await api("GET", "/api/v1/sales/cases?limit=500", { role: "tax-agent" })).json<{ items: { id: string; sale: { address: string } }[] }>();
  expect(cases.items.length).toBeGreaterThan(0);
  const note = "Note canari fiscale : vendeur connu du service";
  const decided = await api("POST", `/api/v1/sales/cases/${cases.items[0].id}/decision`, { role: "tax-agent", json: { decision: "refer", note } });
  expect(decided.status).toBe(200);
  canaries.sales.push(note, ...cases.items.map((c) => c.sale.address));
  addIds("id", ...cases.items.map((c) => c.id));
}

beforeAll(async () => {
  await seedHeat();
  await seedSales();
  addIds("kind", ...Object.keys(explainers));
  addIds("id", ...manifest.models.map((m) => m.id));
  addIds("version", ...manifest.models.map((m) => m.version));
}, 180_000);

/** Every path of an operation with its parameters filled from the seeded ids (all combinations). */
function paths(path: string): string[] {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  let filled: Record<string, string>[] = [{}];
  for (const name of names) filled = filled.flatMap((f) => (ids[name] ?? [`unknown-${name}`]).map((v) => ({ ...f, [name]: v })));
  return filled.map((values) => fillPath(path, values));
}

test("the seeded canaries are in the database (the check below would otherwise prove nothing)", async () => {
  expect(canaries.heat.length).toBeGreaterThan(5);
  expect(canaries.sales.length).toBeGreaterThan(1);
  const note = await env.DB.prepare("SELECT count(*) AS n FROM heat_call_outcomes WHERE note LIKE '%canari%'").first<{ n: number }>();
  expect(note!.n).toBe(1);
});

test("every GET operation × every role and anonymous: personal data reaches only the readers of its use case", async () => {
  const leaks: string[] = [];
  let reads = 0;
  for (const op of (await operations()).filter((o) => o.method === "GET")) {
    const query = op.parameters.some((p) => p.in === "query" && p.name === "limit") ? "?limit=500" : "";
    for (const path of paths(op.path)) {
      for (const caller of callers) {
        const res = await api("GET", `${path}${query}`, caller === "anonymous" ? {} : { role: caller });
        const text = await bodyText(res);
        if (res.ok) reads++;
        for (const [useCase, strings] of Object.entries(canaries)) {
          const readers: Caller[] = purposes.find((p) => p.id === useCase)!.readers;
          const found = strings.filter((s) => text.includes(s));
          if (found.length && !readers.includes(caller)) leaks.push(`${caller} reads ${useCase} personal data at ${label(op)} (${path}): ${found.join(" | ")}`);
        }
      }
    }
  }
  expect(reads).toBeGreaterThan(50);
  expect(leaks).toEqual([]);
});

test("every kind of individual result explains a seeded result as the CRPA asks, with the mention and the register", async () => {
  for (const [kind, explainer] of Object.entries(explainers)) {
    const answers = await Promise.all((ids.id ?? []).map(async (id) => api("GET", `/api/v1/explanations/${kind}/${encodeURIComponent(id)}`, { role: explainer.roles[0] })));
    const found = answers.find((res) => res.status === 200);
    expect(found, `explanations of kind ${kind}: none of the seeded results`).toBeDefined();
    const explanation = explanationSchema.parse(await found!.json());
    expect(explanation.mention.fr, kind).toContain("L311-3-1");
    expect(explanation.mention.en, kind).toContain("L311-3-1");
    expect(explanation.algorithm.registerUrl, kind).toMatch(/^\/registre/);
    expect(explanation.data.length + explanation.parameters.length, `${kind}: data and parameters`).toBeGreaterThan(0);
    expect(explanation.operations.length, `${kind}: operations`).toBeGreaterThan(0);
  }
});

test("the readers of each use case do see its data (the canaries are reachable at all)", async () => {
  const seen: Record<string, boolean> = {};
  for (const [useCase, strings] of Object.entries(canaries)) {
    const reader = purposes.find((p) => p.id === useCase)!.readers[0];
    for (const op of (await operations()).filter((o) => o.method === "GET" && o.tags.includes(useCase))) {
      for (const path of paths(op.path)) {
        const text = await bodyText(await api("GET", path, { role: reader }));
        if (strings.some((s) => text.includes(s))) seen[useCase] = true;
      }
    }
  }
  expect(seen).toEqual({ heat: true, sales: true });
});
