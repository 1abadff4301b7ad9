// The requests agents' work, inside workerd: the inbox of a service by status, the mapping shown only to the
// agent a request is assigned to, reassignment in one click, confirmation and correction of a proposal (kept
// as labelled data, exported), correction of the pseudonymisation (routed again), the reply draft and the
// reply, the explanation of a proposal, counts per theme and week (ops see counts, not texts), reminders by
// cron past a service's target time, and the retention of the mapping and of raw e-mails.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, test } from "vitest";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { AUTOMATED_DRAFT_NOTICE } from "../../../domain/requests/mention";
import { call } from "../helpers";
import { routed, until } from "./helpers";
import type { RequestView } from "../../../workers/src/requests/records";

let id = "";
const agent = "requests-agent" as const;

async function as(role: typeof agent | "ops" | "auditor" | "tax-agent", path: string, init: { method?: string; json?: unknown } = {}) {
  return call(path, { ...init, role });
}

beforeAll(async () => {
  const res = await call("/api/v1/requests/contact", {
    method: "POST",
    headers: { "cf-connecting-ip": "10.8.0.1" },
    json: { subject: "Dépôt de garantie", message: "Bonjour, mon propriétaire refuse de me rendre mon dépôt de garantie depuis trois mois. Que faire ? Cordialement, Mme Berthe Lamarque, tél. 06 98 76 54 32", consent: true },
  });
  id = (await res.json<{ id: string }>()).id;
  await routed(id);
}, 60_000);

