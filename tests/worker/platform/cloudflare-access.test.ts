// Agent sign-in through Cloudflare Access: tokens signed here with a WebCrypto RSA key, the team's JWKS served to
// the Worker's own fetch of https://<team>.cloudflareaccess.com/cdn-cgi/access/certs (only the network is
// replaced: the Worker fetches, parses, imports and caches the keys itself). Good token → roles mapped from the
// groups; wrong aud or iss, expired, not yet valid, bad signature, unknown kid, no mapped group → 401/403 in the
// error body; the development bearer token refused in production and staging.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, expect, test, vi } from "vitest";
import worker from "../../../workers/src/index";
import { KEYS_REFETCH_MIN_MS } from "../../../workers/src/platform/cloudflare-access";
import type { ErrorBody } from "../../../domain/contracts/errors";
import type { AgentSessionBody } from "../../../domain/contracts/session";
import { BASE, tokenFor } from "../helpers";

const AUD = "a3c1f0e2d4b6a8c0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8";
const GROUP_ROLES = { "DSIN-Exploitation": ["ops"], "DSIN-Audit": ["auditor", "ops"], "DASES-Canicule": ["heat-agent"] };

const algorithm = { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" };
const newKey = async (kid: string) => {
  const pair = (await crypto.subtle.generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey("jwk", pair.publicKey)) as JsonWebKey;
  return { kid, privateKey: pair.privateKey, jwk: { ...jwk, kid, alg: "RS256", use: "sig" } };
};
type Key = Awaited<ReturnType<typeof newKey>>;
const current = await newKey("current-kid");
const previous = await newKey("previous-kid");
const stranger = await newKey("current-kid");

const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
const part = (value: unknown) => b64url(new TextEncoder().encode(JSON.stringify(value)));

async function accessToken(team: string, claims: Record<string, unknown> = {}, { key = current, header = {} as Record<string, unknown> } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const payload = { aud: [AUD], email: "agent@paris.example", sub: "7335d417-61da-459d-899c-0a01c76a2f94", iss: team, type: "app", iat: now, nbf: now, exp: now + 3600, custom: { groups: ["DSIN-Audit", "Unrelated"] }, ...claims };
  const input = `${part({ alg: "RS256", kid: key.kid, typ: "JWT", ...header })}.${part(payload)}`;
  const signature = new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key.privateKey, new TextEncoder().encode(input)));
  return `${input}.${b64url(signature)}`;
}

/** A team of its own for each test (the Worker caches key sets by team), whose certs URL serves `keys`. */
let teams = 0;
function team(keys: Key[] = [current, previous]) {
  const domain = `https://team-${++teams}.cloudflareaccess.com`;
  const certs = `${domain}/cdn-cgi/access/certs`;
  const served = { keys, fetches: 0 };
  const network = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    if (String(input instanceof Request ? input.url : input) !== certs) return network(input, init);
    served.fetches++;
    return Response.json({ keys: served.keys.map((k) => k.jwk), public_cert: { kid: served.keys[0]?.kid, cert: "-----BEGIN CERTIFICATE-----" } });
  });
  const settings = { ENVIRONMENT: "production", ACCESS_TEAM_DOMAIN: domain, ACCESS_AUD: AUD, ACCESS_GROUP_ROLES: JSON.stringify(GROUP_ROLES) };
  return { domain, served, settings };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function call(path: string, vars: Partial<Env>, headers: Record<string, string> = {}) {
  return worker.fetch(new Request(`${BASE}/api/v1${path}`, { headers }), { ...env, ...vars } as Env, createExecutionContext());
}
const asAccess = (token: string) => ({ "Cf-Access-Jwt-Assertion": token });

async function expectError(res: Response, status: number, code: string, message?: RegExp) {
  expect(res.status).toBe(status);
  const body = await res.json<ErrorBody>();
  expect(body.error.code).toBe(code);
  if (message) expect(body.error.message).toMatch(message);
}

test("a good Access token: the groups' roles, the route admitted, the keys fetched once and cached", async () => {
  const { domain, served, settings } = team();
  const token = await accessToken(domain);
  const session = await call("/agent/session", settings, asAccess(token));
  expect(session.status).toBe(200);
  expect(await session.json<AgentSessionBody>()).toEqual({
    agent: { id: "agent@paris.example", roles: ["ops", "auditor"], expiresAt: expect.any(Number), via: "access" },
    tokenSignIn: false,
  });
  expect((await call("/ops/dead-events", settings, asAccess(token))).status).toBe(200);
  expect((await call("/audit/verify", settings, asAccess(await accessToken(domain, {}, { key: previous })))).status).toBe(200);
  expect(served.fetches).toBe(1);
});

test("a role the groups do not open: 403", async () => {
  const { domain, settings } = team();
  await expectError(await call("/heat/calls", settings, asAccess(await accessToken(domain))), 403, "forbidden");
});

test("an account in no mapped group: 403 naming the cause", async () => {
  const { domain, settings } = team();
  const token = await accessToken(domain, { custom: { groups: ["Unrelated"] } });
  await expectError(await call("/ops/dead-events", settings, asAccess(token)), 403, "forbidden", /no group/);
  await expectError(await call("/agent/session", settings, asAccess(await accessToken(domain, { custom: undefined }))), 403, "forbidden");
});

