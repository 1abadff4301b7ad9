// POST and GET /api/v1/rights/stats inside workerd: only social agents; every malformed submission refused
// with the field named and nothing written; small cells suppressed by the Worker whatever the console sent;
// one audit entry per submission, none for a repeat; totals read back; and the retention purge.
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, test } from "vitest";
import { MIN_CELL_HOUSEHOLDS } from "../../../domain/rights/outreach/stats";
import { DAY_MS } from "../../../domain/time/days";
import { purgeExpired } from "../../../workers/src/privacy/purge";
import { verifyChain } from "../../../workers/src/platform/audit";
import { call } from "../helpers";
import type { ErrorBody } from "../../../domain/contracts/errors";

const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())!.n;

function submission(overrides: Record<string, unknown> = {}) {
  return {
    submissionId: crypto.randomUUID(),
    modelId: "non-take-up",
    modelVersion: "1.0.0",
    rulesDate: "2025-06-01",
    topShare: 0.2,
    arrondissements: [
      { arrondissement: 18, households: 420, withRights: 160, prioritised: 32, rsa: 40, primeActivite: 71, aspa: null, css: 120 },
      { arrondissement: 3, households: 55, withRights: 20, prioritised: null, rsa: null, primeActivite: 12, aspa: null, css: 15 },
    ],
    ...overrides,
  };
}

beforeEach(async () => {
  await env.DB.batch([env.DB.prepare("DELETE FROM rights_stats_cells"), env.DB.prepare("DELETE FROM rights_stats_submissions")]);
});

describe("access", () => {
  test("401 without a token, 403 for another role, on both routes", async () => {
    expect((await call("/api/v1/rights/stats", { method: "POST", json: submission() })).status).toBe(401);
    expect((await call("/api/v1/rights/stats", { method: "POST", role: "heat-agent", json: submission() })).status).toBe(403);
    expect((await call("/api/v1/rights/stats")).status).toBe(401);
    expect((await call("/api/v1/rights/stats", { role: "auditor" })).status).toBe(403);
    expect(await count("SELECT count(*) AS n FROM rights_stats_submissions")).toBe(0);
  });
});

