// Retention of the sales data, with the clock moved: sales go five years after their date (with their cases),
// cases five years after opening, import records a year after the upload; the nightly sweep then removes
// from R2 the raw files of purged imports.
import { env } from "cloudflare:workers";
import { beforeAll, expect, test } from "vitest";
import { DAY_MS as DAY } from "../../../domain/time/days";
import { purgeExpired } from "../../../workers/src/privacy/purge";
import { sweepImportFiles } from "../../../workers/src/sales/retention";
import { count, importText, PARIS_14 } from "./fixtures";

let sales = 0;

beforeAll(async () => {
  sales = (await importText(PARIS_14)).salesImported;
}, 60_000);

const deleted = (report: Awaited<ReturnType<typeof purgeExpired>>, id: string) => report.classes.find((c) => c.id === id)!.deleted;

test("sales stay five years after their date, then go with their cases", async () => {
  const cases = await count("SELECT count(*) AS n FROM sales_cases");
  expect(cases).toBeGreaterThan(0);
  const early = await purgeExpired(env.DB, new Date("2024-12-31T00:00:00Z"));
  expect(deleted(early, "sales.sales")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM sales")).toBe(sales);
  const late = await purgeExpired(env.DB, new Date("2025-07-02T00:00:00Z"));
  expect(deleted(late, "sales.sales")).toBe(sales + cases);
  expect(await count("SELECT count(*) AS n FROM sales")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM sales_cases")).toBe(0);
});

test("import records go after a year; the sweep then removes their files from R2, only once they are a day old", async () => {
  expect((await env.UPLOADS.list({ prefix: "sales/raw/" })).objects).toHaveLength(1);
  expect(await sweepImportFiles(env, new Date())).toBe(0);
  const report = await purgeExpired(env.DB, new Date(Date.now() + 366 * DAY));
  expect(deleted(report, "sales.imports")).toBeGreaterThanOrEqual(2);
  expect(await count("SELECT count(*) AS n FROM sales_imports")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM sales_import_chunks")).toBe(0);
  expect(await sweepImportFiles(env, new Date())).toBe(0);
  expect(await sweepImportFiles(env, new Date(Date.now() + 2 * DAY))).toBe(1);
  expect((await env.UPLOADS.list({ prefix: "sales/" })).objects).toEqual([]);
});
