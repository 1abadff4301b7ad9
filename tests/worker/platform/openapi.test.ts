// The OpenAPI document is generated from the routes, and every operation declares who may call it.
import { expect, test } from "vitest";
import { call } from "../helpers";

interface Operation {
  "x-recoque-access"?: string | string[];
  security?: unknown[];
}

test("OpenAPI 3.1 document: every operation declares public access or the roles it admits", async () => {
  const doc = await (await call("/api/openapi.json")).json<{ openapi: string; paths: Record<string, Record<string, Operation>> }>();
  expect(doc.openapi).toBe("3.1.0");
  const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
  expect(operations.length).toBeGreaterThan(8);
  for (const { path, method, op } of operations) {
    const access = op["x-recoque-access"];
    expect(access, `${method} ${path}`).toBeDefined();
    if (access === "public") expect(op.security, `${method} ${path}`).toEqual([]);
    else expect(Array.isArray(access) && access.length > 0, `${method} ${path}`).toBe(true);
  }
});

test("the readable API page lists the operations", async () => {
  const res = await call("/api/docs");
  expect(res.headers.get("Content-Type")).toContain("text/html");
  const html = await res.text();
  expect(html).toContain("/api/v1/health");
  expect(html).not.toContain("<script");
});
