// Reviewing cases after importing the 14th arrondissement's file: the list (filters, sort, pages), a case with
// its evidence computed at the edge (TreeSHAP factors that add up, comparables, the area's prices), decisions
// (a note is mandatory, a decision is taken once, audited without the note), the CSV export of referred cases
// and the CRPA explanation of a case.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, test } from "vitest";
import { bilingualProblems } from "../../../domain/i18n/completeness";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { call } from "../helpers";
import { count, importText, PARIS_14 } from "./fixtures";

interface CaseSummary {
  id: string;
  rule: string;
  score: number;
  status: string;
  sale: { id: string; date: string; arrondissement: number | null; address: string; price: number; expectedPrice: number | null; ratio: number | null };
  decision: { decision: string; decidedBy: string; note: string } | null;
}
interface Page {
  items: CaseSummary[];
  total: number;
}

const list = async (query = "") => {
  const res = await call(`/api/v1/sales/cases${query}`, { role: "tax-agent" });
  expect(res.status).toBe(200);
  return res.json<Page>();
};
const decide = (id: string, json: unknown) => call(`/api/v1/sales/cases/${id}/decision`, { method: "POST", role: "tax-agent", json });

let all: CaseSummary[] = [];
let priced: CaseSummary[] = [];

beforeAll(async () => {
  await importText(PARIS_14, "75114.csv");
  all = (await list("?limit=500")).items;
  priced = all.filter((c) => c.rule === "price_below_expected");
}, 60_000);

describe("the case list", () => {
  test("open cases, highest score first, with the sale's address, price and expected price", async () => {
    expect(all.length).toBe(await count("SELECT count(*) AS n FROM sales_cases"));
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(priced.length).toBeGreaterThanOrEqual(2);
    all.forEach((c, i) => i && expect(c.score).toBeLessThanOrEqual(all[i - 1].score));
    const price = all.find((c) => c.rule === "price_below_expected")!;
    expect(price.sale.arrondissement).toBe(14);
    expect(price.sale.address).toMatch(/\d*.* 75014$/);
    expect(price.sale.ratio).toBeCloseTo(price.sale.price / price.sale.expectedPrice!, 9);
    expect(price.score).toBeCloseTo(1 - price.sale.ratio!, 9);
  });

  test("filters (arrondissement, period, score, rule), sort and pages", async () => {
    expect((await list("?arrondissement=15")).total).toBe(0);
    expect((await list("?arrondissement=14")).total).toBe(all.length);
    const march = await list("?from=2020-03-01&to=2020-03-31");
    expect(march.total).toBe(all.filter((c) => c.sale.date >= "2020-03-01" && c.sale.date <= "2020-03-31").length);
    const high = await list("?minScore=0.85");
    expect(high.total).toBe(all.filter((c) => c.score >= 0.85).length);
    expect((await list("?rule=quick_resale")).total).toBe(all.filter((c) => c.rule === "quick_resale").length);
    const byDate = (await list("?sort=date&order=asc&limit=500")).items.map((c) => c.sale.date);
    expect(byDate).toEqual([...byDate].sort());
    const [first, second] = [await list("?limit=2"), await list("?limit=2&offset=2")];
    expect(first.items.map((c) => c.id)).toEqual(all.slice(0, 2).map((c) => c.id));
    expect(second.items.map((c) => c.id)).toEqual(all.slice(2, 4).map((c) => c.id));
    expect(second.total).toBe(all.length);
  });

  test("bad filters are a 400 naming the field", async () => {
    for (const [query, field] of [["?arrondissement=21", "arrondissement"], ["?from=2020-13", "from"], ["?status=lost", "status"], ["?minScore=2", "minScore"], ["?from=2020-05-01&to=2020-04-01", "to"]]) {
      const res = await call(`/api/v1/sales/cases${query}`, { role: "tax-agent" });
      expect(res.status, query).toBe(400);
      expect((await res.json<ErrorBody>()).error.fields?.map((f) => f.field)).toContain(`query.${field}`);
    }
  });
});

describe("a case and its evidence", () => {
  test("expected price explained by factors that add up, comparables cited, the area's prices", async () => {
    const target = all.find((c) => c.rule === "price_below_expected")!;
    const res = await call(`/api/v1/sales/cases/${target.id}`, { role: "tax-agent" });
    expect(res.status).toBe(200);
    const body = await res.json<{
      case: CaseSummary;
      notice: { fr: string; en: string };
      mention: { fr: string };
      model: { id: string; version: string };
      evidence: {
        expectedPrice: number;
        referencePrice: number;
        factors: { factor: string; euros: number; percent: number }[];
        comparables: { date: string; price: number; surface: number; pricePerM2: number; meters: number; dissimilarity: number }[];
        signals: { kind: string }[];
        distribution: { count: number; bins: { count: number }[]; quartiles: number[]; salePricePerM2: number; salePercentile: number; from: string; to: string };
      };
    }>();
    const { evidence } = body;
    expect(body.notice.fr).toContain("jamais une accusation");
    expect(body.mention.fr).toContain("L311-3-1");
    expect(body.model).toEqual({ id: "sale-price", version: "1.0.0" });
    expect(evidence.expectedPrice).toBeCloseTo(target.sale.expectedPrice!, 6);
    expect(evidence.factors.map((f) => f.factor).sort()).toEqual(["date", "location", "lots", "size"]);
    const euros = evidence.factors.reduce((s, f) => s + f.euros, 0);
    expect(evidence.referencePrice + euros).toBeCloseTo(evidence.expectedPrice, 0);
    expect(evidence.signals.map((s) => s.kind)).toContain("price_below_expected");
    expect(evidence.comparables.length).toBeGreaterThan(0);
    expect(evidence.comparables.length).toBeLessThanOrEqual(5);
    evidence.comparables.forEach((c, i) => {
      expect(c.date <= target.sale.date).toBe(true);
      expect(c.meters).toBeLessThanOrEqual(1000);
      expect(c.pricePerM2).toBeCloseTo(c.price / c.surface, 6);
      if (i) expect(c.dissimilarity).toBeGreaterThanOrEqual(evidence.comparables[i - 1].dissimilarity);
    });
    const area = evidence.distribution;
    expect(area.count).toBe(await count("SELECT count(*) AS n FROM sales WHERE arrondissement = 14 AND in_scope = 1 AND date BETWEEN ?1 AND ?2 AND id <> ?3", area.from, area.to, target.sale.id));
    expect(area.bins.reduce((s, b) => s + b.count, 0)).toBe(area.count);
    expect(area.quartiles[0]).toBeLessThanOrEqual(area.quartiles[2]);
    expect(area.salePricePerM2).toBeLessThan(area.quartiles[0]);
  });

  test("an unknown case is a 404", async () => {
    expect((await call("/api/v1/sales/cases/pb-none", { role: "tax-agent" })).status).toBe(404);
  });
});

