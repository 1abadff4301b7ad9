// Health factors at rest: the register's `factors` column holds AES-GCM ciphertext under the keyring's current key,
// never the factors' names or values; a value moved to another registration does not open; the re-encryption
// (route, nightly cron) moves rows from an old key and from plaintext to the current key, idempotently, in batches,
// while reads keep working; and without a valid keyring the Worker answers 503 and stores nothing.
import { createExecutionContext, createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { registrationSchema } from "../../../domain/contracts/heat-registration";
import { schedules } from "../../../workers/src/events/schedules";
import { openFactors, reencryptFactors, sealFactors } from "../../../workers/src/heat/factors-at-rest";
import { register } from "../../../workers/src/heat/registrations";
import worker from "../../../workers/src/index";
import { SealedValueError } from "../../../workers/src/platform/keyring";
import { BASE, call } from "../helpers";
import { count, registerViaApi, validRegistration } from "./fixtures";

const FACTORS = { birthYear: 1938, livesAlone: true, mobility: "limited" as const, cardiovascular: true, psychiatric: true };
/** Every name and value of FACTORS as it would appear in plaintext JSON. */
const PLAIN_TOKENS = ["birthYear", "1938", "livesAlone", "mobility", "limited", "cardiovascular", "psychiatric", "true"];

const stored = async (id: string) => (await env.DB.prepare("SELECT factors FROM heat_registrations WHERE id = ?1").bind(id).first<{ factors: string }>())!.factors;
const setStored = (id: string, factors: string) => env.DB.prepare("UPDATE heat_registrations SET factors = ?2 WHERE id = ?1").bind(id, factors).run();

/** The test keyring with its older key (dev-test-1) as the current one, as before a rotation. */
const beforeRotation = (): Env => {
  const { keys } = JSON.parse(env.HEALTH_FACTORS_KEYS) as { keys: Record<string, string> };
  return { ...env, HEALTH_FACTORS_KEYS: JSON.stringify({ current: "dev-test-1", keys: { "dev-test-1": keys["dev-test-1"] } }) };
};

const fetchWith = (overrides: Partial<Env>, path: string, init: RequestInit = {}) =>
  worker.fetch(new Request(`${BASE}${path}`, init), { ...env, ...overrides }, createExecutionContext());

async function registered(name: string) {
  const res = await registerViaApi(validRegistration({ name, factors: FACTORS }));
  expect(res.status).toBe(201);
  return res.json<{ id: string; secret: string }>();
}

test("the stored factors are ciphertext under the current key, never the factors' names or values, and the person reads them back", async () => {
  const created = await registered("Chiffre Un");
  const value = await stored(created.id);
  expect(value).toMatch(/^v1:dev-test-2:[A-Za-z0-9+/]+=*$/);
  for (const token of PLAIN_TOKENS) expect(value).not.toContain(token);
  // Two sealings of the same factors differ (a random IV per value).
  expect(await sealFactors(env, created.id, FACTORS)).not.toBe(await sealFactors(env, created.id, FACTORS));
  const res = await call(`/api/v1/heat/registrations/${created.id}`, { headers: { "X-Registration-Secret": created.secret } });
  expect(res.status).toBe(200);
  expect((await res.json<{ registration: { factors: unknown } }>()).registration.factors).toEqual(FACTORS);
});

test("a ciphertext moved to another registration, or altered, does not open", async () => {
  const a = await registered("Chiffre A");
  const b = await registered("Chiffre B");
  const ofA = await stored(a.id);
  await expect(openFactors(env, b.id, ofA)).rejects.toBeInstanceOf(SealedValueError);
  const flipped = `${ofA.slice(0, -6)}${ofA.at(-6) === "A" ? "B" : "A"}${ofA.slice(-5)}`;
  await expect(openFactors(env, a.id, flipped)).rejects.toBeInstanceOf(SealedValueError);
  await setStored(b.id, ofA);
  const res = await call(`/api/v1/heat/registrations/${b.id}`, { headers: { "X-Registration-Secret": b.secret } });
  expect(res.status).toBe(500);
  const body = await res.text();
  for (const token of ["limited", "cardiovascular", "psychiatric"]) expect(body).not.toContain(token);
  await setStored(b.id, await sealFactors(env, b.id, FACTORS));
});

test("without a valid keyring the Worker answers 503 with a JSON body and stores nothing", async () => {
  const keys = JSON.parse(env.HEALTH_FACTORS_KEYS) as { keys: Record<string, string> };
  const broken: [string, Partial<Env>, RegExp][] = [
    ["missing", { HEALTH_FACTORS_KEYS: "" }, /not configured/],
    ["not JSON", { HEALTH_FACTORS_KEYS: "{current" }, /not valid JSON/],
    ["short key", { HEALTH_FACTORS_KEYS: JSON.stringify({ current: "k1", keys: { k1: btoa("sixteen bytes!!!") } }) }, /not 256 bits/],
    ["unknown current", { HEALTH_FACTORS_KEYS: JSON.stringify({ current: "k9", keys: { k1: keys.keys["dev-test-1"] } }) }, /no key for its current id/],
    ["development key in production", { ENVIRONMENT: "production" }, /development key dev-test-1 outside development/],
  ];
  const before = await count("SELECT count(*) AS n FROM heat_registrations");
  for (const [why, overrides, message] of broken) {
    const res = await fetchWith(overrides, "/api/v1/heat/registrations", {
      method: "POST",
      headers: { "Content-Type": "application/json", "cf-connecting-ip": crypto.randomUUID() },
      body: JSON.stringify(validRegistration({ name: `Sans Clé ${why}`, factors: FACTORS })),
    });
    expect(res.status, why).toBe(503);
    const body = await res.json<ErrorBody>();
    expect(body.error.code, why).toBe("unavailable");
    expect(body.error.message, why).toMatch(message);
  }
  expect(await count("SELECT count(*) AS n FROM heat_registrations")).toBe(before);
});

test("re-encryption moves old-key and plaintext rows to the current key in batches, idempotently, and reads keep working", async () => {
  const old = await registerViaApi(validRegistration({ name: "Ancienne Clé", factors: FACTORS }), crypto.randomUUID());
  // Registered before the rotation: an agent's registration under the older key, through the same code path.
  const underOldKey = await register(beforeRotation(), registrationSchema.parse(validRegistration({ name: "Avant Rotation", factors: FACTORS })));
  expect(await stored(underOldKey.id)).toMatch(/^v1:dev-test-1:/);
  // The current keyring still reads it.
  expect(JSON.parse(await openFactors(env, underOldKey.id, await stored(underOldKey.id)))).toEqual(FACTORS);
  // A row from before encryption (plaintext JSON, as the migration left it).
  const legacy = (await old.json<{ id: string }>()).id;
  await setStored(legacy, JSON.stringify(FACTORS));
  expect(JSON.parse(await openFactors(env, legacy, await stored(legacy)))).toEqual(FACTORS);

  const pending = await count("SELECT count(*) AS n FROM heat_registrations WHERE factors NOT LIKE 'v1:dev-test-2:%'");
  expect(pending).toBe(2);
  const first = await reencryptFactors(env, { limit: 1 });
  expect(first).toMatchObject({ keyId: "dev-test-2", failed: 0 });
  expect(first.nextAfterSeq).not.toBeNull();
  const rest = [first];
  while (rest.at(-1)!.nextAfterSeq !== null) rest.push(await reencryptFactors(env, { limit: 1, afterSeq: rest.at(-1)!.nextAfterSeq! }));
  expect(rest.reduce((n, r) => n + r.reencrypted, 0)).toBe(2);
  expect(rest.at(-1)!.remaining).toBe(0);
  for (const id of [underOldKey.id, legacy]) {
    const value = await stored(id);
    expect(value).toMatch(/^v1:dev-test-2:/);
    for (const token of PLAIN_TOKENS) expect(value).not.toContain(token);
    expect(JSON.parse(await openFactors(env, id, value))).toEqual(FACTORS);
  }
  // Run again: nothing left to do, nothing rewritten.
  const before = await stored(legacy);
  expect(await reencryptFactors(env)).toMatchObject({ reencrypted: 0, remaining: 0, nextAfterSeq: null });
  expect(await stored(legacy)).toBe(before);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'heat.factors-reencrypted'")).toBe(2);
});

test("a row under a key the keyring no longer holds is counted as failed and left as it is", async () => {
  const lost = await registered("Clé Perdue");
  const value = await stored(lost.id);
  const renamed = value.replace("v1:dev-test-2:", "v1:dev-gone:");
  await setStored(lost.id, renamed);
  const report = await reencryptFactors(env);
  expect(report).toMatchObject({ reencrypted: 0, failed: 1, remaining: 1 });
  expect(await stored(lost.id)).toBe(renamed);
  await setStored(lost.id, value);
});

test("ops re-encrypt through the route (others are refused), and the nightly cron re-encrypts the register through the queue", async () => {
  expect((await call("/api/v1/heat/factors/reencrypt", { method: "POST", role: "heat-agent" })).status).toBe(403);
  expect((await call("/api/v1/heat/factors/reencrypt?limit=0", { method: "POST", role: "ops" })).status).toBe(400);
  const a = await registered("Par Route");
  await setStored(a.id, JSON.stringify(FACTORS));
  const res = await call("/api/v1/heat/factors/reencrypt", { method: "POST", role: "ops" });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ keyId: "dev-test-2", reencrypted: 1, failed: 0, remaining: 0, nextAfterSeq: null });
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'heat.factors-reencrypted' AND actor = 'test.ops'")).toBe(1);

  const b = await registered("Par Cron");
  await setStored(b.id, JSON.stringify(FACTORS));
  await worker.scheduled(createScheduledController({ cron: schedules.nightly, scheduledTime: Date.parse("2026-07-02T03:15:00Z") }), env);
  await expect.poll(() => stored(b.id), { timeout: 15_000, interval: 200 }).toMatch(/^v1:dev-test-2:/);
  expect(JSON.parse(await openFactors(env, b.id, await stored(b.id)))).toEqual(FACTORS);
});
