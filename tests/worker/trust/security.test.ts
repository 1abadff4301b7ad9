// Security of every API answer, generically from the OpenAPI document: the security headers on every
// operation's answer (successes, refusals, errors, not-modified, preflights, unknown routes); CORS for the app's
// own origin only; and a rate limit on every public write, answering 429 with Retry-After in the standard error
// body, per client. (Static assets: tests/browser/security-headers.test.ts, over the real stack.)
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import worker from "../../../workers/src/index";
import { errorBodySchema } from "../../../domain/contracts/errors";
import { PUBLIC_WRITE_LIMIT } from "../../../workers/src/platform/limits";
import { apiOnlyHeaders, securityHeaders } from "../../../domain/platform/security-headers";
import { bearer, inProcess, ORIGIN } from "./fetch";
import { fillPath, label, operations, type Operation } from "./openapi";

let client = 0;
const nextClient = () => `10.3.${Math.floor(++client / 250)}.${client % 250}`;

async function send(op: Pick<Operation, "method" | "path" | "bodyTypes">, init: { role?: string; client?: string; body?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ "cf-connecting-ip": init.client ?? nextClient(), ...init.headers });
  if (init.role) headers.set("Authorization", `Bearer ${await bearer(init.role as never)}`);
  const body = op.bodyTypes.length ? (init.body ?? "{}") : undefined;
  if (body !== undefined) headers.set("Content-Type", op.bodyTypes[0]);
  return inProcess(new Request(`${ORIGIN}${fillPath(op.path, {})}`, { method: op.method, headers, body }));
}

function expectSecurityHeaders(res: Response, what: string) {
  for (const [name, value] of Object.entries({ ...securityHeaders, ...apiOnlyHeaders })) expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
  expect(res.headers.get("X-Request-Id"), `${what}: X-Request-Id`).toMatch(/^[0-9a-f-]{36}$/);
}

test("every operation's answer carries the security headers, anonymous or with an admitted role", async () => {
  for (const op of await operations()) {
    for (const role of op.access === "public" ? [undefined] : [undefined, op.access[0]]) {
      const res = await send(op, { role });
      await res.arrayBuffer();
      expectSecurityHeaders(res, `${label(op)} as ${role ?? "anonymous"} (${res.status})`);
    }
  }
});

test("errors, unknown routes, not-modified answers and preflights carry them too", async () => {
  const register = await inProcess(new Request(`${ORIGIN}/api/v1/register`));
  const cases: [string, Request][] = [
    ["unknown route", new Request(`${ORIGIN}/api/v1/no-such-route`)],
    ["unknown method", new Request(`${ORIGIN}/api/v1/register`, { method: "PATCH" })],
    ["malformed JSON", new Request(`${ORIGIN}/api/v1/heat/registrations`, { method: "POST", body: "{", headers: { "Content-Type": "application/json", "cf-connecting-ip": nextClient() } })],
    ["bad token", new Request(`${ORIGIN}/api/v1/heat/calls`, { headers: { Authorization: "Bearer nope" } })],
    ["not modified", new Request(`${ORIGIN}/api/v1/register`, { headers: { "If-None-Match": register.headers.get("ETag")! } })],
    ["preflight", new Request(`${ORIGIN}/api/v1/register`, { method: "OPTIONS", headers: { Origin: env.APP_ORIGIN, "Access-Control-Request-Method": "GET" } })],
  ];
  for (const [what, request] of cases) {
    const res = await inProcess(request);
    await res.arrayBuffer();
    expect(res.status, what).toBeLessThan(500);
    expectSecurityHeaders(res, what);
  }
});

test("CORS answers the app's own origin, and no other", async () => {
  const own = env.APP_ORIGIN;
  const others = ["https://evil.example", "null", `${own}.evil.example`, own.replace("http://", "https://"), `${own}:1`, own.toUpperCase()];
  for (const origin of [own, ...others]) {
    const preflight = await inProcess(
      new Request(`${ORIGIN}/api/v1/heat/registrations`, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" } }),
    );
    const get = await inProcess(new Request(`${ORIGIN}/api/v1/register`, { headers: { Origin: origin } }));
    const expected = origin === own ? own : null;
    expect(preflight.headers.get("Access-Control-Allow-Origin"), `preflight from ${origin}`).toBe(expected);
    expect(get.headers.get("Access-Control-Allow-Origin"), `GET from ${origin}`).toBe(expected);
    expect(get.headers.get("Access-Control-Allow-Credentials"), `GET from ${origin}`).toBeNull();
  }
});

test("every public write is rate-limited per client: 429 with Retry-After in the standard error body", async () => {
  const writes = (await operations()).filter((op) => op.access === "public" && op.method !== "GET");
  expect(writes.length).toBeGreaterThan(0);
  for (const op of writes) {
    expect(Object.keys(op.responses), `${label(op)} documents its 429`).toContain("429");
    const client = nextClient();
    for (let i = 0; i < PUBLIC_WRITE_LIMIT.limit; i++) {
      const res = await send(op, { client });
      await res.arrayBuffer();
      expect(res.status, `${label(op)} request ${i + 1} of the limit`).not.toBe(429);
    }
    const limited = await send(op, { client });
    expect(limited.status, `${label(op)} over the limit`).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe(String(PUBLIC_WRITE_LIMIT.periodSeconds));
    expect(errorBodySchema.parse(await limited.json()).error.code).toBe("rate_limited");
    const other = await send(op, { client: nextClient() });
    await other.arrayBuffer();
    expect(other.status, `${label(op)} from another client`).not.toBe(429);
  }
});

test("without the rate-limiting binding, the in-memory fallback applies the same limit", async () => {
  const op = (await operations()).find((o) => o.access === "public" && o.method !== "GET")!;
  const bare = { ...env, PUBLIC_WRITES: undefined } as unknown as Env;
  const client = nextClient();
  const post = async () => {
    const headers = { "cf-connecting-ip": client, "Content-Type": op.bodyTypes[0] ?? "application/json" };
    const res = await worker.fetch(new Request(`${ORIGIN}${fillPath(op.path, {})}`, { method: op.method, headers, body: op.bodyTypes.length ? "{}" : undefined }), bare, createExecutionContext());
    await res.arrayBuffer();
    return res;
  };
  for (let i = 0; i < PUBLIC_WRITE_LIMIT.limit; i++) expect((await post()).status, `${label(op)} request ${i + 1}`).not.toBe(429);
  const limited = await post();
  expect(limited.status).toBe(429);
  expect(limited.headers.get("Retry-After")).toBe(String(PUBLIC_WRITE_LIMIT.periodSeconds));
});