describe("inbox and handling", () => {
  test("the service's inbox lists the new request; its values only for the agent who takes it", async () => {
    const row = await env.DB.prepare("SELECT service FROM requests WHERE id = ?1").bind(id).first<{ service: string }>();
    const inbox = await (await as(agent, `/api/v1/requests?service=${row!.service}&status=new`)).json<{ items: RequestView[]; total: number }>();
    expect(inbox.items.map((r) => r.id)).toContain(id);
    const before = await (await as(agent, `/api/v1/requests/${id}`)).json<RequestView>();
    expect(before.body).toContain("[NOM 1]");
    expect(before.placeholders.every((p) => p.value === null)).toBe(true);
    const taken = await (await as(agent, `/api/v1/requests/${id}/assign`, { method: "POST", json: {} })).json<RequestView>();
    expect(taken.status).toBe("assigned");
    expect(taken.assignedTo).toBe("test.requests-agent");
    expect(taken.placeholders).toEqual(expect.arrayContaining([{ placeholder: "[NOM 1]", label: "PER", value: "Berthe Lamarque" }]));
    expect(taken.proposal!.theme).toBe("Logement");
    expect(taken.proposal!.top3).toHaveLength(3);
    expect(taken.fiches.map((f) => f.title).join(" ")).toMatch(/dépôt de garantie/i);
  });

  test("a correction is kept as labelled data and exported; a confirmation too, marked as such", async () => {
    const res = await as(agent, `/api/v1/requests/${id}/review`, { method: "POST", json: { theme: "Logement", whereToGo: "adil" } });
    expect(res.status).toBe(200);
    const reviewed = await res.json<RequestView & { corrected: boolean }>();
    expect(reviewed.service).toBe("adil");
    expect(reviewed.confirmed).toBe(true);
    const exported = await (await as(agent, "/api/v1/requests/corrections/export")).text();
    const line = exported.trim().split("\n").map((l) => JSON.parse(l)).find((l) => l.id === id);
    expect(line).toMatchObject({ theme: "Logement", whereToGo: "adil", corrected: reviewed.corrected });
    expect(line.text).not.toMatch(/Berthe|Lamarque|06 98/);
    const bad = await as(agent, `/api/v1/requests/${id}/review`, { method: "POST", json: { theme: "Voirie", whereToGo: "adil" } });
    expect(bad.status).toBe(400);
    expect((await bad.json<ErrorBody>()).error.fields![0].field).toBe("theme");
  });

  test("the agent hides a value the pseudonymiser missed and gives back one hidden by mistake", async () => {
    const res = await as(agent, `/api/v1/requests/${id}/pseudonymisation`, { method: "POST", json: { mask: [{ text: "trois mois", label: "ID" }], unmask: [] } });
    expect(res.status).toBe(200);
    const corrected = await res.json<RequestView>();
    expect(corrected.body).toContain("depuis [NUMÉRO DE DOSSIER 1].");
    const back = await (await as(agent, `/api/v1/requests/${id}/pseudonymisation`, { method: "POST", json: { mask: [], unmask: ["[NUMÉRO DE DOSSIER 1]"] } })).json<RequestView>();
    expect(back.body).toContain("depuis trois mois.");
    const missing = await as(agent, `/api/v1/requests/${id}/pseudonymisation`, { method: "POST", json: { mask: [{ text: "absent du texte", label: "PER" }] } });
    expect(missing.status).toBe(400);
    expect((await missing.json<ErrorBody>()).error.fields![0].field).toBe("mask.0.text");
  });

  test("the draft cites the chosen fiches with their licence and says it was prepared with an automated tool", async () => {
    const view = await (await as(agent, `/api/v1/requests/${id}`)).json<RequestView>();
    const fiche = view.fiches[0];
    const res = await as(agent, `/api/v1/requests/${id}/draft`, { method: "POST", json: { template: "information", ficheIds: [fiche.id] } });
    const { draft } = await res.json<{ draft: string }>();
    expect(draft).toContain("Bonjour [NOM 1],");
    expect(draft).toContain(`${fiche.title} : ${fiche.url}`);
    expect(draft).toContain("préparée avec l'aide d'un outil automatisé");
    expect(draft).toContain("Licence Ouverte");
    expect(draft).toContain("Agence départementale d'information sur le logement");
    const unknown = await as(agent, `/api/v1/requests/${id}/draft`, { method: "POST", json: { template: "information", ficheIds: ["F0"] } });
    expect((await unknown.json<ErrorBody>()).error.fields).toEqual([{ field: "ficheIds.0", message: "no fiche F0" }]);
    // The agent deleted the notice while editing: the reply recorded (and sent) carries it again, once (AI Act Art. 50).
    const edited = draft.replace(AUTOMATED_DRAFT_NOTICE.fr, "");
    expect(edited).not.toContain(AUTOMATED_DRAFT_NOTICE.fr);
    const answered = await (await as(agent, `/api/v1/requests/${id}/answer`, { method: "POST", json: { reply: edited } })).json<RequestView>();
    expect(answered.status).toBe("answered");
    expect(answered.reply!.split(AUTOMATED_DRAFT_NOTICE.fr)).toHaveLength(2);
    expect(answered.reply!.trimEnd().endsWith(AUTOMATED_DRAFT_NOTICE.fr)).toBe(true);
  });

  test("reassigning sends the request to another service's inbox, unassigned", async () => {
    const res = await as(agent, `/api/v1/requests/${id}/reassign`, { method: "POST", json: { service: "mjd" } });
    const moved = await res.json<RequestView>();
    expect([moved.service, moved.status, moved.assignedTo]).toEqual(["mjd", "new", null]);
    const answer = await as(agent, `/api/v1/requests/${id}/answer`, { method: "POST", json: { reply: "Bonjour" } });
    expect(answer.status).toBe(409);
  });

  test("the proposal is explained to requests agents only", async () => {
    const res = await as(agent, `/api/v1/explanations/request-proposal/${id}`);
    expect(res.status).toBe(200);
    const explanation = await res.json<{ algorithm: { modelId: string }; parameters: { weight: number }[]; humanDecision: { decision: string } | null }>();
    expect(explanation.algorithm.modelId).toBe("request-routing");
    expect(explanation.parameters).toHaveLength(6);
    expect(explanation.humanDecision?.decision).toMatch(/corrected|confirmed/);
    expect((await as("tax-agent", `/api/v1/explanations/request-proposal/${id}`)).status).toBe(403);
  });

  test("counts per theme and week for agents and ops; ops and the auditor never read a request", async () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const role of [agent, "ops"] as const) {
      const { counts } = await (await as(role, `/api/v1/requests/stats/weekly?from=2020-01-01&to=${today}`)).json<{ counts: { theme: string; requests: number }[] }>();
      expect(counts.find((c) => c.theme === "Logement")?.requests).toBeGreaterThanOrEqual(1);
    }
    expect((await as("ops", `/api/v1/requests/${id}`)).status).toBe(403);
    expect((await as("auditor", "/api/v1/requests")).status).toBe(403);
    const reversed = await as(agent, "/api/v1/requests/stats/weekly?from=2026-02-01&to=2026-01-01");
    expect((await reversed.json<ErrorBody>()).error.fields![0].field).toBe("to");
  });
});

