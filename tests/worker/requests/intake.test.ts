// Requests arriving, end to end inside workerd with the real queue, D1, R2 and ONNX sessions: a real
// multipart .eml through the email() handler, the contact form (pseudonymised before it is stored,
// rate-limited, bad input named field by field) and the citizen's access and erasure with the secret, and
// a letter pseudonymised in the browser. Nothing unmasked reaches D1; every proposal is audited.
import { env } from "cloudflare:workers";
import { describe, expect, test } from "vitest";
import eml from "../../../infra/seed/data/requests/apl-caf.eml?raw";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { call } from "../helpers";
import { deliverEmail, routed, until } from "./helpers";
import type { RequestRow } from "../../../workers/src/requests/records";

const personalValues = ["Fatoumata", "Diallo", "Roquette", "06 12 34 56 78", "1234567", "fatoumata.diallo@example.org"];

async function rowsWith(values: string[]): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT subject, body, attachments, proposal, fiches FROM requests").all<Record<string, string>>();
  const stored = JSON.stringify(results);
  return values.filter((v) => stored.includes(v));
}

describe("e-mail", () => {
  test("a real .eml is kept raw in R2, parsed, pseudonymised, routed and audited", async () => {
    const sent = await deliverEmail(eml, { from: "fatoumata.diallo@example.org" });
    expect(sent.rejected).toBeNull();
    const id = await until("the request row", async () => (await env.DB.prepare("SELECT id FROM requests WHERE channel = 'email'").first<{ id: string }>())?.id);
    const row = await routed(id);
    expect(row.subject).toBe("Arrêt de mon APL");
    expect(row.body).toContain("Je m'appelle [NOM 1] et j'habite au [ADRESSE 1].");
    expect(row.body).toContain("[NUMÉRO DE DOSSIER 1]");
    expect(row.body).toContain("[TÉLÉPHONE 1]");
    expect(row.body.trim().endsWith("[NOM 1]")).toBe(true);
    expect(await rowsWith(personalValues)).toEqual([]);
    const mapping = JSON.parse(row.mapping!) as { placeholder: string; value: string }[];
    expect(mapping).toEqual(expect.arrayContaining([{ placeholder: "[NOM 1]", label: "PER", value: "Fatoumata Diallo" }, expect.objectContaining({ label: "EMAIL", value: "fatoumata.diallo@example.org" })]));
    expect(row.reply_to).toBe("fatoumata.diallo@example.org");
    expect(JSON.parse(row.attachments)).toEqual([{ name: "attestation-[NOM 1].pdf", type: "application/pdf", bytes: 45 }]);
    const raw = await env.UPLOADS.get(row.raw_key!);
    expect(await raw!.text()).toBe(eml);
    const proposal = JSON.parse(row.proposal!);
    expect(proposal.theme).toBe("Logement");
    expect(proposal.top3.map((r: { label: string }) => r.label)).toContain("caf");
    expect(row.service).toBe(proposal.whereToGo);
    expect(JSON.parse(row.fiches!).map((f: { title: string }) => f.title).join(" ")).toMatch(/logement|APL/i);
    const audit = await env.DB.prepare("SELECT action, model_id, model_version, input_hash, output FROM audit_log WHERE subject_id = ?1 ORDER BY seq").bind(id).all<Record<string, string>>();
    expect(audit.results.map((a) => [a.action, a.model_id])).toEqual([["requests.pseudonymised", "pii-tagger"], ["requests.proposal", "request-routing"]]);
    expect(audit.results[1].input_hash).toBe(proposal.inputHash);
    expect(JSON.parse(audit.results[1].output).top3).toEqual(proposal.top3);
    expect(JSON.stringify(audit.results)).not.toMatch(/Fatoumata|Diallo|06 12/);
  });

  test("a message over the size limit is refused at the door, nothing stored", async () => {
    const sent = await deliverEmail(`Subject: big\r\n\r\n${"x".repeat(10 * 1024 * 1024 + 10)}`);
    expect(sent.rejected).toMatch(/over/);
  });
});

