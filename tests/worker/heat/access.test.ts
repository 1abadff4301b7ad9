// Access for an 80-year-old: registering gives a twelve-digit code in pairs, readable over the phone; with the phone
// number (or e-mail) it opens the registration from any device; five wrong codes lock that contact's code, which a
// one-time code sent by SMS still opens (and unlocks); the same 404 answers a wrong code and an unknown contact;
// wrong codes are capped register-wide. An agent of the 3975 line registers someone on their behalf, finds them by
// phone, and gives them a new code — the old one stops working. Codes are stored as keyed hashes only.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { MAX_FAILURES_PER_HOUR } from "../../../domain/climate/register/access-code";
import { call } from "../helpers";
import { count, registerViaApi, validRegistration } from "./fixtures";

const open = (contact: string, code: string, client = crypto.randomUUID()) =>
  call("/api/v1/heat/access", { method: "POST", json: { contact, code }, headers: { "cf-connecting-ip": client } });

async function registered(overrides: Record<string, unknown> = {}) {
  const res = await registerViaApi(validRegistration(overrides));
  expect(res.status).toBe(201);
  return res.json<{ id: string; secret: string; accessCode: string }>();
}

test("the access code is twelve digits in pairs and, with the phone number, opens the registration from anywhere", async () => {
  const created = await registered({ name: "Odette Code", phone: "06 39 98 50 01" });
  expect(created.accessCode).toMatch(/^\d{2}( \d{2}){5}$/);
  const row = await env.DB.prepare("SELECT * FROM heat_registrations WHERE id = ?1").bind(created.id).first<Record<string, string>>();
  expect(JSON.stringify(row)).not.toContain(created.accessCode.replaceAll(" ", ""));
  const res = await open("06.39.98.50.01", created.accessCode.replaceAll(" ", "-"));
  expect(res.status).toBe(200);
  const { registrationId, token } = await res.json<{ registrationId: string; token: string }>();
  expect(registrationId).toBe(created.id);
  const data = await call(`/api/v1/heat/registrations/${created.id}`, { headers: { "X-Registration-Token": token } });
  expect(data.status).toBe(200);
  expect((await data.json<{ registration: { name: string } }>()).registration.name).toBe("Odette Code");
  const forged = `${created.id}.${Math.floor(Date.now() / 1000) + 600}.${"0".repeat(64)}`;
  expect((await call(`/api/v1/heat/registrations/${created.id}`, { headers: { "X-Registration-Token": forged } })).status).toBe(404);
});

test("wrong codes and unknown contacts get the same 404; five wrong codes lock the code, a one-time code opens and unlocks", async () => {
  const created = await registered({ name: "Marcel Verrou", phone: "06 39 98 50 02", email: "marcel.verrou@example.org" });
  const unknown = await open("06 39 98 59 99", created.accessCode);
  expect(unknown.status).toBe(404);
  const unknownMessage = (await unknown.json<{ error: { message: string } }>()).error.message;
  for (let i = 0; i < 5; i++) {
    const wrong = await open("06 39 98 50 02", "00 00 00 00 00 0" + i);
    expect(wrong.status).toBe(404);
    if (i === 0) expect((await wrong.json<{ error: { message: string } }>()).error.message).toBe(unknownMessage);
  }
  expect((await open("06 39 98 50 02", created.accessCode)).status).toBe(404);
  expect((await call("/api/v1/heat/access/one-time-code", { method: "POST", json: { contact: "06 39 98 50 02" } })).status).toBe(202);
  const sms = await env.DB.prepare("SELECT body, channel, episode_id FROM heat_messages WHERE registration_id = ?1 AND kind = 'access-code'").bind(created.id).first<{ body: string; channel: string; episode_id: string | null }>();
  expect(sms).toMatchObject({ channel: "sms", episode_id: null });
  const oneTime = /(\d{2}(?: \d{2}){5})/.exec(sms!.body)![1];
  expect((await open("06 39 98 50 02", oneTime)).status).toBe(200);
  expect((await open("06 39 98 50 02", oneTime)).status).toBe(404);
  expect((await open("marcel.verrou@example.org", created.accessCode)).status).toBe(200);
});