test("a text is pseudonymised and routed at the edge without being stored, and the proposal audited", async () => {
  const before = await env.DB.prepare("SELECT count(*) AS n FROM requests").first<{ n: number }>();
  const res = await as(agent, "/api/v1/requests/analyse", { method: "POST", json: { text: "Bonjour, je suis Amadou Kouyaté (06 39 98 12 34) et je dois renouveler mon titre de séjour." } });
  expect(res.status).toBe(200);
  const analysis = await res.json<{ text: string; placeholders: { label: string }[]; proposal: { theme: string; inputHash: string } }>();
  expect(analysis.text).toBe("Bonjour, je suis [NOM 1] ([TÉLÉPHONE 1]) et je dois renouveler mon titre de séjour.");
  expect(analysis.placeholders.map((p) => p.label)).toEqual(["PER", "PHONE"]);
  expect(analysis.proposal.theme).toBe("Étranger");
  expect(JSON.stringify(analysis)).not.toMatch(/Kouyaté|06 39/);
  expect((await env.DB.prepare("SELECT count(*) AS n FROM requests").first<{ n: number }>())!.n).toBe(before!.n);
  const audit = await until("the analysis audited", () => env.DB.prepare("SELECT model_id, input_hash FROM audit_log WHERE action = 'requests.analysed'").first<{ model_id: string; input_hash: string }>());
  expect(audit).toEqual({ model_id: "request-routing", input_hash: analysis.proposal.inputHash });
  expect((await as("ops", "/api/v1/requests/analyse", { method: "POST", json: { text: "x" } })).status).toBe(403);
});

describe("cron and retention", () => {
  test("requests past their service's target time are reminded once", async () => {
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString();
    await env.DB.prepare("UPDATE requests SET status = 'new', reminded_at = NULL WHERE id = ?1").bind(id).run();
    const { remindOverdue } = await import("../../../workers/src/requests/reminders");
    expect((await remindOverdue(env.DB, new Date(later))).mjd).toBe(1);
    expect(await remindOverdue(env.DB, new Date(later))).toEqual({});
    const view = await (await as(agent, `/api/v1/requests/${id}`)).json<RequestView>();
    expect(view.overdue).toBe(false);
    expect(view.remindedAt).toBe(later);
  });

  test("the mapping goes after 60 days, the pseudonymised request stays; raw e-mails go after 14 days", async () => {
    const { purgeExpired } = await import("../../../workers/src/privacy/purge");
    const { sweepRawMessages } = await import("../../../workers/src/requests/retention");
    await env.UPLOADS.put("requests/raw/2026-01-01/req_00000000000000000000.eml", "raw");
    expect(await sweepRawMessages(env, new Date(Date.now() + 15 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await env.UPLOADS.get("requests/raw/2026-01-01/req_00000000000000000000.eml")).toBeNull();
    await purgeExpired(env.DB, new Date(Date.now() + 61 * 86_400_000));
    const row = await env.DB.prepare("SELECT body, mapping, reply_to FROM requests WHERE id = ?1").bind(id).first<{ body: string; mapping: string | null; reply_to: string | null }>();
    expect(row!.mapping).toBeNull();
    expect(row!.body).toContain("[NOM 1]");
  });
});
