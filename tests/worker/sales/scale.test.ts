// 20,000 open cases (copies of a real imported sale under new ids, with spread scores): the list pages through
// them in score order through the API — the console shows one page of 50 at a time — and filters count right.
import { env } from "cloudflare:workers";
import { beforeAll, expect, test } from "vitest";
import { call } from "../helpers";
import { importText, PARIS_14 } from "./fixtures";

const CASES = 20_000;

beforeAll(async () => {
  await importText(PARIS_14);
  await env.DB.prepare("DELETE FROM sales_cases").run();
  const model = await env.DB.prepare("SELECT * FROM sales WHERE in_scope = 1 LIMIT 1").first<Record<string, string | number | null>>();
  const ids = Array.from({ length: CASES }, (_, i) => `2020-s${String(i).padStart(5, "0")}`);
  for (let from = 0; from < CASES; from += 5000) {
    const chunk = JSON.stringify(ids.slice(from, from + 5000).map((id, k) => [id, (from + k) / CASES]));
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO sales (id, import_id, date, nature, price, commune_code, arrondissement, dwelling_type, surface, price_per_m2, latitude, longitude,
           lot_key, in_scope, scope_issues, expected_price, price_ratio, model_id, model_version, data, imported_at)
         SELECT value ->> 0, import_id, date, nature, price, commune_code, arrondissement, dwelling_type, surface, price_per_m2, latitude, longitude,
           NULL, in_scope, scope_issues, expected_price, price_ratio, model_id, model_version, data, imported_at
         FROM json_each(?1), sales WHERE sales.id = ?2`,
      ).bind(chunk, model!.id),
      env.DB.prepare(
        `INSERT INTO sales_cases (id, sale_id, rule, score, sale_date, arrondissement, evidence, import_id, opened_at)
         SELECT 'pb-' || (value ->> 0), value ->> 0, 'price_below_expected', value ->> 1, ?2, 14, '{}', 'scale', '2026-01-01T00:00:00Z' FROM json_each(?1)`,
      ).bind(chunk, model!.date),
    ]);
  }
}, 60_000);

test("20,000 cases page through in score order, and filters count them", async () => {
  const page = async (query: string) => (await call(`/api/v1/sales/cases?${query}`, { role: "tax-agent" })).json<{ items: { id: string; score: number }[]; total: number }>();
  const first = await page("limit=50");
  expect(first.total).toBe(CASES);
  expect(first.items[0].score).toBeCloseTo((CASES - 1) / CASES, 9);
  const boundary = [await page("limit=500&offset=9500"), await page("limit=500&offset=10000")];
  const scores = boundary.flatMap((p) => p.items.map((c) => c.score));
  expect(scores).toHaveLength(1000);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(new Set(boundary.flatMap((p) => p.items.map((c) => c.id))).size).toBe(1000);
  const last = await page(`limit=500&offset=${CASES - 10}`);
  expect(last.items.map((c) => c.score)).toHaveLength(10);
  expect(last.items.at(-1)!.score).toBe(0);
  expect((await page("minScore=0.5&limit=1")).total).toBe(CASES / 2);
});