describe("decisions", () => {
  test("a note is mandatory, the decision must be dismiss or refer, the case must exist", async () => {
    const id = priced[0].id;
    for (const [json, field] of [[{ decision: "refer" }, "note"], [{ decision: "refer", note: "   " }, "note"], [{ decision: "close", note: "x" }, "decision"]] as const) {
      const res = await decide(id, json);
      expect(res.status).toBe(400);
      expect((await res.json<ErrorBody>()).error.fields?.map((f) => f.field)).toContain(field);
    }
    expect((await decide("pb-none", { decision: "refer", note: "x" })).status).toBe(404);
    expect(await count("SELECT count(*) AS n FROM sales_cases WHERE status <> 'open'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'sales.case-decision'")).toBe(0);
  });

  test("refer and dismiss, once each, audited with a hash of the note and never the note", async () => {
    const note = 'Prix 4 fois sous les comparables, "vente entre proches ?" =à vérifier';
    const referred = await decide(priced[0].id, { decision: "refer", note });
    expect(referred.status).toBe(200);
    expect(await referred.json<CaseSummary>()).toMatchObject({ status: "referred", decision: { decision: "refer", decidedBy: "test.tax-agent", note } });
    expect((await decide(priced[1].id, { decision: "dismiss", note: "Vente en viager (acte consulté)." })).status).toBe(200);
    const again = await decide(priced[0].id, { decision: "dismiss", note: "changed my mind" });
    expect(again.status).toBe(409);
    expect((await again.json<ErrorBody>()).error.code).toBe("conflict");
    const { results } = await env.DB.prepare("SELECT actor, role, input_hash, output FROM audit_log WHERE action = 'sales.case-decision' ORDER BY seq").all<{ actor: string; role: string; input_hash: string; output: string }>();
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ actor: "test.tax-agent", role: "tax-agent" });
    expect(results[0].input_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(results.map((r) => r.output).join()).not.toContain("comparables");
    expect((await list()).total).toBe(all.length - 2);
    expect((await list("?status=referred")).items.map((c) => c.id)).toEqual([priced[0].id]);
  });

  test("referred cases export as CSV, cells escaped and formulas neutralised; the export is audited", async () => {
    const res = await call("/api/v1/sales/exports/referred-cases.csv", { role: "tax-agent" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    const csv = await res.text();
    const rows = csv.trimEnd().split("\r\n");
    expect(rows[0]).toBe("case_id,rule,score,sale_id,sale_date,arrondissement,address,declared_price_eur,expected_price_eur,declared_over_expected,decided_by,decided_at,note");
    expect(rows).toHaveLength(2);
    expect(rows[1].startsWith(`${priced[0].id},${priced[0].rule},`)).toBe(true);
    expect(rows[1]).toContain(`"Prix 4 fois sous les comparables, ""vente entre proches ?"" =à vérifier"`);
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'sales.cases-export'")).toBe(1);
    const none = await call("/api/v1/sales/exports/referred-cases.csv?arrondissement=3", { role: "tax-agent" });
    expect((await none.text()).trimEnd().split("\r\n")).toHaveLength(1);
  });
});

test("the CRPA explanation of a case: data, TreeSHAP weight of each parameter, operations, the decision", async () => {
  const res = await call(`/api/v1/explanations/sales-case/${priced[0].id}`, { role: "tax-agent" });
  expect(res.status).toBe(200);
  const explanation = await res.json<{
    kind: string;
    mention: { fr: string };
    parameters: { name: string; weight: number }[];
    operations: { fr: string }[];
    humanDecision: { decision: string; note: string | null } | null;
    result: { value: number };
  }>();
  expect(explanation.kind).toBe("sales-case");
  expect(explanation.mention.fr).toContain("L311-3-1");
  expect(explanation.parameters).toHaveLength(21);
  expect(explanation.operations.some((o) => o.fr.startsWith("Règle"))).toBe(true);
  expect(explanation.humanDecision).toMatchObject({ decision: "refer", note: null });
  expect(explanation.result.value).toBe(priced[0].score);
  expect(bilingualProblems(explanation), "every text in French and English").toEqual([]);
  expect((await call(`/api/v1/explanations/sales-case/${priced[0].id}`, { role: "heat-agent" })).status).toBe(403);
  expect((await call("/api/v1/explanations/sales-case/pb-none", { role: "tax-agent" })).status).toBe(404);
});