test.each([
  ["for another application (aud)", { aud: ["another-application"] }, {}, /aud/],
  ["from another team (iss)", { iss: "https://another-team.cloudflareaccess.com" }, {}, /iss/],
  ["expired", { exp: Math.floor(Date.now() / 1000) - 5 }, {}, /expired/],
  ["not valid before an hour from now (nbf)", { nbf: Math.floor(Date.now() / 1000) + 3600 }, {}, /not valid yet/],
  ["issued an hour from now (iat)", { iat: Math.floor(Date.now() / 1000) + 3600, nbf: undefined }, {}, /not valid yet/],
  ["signed by another key under a known kid", {}, { key: stranger }, /signature/],
  ["naming HS256", {}, { header: { alg: "HS256" } }, /RS256/],
  ["without exp", { exp: undefined }, {}, /unreadable/],
])("an Access token %s: 401", async (_, claims, options, message) => {
  const { domain, settings } = team();
  const token = await accessToken(domain, claims, options);
  await expectError(await call("/ops/dead-events", settings, asAccess(token)), 401, "unauthenticated", message);
});

test("a tampered payload or garbage: 401", async () => {
  const { domain, settings } = team();
  const [header, , signature] = (await accessToken(domain)).split(".");
  const forged = `${header}.${part({ aud: [AUD], iss: domain, sub: "x", email: "boss@paris.example", iat: 1, exp: 9e9, custom: { groups: ["DSIN-Audit"] } })}.${signature}`;
  await expectError(await call("/ops/dead-events", settings, asAccess(forged)), 401, "unauthenticated", /signature/);
  await expectError(await call("/ops/dead-events", settings, asAccess("not.a.jwt")), 401, "unauthenticated");
});

test("an unknown kid: 401, and made-up kids refetch the keys at most once per KEYS_REFETCH_MIN_MS", async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
  const { domain, served, settings } = team([current]);
  expect((await call("/ops/dead-events", settings, asAccess(await accessToken(domain)))).status).toBe(200);
  const rotated = await newKey("rotated-kid");
  for (let i = 0; i < 3; i++) {
    await expectError(await call("/ops/dead-events", settings, asAccess(await accessToken(domain, {}, { key: rotated }))), 401, "unauthenticated", /unknown key/);
  }
  expect(served.fetches).toBe(1);
  // Access rotates its key: once the refetch delay has passed, the new kid makes the Worker fetch the keys again.
  served.keys = [rotated, current];
  vi.setSystemTime(Date.now() + KEYS_REFETCH_MIN_MS + 1000);
  expect((await call("/ops/dead-events", settings, asAccess(await accessToken(domain, {}, { key: rotated })))).status).toBe(200);
  expect(served.fetches).toBe(2);
});

test("the team's keys unreachable: 503, never an admission", async () => {
  const { domain, served, settings } = team();
  served.keys = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async () => new Response("down", { status: 502 }));
  await expectError(await call("/ops/dead-events", settings, asAccess(await accessToken(domain))), 503, "unavailable");
});

test("Access half configured (team domain without AUD tag): 503; not configured: an Access token is refused", async () => {
  const { domain, settings } = team();
  const token = await accessToken(domain);
  await expectError(await call("/ops/dead-events", { ...settings, ACCESS_AUD: "" }, asAccess(token)), 503, "unavailable");
  await expectError(await call("/ops/dead-events", { ...settings, ACCESS_GROUP_ROLES: '{"G":["admin"]}' }, asAccess(token)), 503, "unavailable");
  await expectError(await call("/ops/dead-events", { ACCESS_TEAM_DOMAIN: "", ACCESS_AUD: "" }, asAccess(token)), 401, "unauthenticated", /not configured/);
});

test("the browser's CF_Authorization cookie is read for same-origin calls only", async () => {
  const { domain, settings } = team();
  const cookie = `CF_Authorization=${await accessToken(domain)}`;
  expect((await call("/ops/dead-events", settings, { Cookie: cookie, "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
  await expectError(await call("/ops/dead-events", settings, { Cookie: cookie, "Sec-Fetch-Site": "cross-site" }), 401, "unauthenticated");
  await expectError(await call("/ops/dead-events", settings, { Cookie: cookie }), 401, "unauthenticated");
});

test.each(["production", "staging"])("the development bearer token is refused in %s, and not offered", async (environment) => {
  const headers = { Authorization: `Bearer ${await tokenFor("ops")}` };
  await expectError(await call("/ops/dead-events", { ENVIRONMENT: environment }, headers), 401, "unauthenticated", /development only/);
  const anonymous = await call("/agent/session", { ENVIRONMENT: environment });
  expect(await anonymous.json<AgentSessionBody>()).toEqual({ agent: null, tokenSignIn: false });
});

test("in development the bearer token signs in and the session says so", async () => {
  const res = await call("/agent/session", { ENVIRONMENT: "development" }, { Authorization: `Bearer ${await tokenFor("heat-agent")}` });
  expect(await res.json<AgentSessionBody>()).toMatchObject({ agent: { id: "test.heat-agent", roles: ["heat-agent"], via: "token" }, tokenSignIn: true });
  expect(await (await call("/agent/session", { ENVIRONMENT: "development" })).json<AgentSessionBody>()).toEqual({ agent: null, tokenSignIn: true });
});