describe("validation", () => {
  const bad: [string, Record<string, unknown>, string][] = [
    ["submission id not a UUID", { submissionId: "abc" }, "submissionId"],
    ["unknown model", { modelId: "heat-risk" }, "modelId"],
    ["unknown model version", { modelVersion: "9.9.9" }, "modelVersion"],
    ["bad rules date", { rulesDate: "01/06/2025" }, "rulesDate"],
    ["top share out of range", { topShare: 0 }, "topShare"],
    ["no arrondissement", { arrondissements: [] }, "arrondissements"],
    ["arrondissement 21", { arrondissements: [{ arrondissement: 21, households: 40, withRights: null, prioritised: null, rsa: null, primeActivite: null, aspa: null, css: null }] }, "arrondissements.0.arrondissement"],
    ["negative count", { arrondissements: [{ arrondissement: 2, households: -40, withRights: null, prioritised: null, rsa: null, primeActivite: null, aspa: null, css: null }] }, "arrondissements.0.households"],
    ["fractional count", { arrondissements: [{ arrondissement: 2, households: 40.5, withRights: null, prioritised: null, rsa: null, primeActivite: null, aspa: null, css: null }] }, "arrondissements.0.households"],
    ["count above households", { arrondissements: [{ arrondissement: 2, households: 40, withRights: 50, prioritised: null, rsa: null, primeActivite: null, aspa: null, css: null }] }, "arrondissements.0.withRights"],
    ["missing metric", { arrondissements: [{ arrondissement: 2, households: 40 }] }, "arrondissements.0.withRights"],
    ["household data smuggled in", { arrondissements: [{ arrondissement: 2, households: 40, withRights: null, prioritised: null, rsa: null, primeActivite: null, aspa: null, css: null, ids: ["F00001"] }] }, "arrondissements.0"],
    ["arrondissement twice", { arrondissements: [1, 1].map((a) => ({ arrondissement: a, households: 40, withRights: null, prioritised: null, rsa: null, primeActivite: null, aspa: null, css: null })) }, "arrondissements.1.arrondissement"],
    ["unknown top-level field", { households: [{ id: "F1" }] }, "(body)"],
  ];
  test.each(bad)("%s: 400 naming the field, nothing stored", async (_, overrides, field) => {
    const res = await call("/api/v1/rights/stats", { method: "POST", role: "social-agent", json: submission(overrides) });
    expect(res.status).toBe(400);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.fields?.map((f) => f.field)).toContain(field);
    expect(await count("SELECT count(*) AS n FROM rights_stats_submissions")).toBe(0);
  });

  test("a body that is not JSON is a 400, not a 500", async () => {
    const res = await call("/api/v1/rights/stats", { method: "POST", role: "social-agent", body: "{not json", headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(400);
  });
});

describe("suppression, idempotency and audit", () => {
  test("stores the allowed cells, suppresses small ones and their small complements, and says which", async () => {
    const body = submission({
      arrondissements: [
        { arrondissement: 18, households: 420, withRights: 160, prioritised: 32, rsa: 7, primeActivite: 71, aspa: null, css: 415 },
        { arrondissement: 3, households: 9, withRights: null, prioritised: null, rsa: null, primeActivite: null, aspa: null, css: null },
      ],
    });
    const res = await call("/api/v1/rights/stats", { method: "POST", role: "social-agent", json: body });
    expect(res.status).toBe(201);
    const stored = await res.json<{ storedCells: number; suppressed: string[]; created: boolean }>();
    expect(stored.created).toBe(true);
    expect(stored.suppressed).toEqual(["arrondissements.0.rsa", "arrondissements.0.css", "arrondissements.1.households"]);
    expect(stored.storedCells).toBe(4);
    expect(await count(`SELECT count(*) AS n FROM rights_stats_cells WHERE households < ${MIN_CELL_HOUSEHOLDS}`)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM rights_stats_cells WHERE arrondissement = 3")).toBe(0);
  });

  test("the database refuses a small cell even if a bug let one through", async () => {
    await env.DB.prepare("INSERT INTO rights_stats_submissions VALUES ('s', '2026-01-01T00:00:00Z', 'non-take-up', '1.0.0', '2025-06-01', 0.2)").run();
    await expect(env.DB.prepare("INSERT INTO rights_stats_cells VALUES ('s', 4, 'rsa', 3)").run()).rejects.toThrow(/CHECK/);
  });

  test("one audit entry per submission with the model version and an input hash; a repeat writes nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM audit_log WHERE action = 'rights.stats.submitted'");
    const body = submission();
    const first = await call("/api/v1/rights/stats", { method: "POST", role: "social-agent", json: body });
    expect(first.status).toBe(201);
    const again = await call("/api/v1/rights/stats", { method: "POST", role: "social-agent", json: body });
    expect(again.status).toBe(200);
    expect((await again.json<{ created: boolean; storedCells: number }>()).created).toBe(false);
    expect(await count("SELECT count(*) AS n FROM rights_stats_submissions")).toBe(1);
    const entries = await env.DB.prepare("SELECT * FROM audit_log WHERE action = 'rights.stats.submitted' ORDER BY seq DESC").all<Record<string, string>>();
    expect(entries.results.length).toBe(before + 1);
    const entry = entries.results[0];
    expect(entry).toMatchObject({ actor: "test.social-agent", role: "social-agent", subject_kind: "rights-stats", subject_id: body.submissionId, model_id: "non-take-up", model_version: "1.0.0" });
    expect(entry.input_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(entry.output)).toEqual({ arrondissements: 2, storedCells: 10, suppressedCells: 0 });
    expect((await verifyChain(env.DB)).valid).toBe(true);
  });
});

describe("totals", () => {
  test("sum the stored cells by arrondissement and metric over the period, with the number of submissions", async () => {
    for (let i = 0; i < 2; i++) expect((await call("/api/v1/rights/stats", { method: "POST", role: "social-agent", json: submission() })).status).toBe(201);
    const res = await call("/api/v1/rights/stats", { role: "social-agent" });
    expect(res.status).toBe(200);
    const totals = await res.json<{ submissions: number; arrondissements: { arrondissement: number; households: unknown; aspa: unknown; css: unknown }[] }>();
    expect(totals.submissions).toBe(2);
    expect(totals.arrondissements.map((a) => a.arrondissement)).toEqual([3, 18]);
    expect(totals.arrondissements[1]).toMatchObject({ households: { households: 840, submissions: 2 }, css: { households: 240, submissions: 2 }, aspa: null });
    const future = await call("/api/v1/rights/stats?from=2999-01-01", { role: "social-agent" });
    expect((await future.json<{ submissions: number }>()).submissions).toBe(0);
    expect((await call("/api/v1/rights/stats?from=yesterday", { role: "social-agent" })).status).toBe(400);
  });
});

test("the retention purge removes submissions older than five years, cells first", async () => {
  expect((await call("/api/v1/rights/stats", { method: "POST", role: "social-agent", json: submission() })).status).toBe(201);
  const report = await purgeExpired(env.DB, new Date(Date.now() + 5 * 365 * DAY_MS + DAY_MS));
  expect(report.classes.find((c) => c.id === "rights.outreach-counts")).toBeDefined();
  expect(await count("SELECT count(*) AS n FROM rights_stats_submissions")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM rights_stats_cells")).toBe(0);
});