describe("contact form", () => {
  const form = { subject: "Carte d'identité", message: "Bonjour, je voudrais renouveler ma carte d'identité. Merci, Jean-Marc Ravel", name: "Jean-Marc Ravel", email: "jm.ravel@example.net", phone: "07 11 22 33 44", consent: true };

  test("pseudonymised before it is stored; the sender sees, exports and erases it with the secret", async () => {
    const res = await call("/api/v1/requests/contact", { method: "POST", json: form, headers: { "cf-connecting-ip": "10.9.0.1" } });
    expect(res.status).toBe(201);
    const { id, secret } = await res.json<{ id: string; secret: string }>();
    const stored = await env.DB.prepare("SELECT * FROM requests WHERE id = ?1").bind(id).first<RequestRow>();
    expect(stored!.body).toBe("Bonjour, je voudrais renouveler ma carte d'identité. Merci, [NOM 1]");
    expect(JSON.parse(stored!.mapping!)).toEqual(
      expect.arrayContaining([
        { placeholder: "[NOM 1]", label: "PER", value: "Jean-Marc Ravel" },
        { placeholder: "[E-MAIL 1]", label: "EMAIL", value: "jm.ravel@example.net" },
        { placeholder: "[TÉLÉPHONE 1]", label: "PHONE", value: "07 11 22 33 44" },
      ]),
    );
    expect((await routed(id)).theme).toBe("Papiers - Citoyenneté");
    const wrong = await call(`/api/v1/requests/contact/${id}`, { headers: { "X-Request-Secret": "nope" } });
    expect(wrong.status).toBe(404);
    const mine = await call(`/api/v1/requests/contact/${id}`, { headers: { "X-Request-Secret": secret } });
    expect(mine.status).toBe(200);
    const exported = await mine.json<{ personalData: { value: string }[]; body: string }>();
    expect(exported.personalData.map((p) => p.value)).toContain("Jean-Marc Ravel");
    const erased = await call(`/api/v1/requests/contact/${id}`, { method: "DELETE", headers: { "X-Request-Secret": secret, "cf-connecting-ip": "10.9.0.2" } });
    expect(erased.status).toBe(200);
    expect((await erased.json<{ erased: Record<string, number> }>()).erased.requests).toBe(1);
    expect(await env.DB.prepare("SELECT id FROM requests WHERE id = ?1").bind(id).first()).toBeNull();
  });

  test("bad input names its fields; the limit of public writes answers 429", async () => {
    const bad = await call("/api/v1/requests/contact", { method: "POST", json: { message: "court", email: "pas-un-mail", consent: false }, headers: { "cf-connecting-ip": "10.9.0.3" } });
    expect(bad.status).toBe(400);
    const body = await bad.json<ErrorBody>();
    expect(body.error.fields!.map((f) => f.field).sort()).toEqual(["consent", "email", "message"]);
    let last = 0;
    for (let i = 0; i < 22; i++) last = (await call("/api/v1/requests/contact", { method: "POST", json: {}, headers: { "cf-connecting-ip": "10.9.0.4" } })).status;
    expect(last).toBe(429);
  });
});

describe("letter", () => {
  test("a letter pseudonymised in the browser is accepted only without the values it hides", async () => {
    const mapping = [{ placeholder: "[NOM 1]", label: "PER", value: "Odette Girard" }];
    const leaked = await call("/api/v1/requests/letters", { method: "POST", role: "requests-agent", json: { subject: "Courrier", text: "Madame Odette Girard demande le portage des repas. [NOM 1]", mapping } });
    expect(leaked.status).toBe(400);
    expect((await leaked.json<ErrorBody>()).error.fields).toEqual([{ field: "mapping.0.value", message: expect.stringContaining("still present") }]);
    const res = await call("/api/v1/requests/letters", { method: "POST", role: "requests-agent", json: { subject: "Courrier", text: "Madame [NOM 1] demande le portage des repas à domicile.", mapping } });
    expect(res.status).toBe(202);
    const row = await routed((await res.json<{ id: string }>()).id);
    expect(row.channel).toBe("letter");
    expect(row.theme).not.toBeNull();
    const forbidden = await call("/api/v1/requests/letters", { method: "POST", role: "heat-agent", json: { text: "x" } });
    expect(forbidden.status).toBe(403);
  });
});
