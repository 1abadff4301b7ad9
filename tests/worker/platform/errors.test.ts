// One error body everywhere, never a 500 for bad input.
import { expect, test } from "vitest";
import { call } from "../helpers";
import type { ErrorBody } from "../../../domain/contracts/errors";

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = await res.json<ErrorBody>();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.requestId).toBe(res.headers.get("X-Request-Id"));
  return body;
}

test("unknown routes answer 404 in the standard body", async () => {
  await expectError(await call("/api/v1/does-not-exist"), 404, "not_found");
  await expectError(await call("/api/v1/models/no-such-model"), 404, "not_found");
});

test("malformed JSON answers 400, not 500", async () => {
  const res = await call("/api/v1/ops/probe", { method: "POST", role: "ops", body: "{not json", headers: { "Content-Type": "application/json" } });
  expect([400]).toContain(res.status);
  const body = await res.json<ErrorBody>();
  expect(["malformed_body", "validation_failed"]).toContain(body.error.code);
});

test("validation failures name the fields at fault", async () => {
  const body = await expectError(await call("/api/v1/ops/probe", { method: "POST", role: "ops", json: { mode: "sometimes", note: 3 } }), 400, "validation_failed");
  expect(body.error.fields?.map((f) => f.field).sort()).toEqual(["mode", "note"]);
});

test("query parameters are validated too", async () => {
  const body = await expectError(await call("/api/v1/ops/dead-events?limit=-3", { role: "ops" }), 400, "validation_failed");
  expect(body.error.fields?.[0].field).toBe("query.limit");
});

test("bodies over the limit answer 413", async () => {
  const huge = JSON.stringify({ mode: "ok", note: "x".repeat(1_100_000) });
  await expectError(await call("/api/v1/ops/probe", { method: "POST", role: "ops", body: huge, headers: { "Content-Type": "application/json" } }), 413, "payload_too_large");
});

test("every response carries the security headers, and CORS admits only the app's origin", async () => {
  const res = await call("/api/v1/health", { headers: { Origin: "http://127.0.0.1:8787" } });
  expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
  expect(res.headers.get("Content-Security-Policy")).not.toContain("unsafe-inline");
  expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d+/);
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
  expect(res.headers.get("Permissions-Policy")).toContain("geolocation=()");
  expect(res.headers.get("Access-Control-Allow-Origin")).toBe("http://127.0.0.1:8787");
  const foreign = await call("/api/v1/health", { headers: { Origin: "https://evil.example" } });
  expect(foreign.headers.get("Access-Control-Allow-Origin")).toBeNull();
  const error = await call("/api/v1/nope");
  expect(error.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
});
