// Agent authentication with the development token: HS256 pinned, roles claim required, lifetime bounded
// (iat and exp required, at most MAX_TOKEN_LIFETIME_SECONDS apart, iat not in the future), 401 without a valid
// token, 403 with the wrong role.
import { env } from "cloudflare:workers";
import { sign } from "hono/jwt";
import { expect, test } from "vitest";
import { call, tokenFor } from "../helpers";
import { MAX_TOKEN_LIFETIME_SECONDS } from "../../../workers/src/platform/auth";
import type { ErrorBody } from "../../../domain/contracts/errors";

const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({ sub: "alice", roles: ["ops"], iss: "recoque", iat: now(), exp: now() + 600, ...extra });
const withToken = (token: string) => call("/api/v1/ops/dead-events", { headers: { Authorization: `Bearer ${token}` } });
const b64 = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

test("no token: 401 with WWW-Authenticate", async () => {
  const res = await call("/api/v1/ops/dead-events");
  expect(res.status).toBe(401);
  expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
  expect((await res.json<ErrorBody>()).error.code).toBe("unauthenticated");
});

test("a valid token with an allowed role passes", async () => {
  expect((await withToken(await tokenFor("ops"))).status).toBe(200);
});

test("a token living exactly the maximum lifetime passes", async () => {
  const token = await sign(claims({ exp: now() + MAX_TOKEN_LIFETIME_SECONDS }), env.JWT_SECRET, "HS256");
  expect((await withToken(token)).status).toBe(200);
});

test("a valid token with another role: 403", async () => {
  const res = await withToken(await tokenFor("heat-agent"));
  expect(res.status).toBe(403);
  expect((await res.json<ErrorBody>()).error.code).toBe("forbidden");
});

test.each([
  ["signed with another secret", () => sign(claims(), "another-secret-0123456789abcdef", "HS256")],
  ["signed with HS512 (algorithm not pinned)", () => sign(claims(), env.JWT_SECRET, "HS512")],
  ["unsigned (alg none)", async () => `${b64({ alg: "none", typ: "JWT" })}.${b64(claims())}.`],
  ["expired", () => sign(claims({ exp: now() - 10 }), env.JWT_SECRET, "HS256")],
  ["without roles", () => sign(claims({ roles: undefined }), env.JWT_SECRET, "HS256")],
  ["with an unknown role", () => sign(claims({ roles: ["admin"] }), env.JWT_SECRET, "HS256")],
  ["from another issuer", () => sign(claims({ iss: "someone-else" }), env.JWT_SECRET, "HS256")],
  ["without iat", () => sign(claims({ iat: undefined }), env.JWT_SECRET, "HS256")],
  ["without exp", () => sign(claims({ exp: undefined }), env.JWT_SECRET, "HS256")],
  ["expiring in the year 33658", () => sign(claims({ exp: 1_000_000_000_000 }), env.JWT_SECRET, "HS256")],
  ["living one second over the maximum", () => sign(claims({ exp: now() + MAX_TOKEN_LIFETIME_SECONDS + 1 }), env.JWT_SECRET, "HS256")],
  ["issued in the future", () => sign(claims({ iat: now() + 3600, exp: now() + 3600 + 600 }), env.JWT_SECRET, "HS256")],
  ["garbage", async () => "not.a.jwt"],
])("a token %s: 401", async (_, make) => {
  const res = await withToken(await make());
  expect(res.status).toBe(401);
  expect((await res.json<ErrorBody>()).error.code).toBe("unauthenticated");
});
