// Purpose limitation, route by route: every sales route × every role and anonymous. Only tax agents reach
// sales data; ops may only import files and follow imports; every other role is refused (403) and an
// anonymous caller is asked to authenticate (401), in the standard error body. The OpenAPI document proves
// the matrix covers every sales route.
import { expect, test } from "vitest";
import { ROLES, type Role } from "../../../domain/contracts/roles";
import { call } from "../helpers";
import type { ErrorBody } from "../../../domain/contracts/errors";

interface RouteCase {
  method: "GET" | "POST";
  path: string;
  allowed: Role[];
  init?: { json?: unknown; body?: string };
}

const ROUTES: RouteCase[] = [
  { method: "POST", path: "/api/v1/sales/imports", allowed: ["tax-agent", "ops"], init: { body: "not,a,geo-dvf,file\n1,2,3,4\n" } },
  { method: "GET", path: "/api/v1/sales/imports", allowed: ["tax-agent", "ops"] },
  { method: "GET", path: "/api/v1/sales/imports/imp-none", allowed: ["tax-agent", "ops"] },
  { method: "POST", path: "/api/v1/sales/score", allowed: ["tax-agent"], init: { json: { rows: [] } } },
  { method: "GET", path: "/api/v1/sales/cases", allowed: ["tax-agent"] },
  { method: "GET", path: "/api/v1/sales/cases/pb-none", allowed: ["tax-agent"] },
  { method: "POST", path: "/api/v1/sales/cases/pb-none/decision", allowed: ["tax-agent"], init: { json: { decision: "refer", note: "n" } } },
  { method: "GET", path: "/api/v1/sales/exports/referred-cases.csv", allowed: ["tax-agent"] },
  { method: "GET", path: "/api/v1/sales/cases/pb-none/quartier", allowed: ["tax-agent"] },
  { method: "GET", path: "/api/v1/sales/quartiers/cases", allowed: ["tax-agent"] },
  { method: "GET", path: "/api/v1/explanations/sales-case/pb-none", allowed: ["tax-agent"] },
];

const openApiPath = (path: string) => path.replace(/\/(imp|pb)-none/, "/{id}");

test("the matrix covers every sales operation of the OpenAPI document", async () => {
  const doc = await (await call("/api/openapi.json")).json<{ paths: Record<string, Record<string, unknown>> }>();
  const documented = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith("/api/v1/sales"))
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
  const covered = ROUTES.filter((r) => r.path.startsWith("/api/v1/sales")).map((r) => `${r.method} ${openApiPath(r.path)}`);
  expect(documented.sort()).toEqual(covered.sort());
});

for (const route of ROUTES) {
  test(`${route.method} ${route.path}: ${route.allowed.join(", ")} only`, async () => {
    const anonymous = await call(route.path, { method: route.method, ...route.init });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json<ErrorBody>()).error.code).toBe("unauthenticated");
    for (const role of ROLES) {
      const res = await call(route.path, { method: route.method, role, ...route.init });
      if (route.allowed.includes(role)) {
        expect([401, 403], `${role} should pass`).not.toContain(res.status);
        expect(res.status, `${role}`).toBeLessThan(500);
      } else {
        expect(res.status, `${role} should be refused`).toBe(403);
        expect((await res.json<ErrorBody>()).error.code).toBe("forbidden");
      }
    }
  });
}
