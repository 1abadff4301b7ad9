// On-demand scoring of one sale given as its geo-dvf rows: the edge model's expected price with its evidence
// and the rules that would open a case, audited under the agent's name; nothing else stored. Rows that are
// not valid geo-dvf lines are a 400 naming the row and the column.
import { env } from "cloudflare:workers";
import { beforeAll, expect, test } from "vitest";
import { parseGeoDvf } from "../../../domain/sales/geodvf";
import { areaDistribution } from "../../../workers/src/sales/evidence";
import { call } from "../helpers";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { count, HENDAYE, importText, lines, PARIS_14 } from "./fixtures";

const toRows = (text: string, saleId: string) => {
  const [header, ...data] = lines(text);
  const names = header.split(",");
  return data.filter((l) => l.startsWith(`${saleId},`)).map((l) => Object.fromEntries(l.split(",").map((v, i) => [names[i], v])));
};
const score = (rows: unknown) => call("/api/v1/sales/score", { method: "POST", role: "tax-agent", json: { rows } });

const sales = parseGeoDvf(PARIS_14).sales;
const apartment = sales.find((s) => s.nature === "Vente" && s.dwellingType === "Appartement" && s.dwellings === 1 && s.rows > 1 && (s.firstDwelling?.lotCount ?? 0) > 0)!;

beforeAll(async () => {
  await importText(PARIS_14);
}, 60_000);

interface Score {
  scopeIssues: string[];
  model: { id: string } | null;
  expectedPrice: number | null;
  ratio: number | null;
  wouldOpen: string[];
  notice: { fr: string };
  evidence: { expectedPrice: number | null; comparables: unknown[]; factors: unknown[] };
}

test("a Paris apartment sale: the same expected price as its import, with evidence; audited, not stored", async () => {
  const stored = await env.DB.prepare("SELECT expected_price FROM sales WHERE id = ?1").bind(apartment.id).first<number>("expected_price");
  const salesBefore = await count("SELECT count(*) AS n FROM sales");
  const res = await score(toRows(PARIS_14, apartment.id));
  expect(res.status).toBe(200);
  const body = await res.json<Score>();
  expect(body.scopeIssues).toEqual([]);
  expect(body.model?.id).toBe("sale-price");
  expect(body.expectedPrice).toBeCloseTo(stored!, 6);
  expect(body.evidence.factors).toHaveLength(4);
  expect(body.evidence.comparables.length).toBeGreaterThan(0);
  expect(body.notice.fr).toContain("jamais une accusation");
  expect(await count("SELECT count(*) AS n FROM sales")).toBe(salesBefore);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'sales.price-score' AND actor = 'test.tax-agent' AND subject_id = ?1 AND model_id = 'sale-price'", apartment.id)).toBe(1);
});

test("declared at a tenth of its price, the sale would open a price case", async () => {
  const rows = toRows(PARIS_14, apartment.id).map((r) => ({ ...r, id_mutation: "2020-1", valeur_fonciere: String(apartment.price / 10) }));
  const body = await (await score(rows)).json<Score>();
  expect(body.ratio).toBeLessThan(0.236);
  expect(body.wouldOpen).toContain("price_below_expected");
});

test("a sale outside Paris is read but not priced, and not audited", async () => {
  const hendaye = parseGeoDvf(HENDAYE).sales.find((s) => s.dwellingType === "Appartement")!;
  const audits = await count("SELECT count(*) AS n FROM audit_log");
  const res = await score(toRows(HENDAYE, hendaye.id));
  expect(res.status, await res.clone().text()).toBe(200);
  const body = await res.json<Score>();
  expect(body.scopeIssues).toContain("outside_paris");
  expect(body.expectedPrice).toBeNull();
  expect(body.wouldOpen).toEqual([]);
  expect(await count("SELECT count(*) AS n FROM audit_log")).toBe(audits);
});

test("rows that are not valid geo-dvf lines, or not one sale, are a 400 naming the row and column", async () => {
  const rows = toRows(PARIS_14, apartment.id);
  const cases: [unknown, string][] = [
    [[{ ...rows[0], valeur_fonciere: "abc" }], "rows.0.valeur_fonciere"],
    [[rows[0], { ...rows[1], date_mutation: "2099-01-01" }], "rows.1.date_mutation"],
    [[rows[0], { ...rows[1], id_mutation: "2020-2" }], "rows.1.id_mutation"],
    [[rows[0], { ...rows[1], valeur_fonciere: "1" }], "rows.1.valeur_fonciere"],
    [[{ ...rows[0], prix: 3 }], "rows.0"],
    [[], "rows"],
  ];
  for (const [body, field] of cases) {
    const res = await score(body);
    expect(res.status, field).toBe(400);
    const { error } = await res.json<ErrorBody>();
    expect(error.fields?.map((f) => f.field).some((f) => f.startsWith(field)), `${field}: ${JSON.stringify(error.fields)}`).toBe(true);
  }
});

test("the area's price distribution spans a year either side of the sale, 29 February included", async () => {
  const leapDay = (await areaDistribution(env.DB, { ...apartment, date: "2024-02-29" }))!;
  expect([leapDay.from, leapDay.to]).toEqual(["2023-02-28", "2025-02-28"]);
  const monthEnd = (await areaDistribution(env.DB, { ...apartment, date: "2020-03-31" }))!;
  expect([monthEnd.from, monthEnd.to]).toEqual(["2019-03-31", "2021-03-31"]);
  expect(monthEnd.count).toBe(await count("SELECT count(*) AS n FROM sales WHERE arrondissement = 14 AND in_scope = 1 AND date BETWEEN '2019-03-31' AND '2021-03-31' AND id <> ?1", apartment.id));
});