test("one-time codes go to mobiles or e-mails only, three a day, and the answer does not tell whether anyone matches", async () => {
  const created = await registered({ name: "Lucie Fixe", phone: "06 39 98 50 03", email: "lucie.fixe@example.org" });
  for (let i = 0; i < 4; i++) expect((await call("/api/v1/heat/access/one-time-code", { method: "POST", json: { contact: "lucie.fixe@example.org" }, headers: { "cf-connecting-ip": `otp-${i}` } })).status).toBe(202);
  expect(await count("SELECT count(*) AS n FROM heat_access_codes WHERE registration_id = ?1", created.id)).toBe(3);
  expect(await count("SELECT count(*) AS n FROM heat_messages WHERE registration_id = ?1 AND channel = 'email'", created.id)).toBe(3);
  expect((await call("/api/v1/heat/access/one-time-code", { method: "POST", json: { contact: "nobody@example.org" } })).status).toBe(202);
  const landline = await call("/api/v1/heat/access/one-time-code", { method: "POST", json: { contact: "01 99 00 12 34" } });
  expect(landline.status).toBe(400);
});

test("wrong codes are capped register-wide each hour", async () => {
  const hour = new Date().toISOString().slice(0, 13);
  await env.DB.prepare("UPDATE heat_access_window SET hour = ?1, failures = ?2 WHERE id = 1").bind(hour, MAX_FAILURES_PER_HOUR).run();
  const created = await registered({ name: "Cap Atteint", phone: "06 39 98 50 04" });
  const rows = await count("SELECT count(*) AS n FROM heat_access_window");
  const res = await open("06 39 98 50 04", created.accessCode);
  expect(res.status).toBe(429);
  expect((await open("06 39 98 50 04", "11 11 11 11 11 11")).status).toBe(429);
  expect(await count("SELECT count(*) AS n FROM heat_access_window")).toBe(rows);
  await env.DB.prepare("UPDATE heat_access_window SET failures = 0 WHERE id = 1").run();
  expect((await open("06 39 98 50 04", created.accessCode)).status).toBe(200);
});

test("the 3975 line registers a person on their behalf, finds them by phone and gives them a new code", async () => {
  const res = await call("/api/v1/heat/registrations/assisted", {
    method: "POST",
    role: "heat-agent",
    json: validRegistration({ name: "Gisèle Téléphone", phone: "01 99 00 50 05", email: undefined, channels: ["voice"], hazards: ["heat", "cold"] }),
  });
  expect(res.status).toBe(201);
  const created = await res.json<{ id: string; accessCode: string; hazards: string[] }>();
  expect(created.hazards).toEqual(["heat", "cold"]);
  expect(await count("SELECT count(*) AS n FROM heat_registrations WHERE id = ?1 AND registered_by = 'test.heat-agent'", created.id)).toBe(1);
  expect((await call("/api/v1/heat/registrations/assisted", { method: "POST", json: validRegistration() })).status).toBe(401);
  const found = await (await call("/api/v1/heat/registrations?contact=01%2099%2000%2050%2005", { role: "heat-agent" })).json<{ items: { id: string; registeredBy: string }[] }>();
  expect(found.items).toEqual([expect.objectContaining({ id: created.id, registeredBy: "agent" })]);
  expect((await call("/api/v1/heat/registrations?contact=01%2099%2000%2050%2005", { role: "ops" })).status).toBe(403);
  const reissued = await (await call(`/api/v1/heat/registrations/${created.id}/access-code`, { method: "POST", role: "heat-agent" })).json<{ accessCode: string }>();
  expect(reissued.accessCode).not.toBe(created.accessCode);
  expect((await open("01 99 00 50 05", created.accessCode)).status).toBe(404);
  expect((await open("01 99 00 50 05", reissued.accessCode)).status).toBe(200);
});
