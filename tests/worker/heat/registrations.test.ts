// The heat register: explicit consent and valid contacts required (400 naming the field, nothing stored), the
// secret returned once and needed to see, export, renew or erase; erasure removes the person everywhere,
// outbox and provider record included; public writes are rate-limited with 429 and Retry-After.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { DAY_MS } from "../../../domain/time/days";
import { openFactors } from "../../../workers/src/heat/factors-at-rest";
import { authorizedRegistration, erase, renew } from "../../../workers/src/heat/registrations";
import { renewedExpiry, seasonEnd } from "../../../workers/src/heat/season";
import { call } from "../helpers";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { WEATHER, count, forecastFor, handled, postForecast, registerViaApi, validRegistration } from "./fixtures";

const registrations = () => count("SELECT count(*) AS n FROM heat_registrations");
const withSecret = (secret: string) => ({ "X-Registration-Secret": secret });

async function refused(body: Record<string, unknown>, field: string) {
  const before = await registrations();
  const res = await registerViaApi(body);
  expect(res.status).toBe(400);
  const fields = (await res.json<ErrorBody>()).error.fields?.map((f) => f.field);
  expect(fields).toContain(field);
  expect(await registrations()).toBe(before);
}

test("registration needs explicit consent and valid contacts; every refusal names its field and stores nothing", async () => {
  const { consent: _, ...withoutConsent } = validRegistration();
  await refused(withoutConsent, "consent");
  await refused(validRegistration({ consent: false }), "consent");
  await refused(validRegistration({ consent: "yes" }), "consent");
  await refused(validRegistration({ phone: "12345" }), "phone");
  await refused(validRegistration({ phone: "+44 20 7946 0000" }), "phone");
  await refused(validRegistration({ email: "not-an-email" }), "email");
  await refused(validRegistration({ phone: undefined, email: undefined, channels: ["email"] }), "phone");
  await refused(validRegistration({ phone: "01 99 00 12 34", channels: ["sms"] }), "phone");
  await refused(validRegistration({ email: undefined, channels: ["email"] }), "email");
  await refused(validRegistration({ channels: [] }), "channels");
  await refused(validRegistration({ channels: ["fax"] }), "channels.0");
  await refused(validRegistration({ arrondissement: 21 }), "arrondissement");
  await refused(validRegistration({ factors: { bloodType: "A" } }), "factors");
  await refused(validRegistration({ factors: { birthYear: 2999 } }), "factors.birthYear");
  await refused(validRegistration({ contact: { name: "Paul", phone: "nope" } }), "contact.phone");
});

test("a registration stores only what was sent, returns its secret once and normalises phones", async () => {
  const res = await registerViaApi(validRegistration());
  expect(res.status).toBe(201);
  const created = await res.json<{ id: string; secret: string; expiresAt: string }>();
  expect(created.secret.length).toBeGreaterThanOrEqual(32);
  expect(created.expiresAt).toMatch(/-09-15T22:00:00.000Z$/);
  const row = await env.DB.prepare("SELECT * FROM heat_registrations WHERE id = ?1").bind(created.id).first<Record<string, string>>();
  expect(row).toMatchObject({ phone: "+33639981234", contact_phone: "+33199001234", email: "jeanne.martin@example.org" });
  expect(row!.factors).toMatch(/^v1:dev-test-2:/);
  expect(JSON.parse(await openFactors(env, created.id, row!.factors))).toEqual({ birthYear: 1938, livesAlone: true, mobility: "limited", cardiovascular: true });
  expect(JSON.stringify(row)).not.toContain(created.secret);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'heat.registration-created' AND subject_id = ?1 AND output NOT LIKE '%Martin%'", created.id)).toBe(1);
});

test("the secret is needed to see or erase a registration, and the same answer hides whether the id exists", async () => {
  const created = await (await registerViaApi(validRegistration({ name: "Secret Keeper" }))).json<{ id: string; secret: string }>();
  for (const headers of [{}, withSecret("wrong-secret"), withSecret(created.secret.slice(0, -1))]) {
    expect((await call(`/api/v1/heat/registrations/${created.id}`, { headers })).status).toBe(404);
    expect((await call(`/api/v1/heat/registrations/${created.id}`, { method: "DELETE", headers: { ...headers, "cf-connecting-ip": "probe" } })).status).toBe(404);
  }
  expect((await call("/api/v1/heat/registrations/reg-unknown", { headers: withSecret(created.secret) })).status).toBe(404);
  const mine = await call(`/api/v1/heat/registrations/${created.id}`, { headers: withSecret(created.secret) });
  expect(mine.status).toBe(200);
  expect(mine.headers.get("cache-control")).toBe("no-store");
  expect(await mine.json()).toMatchObject({ registration: { id: created.id, name: "Secret Keeper", channels: ["sms", "email"], arrondissement: 11 }, calls: [], messages: [] });
});

test("erasure removes the person everywhere, outbox and sent messages included, and keeps everyone else", async () => {
  const created = await (await registerViaApi(validRegistration({ name: "To Erase" }))).json<{ id: string; secret: string }>();
  const other = await (await registerViaApi(validRegistration({ name: "To Keep" }))).json<{ id: string }>();
  const forecast = await (await postForecast(forecastFor("2020-08-08", WEATHER.orange, { replay: true }))).json<{ forecastId: string }>();
  await handled(forecast.forecastId);
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE registration_id IN (?1, ?2)", created.id, other.id), { timeout: 20_000, interval: 200 }).toBe(4);
  await call(`/api/v1/heat/calls/${created.id}/outcomes`, { method: "POST", role: "heat-agent", json: { outcome: "reached-needs-social-help", note: "lives on the 6th floor" } });
  const exported = await (await call(`/api/v1/heat/registrations/${created.id}`, { headers: withSecret(created.secret) })).json<{ calls: unknown[]; messages: unknown[]; outcomes: unknown[]; followups: unknown[] }>();
  expect([exported.calls.length, exported.messages.length, exported.outcomes.length, exported.followups.length]).toEqual([1, 2, 1, 1]);

  const res = await call(`/api/v1/heat/registrations/${created.id}`, { method: "DELETE", headers: { ...withSecret(created.secret), "cf-connecting-ip": "eraser" } });
  expect(res.status).toBe(200);
  expect((await res.json<{ erased: Record<string, number> }>()).erased).toEqual({
    heat_calls: 1, heat_call_outcomes: 1, heat_followups: 1, heat_outbox: 2, heat_messages: 2, heat_access_codes: 0, heat_registrations: 1,
  });
  for (const table of ["heat_calls", "heat_call_outcomes", "heat_followups", "heat_outbox", "heat_messages"]) {
    expect(await count(`SELECT count(*) AS n FROM ${table} WHERE registration_id = ?1`, created.id)).toBe(0);
  }
  expect(await count("SELECT count(*) AS n FROM heat_registrations WHERE id = ?1", created.id)).toBe(0);
  expect(await count("SELECT count(*) AS n FROM heat_messages WHERE registration_id = ?1", other.id)).toBe(2);
  expect((await call(`/api/v1/heat/registrations/${created.id}`, { headers: withSecret(created.secret) })).status).toBe(404);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE output LIKE '%6th floor%' OR output LIKE '%To Erase%'")).toBe(0);
  expect(await erase(env.DB, created.id)).toMatchObject({ heat_registrations: 0 });
});

test("renewal carries a registration to the next season, from 200 days before its expiry and once", async () => {
  const created = await (await registerViaApi(validRegistration({ name: "Renewer" }))).json<{ id: string; secret: string; expiresAt: string }>();
  const headers = { ...withSecret(created.secret), "cf-connecting-ip": "renewer" };
  const expiry = new Date(created.expiresAt);
  const farAhead = expiry.getTime() - Date.now() > 200 * DAY_MS;
  const now = await call(`/api/v1/heat/registrations/${created.id}/renew`, { method: "POST", headers });
  expect(now.status).toBe(farAhead ? 409 : 200);
  const row = await authorizedRegistration(env, created.id, { secret: created.secret });
  const monthBefore = new Date(expiry.getTime() - 30 * DAY_MS);
  const renewed = await renew(env.DB, row, monthBefore);
  expect(renewed).toBe(`${expiry.getUTCFullYear() + 1}-09-15T22:00:00.000Z`);
  const again = await authorizedRegistration(env, created.id, { secret: created.secret });
  expect(again.expires_at).toBe(renewed);
  await expect(renew(env.DB, again, monthBefore)).rejects.toMatchObject({ code: "conflict" });
});

test("a season ends at midnight in Paris after its last day, in summer time (22:00 UTC) as in winter (23:00 UTC)", () => {
  expect(seasonEnd(new Date("2026-06-10T08:00:00Z")).toISOString()).toBe("2026-09-15T22:00:00.000Z");
  expect(seasonEnd(new Date("2026-09-15T21:59:00Z")).toISOString()).toBe("2026-09-15T22:00:00.000Z");
  expect(seasonEnd(new Date("2026-09-15T22:00:00Z")).toISOString()).toBe("2027-09-15T22:00:00.000Z");
  const untilWinter = { endMonthDay: "12-15" };
  expect(seasonEnd(new Date("2026-11-02T12:00:00Z"), untilWinter).toISOString()).toBe("2026-12-15T23:00:00.000Z");
  expect(seasonEnd(new Date("2026-12-15T22:30:00Z"), untilWinter).toISOString()).toBe("2026-12-15T23:00:00.000Z");
  expect(renewedExpiry(["heat"], new Date("2026-09-15T22:00:00Z")).toISOString()).toBe("2027-09-15T22:00:00.000Z");
  expect(renewedExpiry(["cold"], new Date("2027-03-31T22:00:00Z")).toISOString()).toBe("2028-03-31T22:00:00.000Z");
  expect(renewedExpiry(["heat", "cold"], new Date("2028-03-31T22:00:00Z")).toISOString()).toBe("2029-03-31T22:00:00.000Z");
});

test("registration is rate-limited per client: the 21st request in a minute gets 429 with Retry-After", async () => {
  const client = "rate-limit-probe";
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++) statuses.push((await registerViaApi(validRegistration({ consent: false }), client)).status);
  expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
  const last = await registerViaApi(validRegistration(), client);
  expect(last.status).toBe(429);
  expect(last.headers.get("retry-after")).toBe("60");
  expect((await last.json<ErrorBody>()).error.code).toBe("rate_limited");
  expect((await registerViaApi(validRegistration(), "another-client")).status).toBe(201);
});
