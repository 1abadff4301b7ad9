// The maps' routes after importing the 14th arrondissement's file (first half of 2020): a case's sale placed in
// its quartier with the price per m² of the quartier's sales (bounded by a plain point-in-ring count done here
// over the same rows), the list's cases counted by quartier under the list's filters, the comparables' positions
// (consistent with their stated distance), and bad input, unknown cases and other roles refused.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, test } from "vitest";
import type { CaseDetail, CaseQuartier, QuartierCases } from "../../../domain/contracts/sales";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { PARIS_AREAS } from "../../../domain/geo/paris-areas";
import { inRing } from "../../../domain/geo/polygons";
import { quantile } from "../../../models/lib/metrics";
import { call } from "../helpers";
import { importText, PARIS_14 } from "./fixtures";

const QUARTIERS_OF_14 = PARIS_AREAS.quartiers.filter((q) => q.arrondissement === 14);

const byQuartier = async (query = "") => {
  const res = await call(`/api/v1/sales/quartiers/cases${query}`, { role: "tax-agent" });
  expect(res.status, query).toBe(200);
  return res.json<QuartierCases>();
};
const listTotal = async (query = "") => (await (await call(`/api/v1/sales/cases${query}`, { role: "tax-agent" })).json<{ total: number }>()).total;

let caseId = "";

beforeAll(async () => {
  await importText(PARIS_14, "75114.csv");
  const row = await env.DB.prepare("SELECT id FROM sales_cases WHERE rule = 'price_below_expected' ORDER BY score DESC, id LIMIT 1").first<{ id: string }>();
  caseId = row!.id;
}, 60_000);

describe("GET /sales/cases/{id}/quartier", () => {
  test("places the sale in a quartier of the 14th and gives the quartier's price per m² with its number of sales", async () => {
    const res = await call(`/api/v1/sales/cases/${caseId}/quartier`, { role: "tax-agent" });
    expect(res.status).toBe(200);
    const body = await res.json<CaseQuartier>();
    const sale = await env.DB.prepare("SELECT s.id, s.longitude, s.latitude, s.price_per_m2 FROM sales_cases c JOIN sales s ON s.id = c.sale_id WHERE c.id = ?1").bind(caseId).first<{ id: string; longitude: number; latitude: number; price_per_m2: number }>();
    expect(body.sale).toEqual({ id: sale!.id, longitude: sale!.longitude, latitude: sale!.latitude, pricePerM2: sale!.price_per_m2 });
    const q = body.quartier!;
    expect(q.quartier.arrondissement).toBe(14);
    const ring = QUARTIERS_OF_14.find((x) => x.code === q.quartier.code)!.ring;
    expect(inRing([sale!.longitude, sale!.latitude], ring)).toBe(true);

    const { results } = await env.DB.prepare("SELECT longitude, latitude, price_per_m2 AS p FROM sales WHERE in_scope = 1 AND latitude IS NOT NULL AND date BETWEEN ?1 AND ?2 AND id <> ?3")
      .bind(q.from, q.to, sale!.id)
      .all<{ longitude: number; latitude: number; p: number }>();
    const inside = results.filter((r) => inRing([r.longitude, r.latitude], ring));
    const inNoQuartier = results.filter((r) => !QUARTIERS_OF_14.some((x) => inRing([r.longitude, r.latitude], x.ring)));
    expect(inside.length).toBeGreaterThan(20);
    expect(q.count).toBeGreaterThanOrEqual(inside.length);
    expect(q.count).toBeLessThanOrEqual(inside.length + inNoQuartier.length);
    if (q.count === inside.length) expect(q.median).toBeCloseTo(quantile(inside.map((r) => r.p), 0.5), 6);
    expect(q.quartiles![0]).toBeLessThanOrEqual(q.median!);
    expect(q.median!).toBeLessThanOrEqual(q.quartiles![2]);
  });

  test("the case's comparables carry positions that agree with their stated distance", async () => {
    const detail = await (await call(`/api/v1/sales/cases/${caseId}`, { role: "tax-agent" })).json<CaseDetail>();
    const place = await (await call(`/api/v1/sales/cases/${caseId}/quartier`, { role: "tax-agent" })).json<CaseQuartier>();
    expect(detail.evidence.comparables.length).toBeGreaterThan(0);
    const rad = Math.PI / 180;
    for (const c of detail.evidence.comparables) {
      const north = (c.latitude - place.sale.latitude!) * 111_195;
      const east = (c.longitude - place.sale.longitude!) * 111_195 * Math.cos(place.sale.latitude! * rad);
      expect(Math.abs(Math.hypot(east, north) - c.meters)).toBeLessThan(Math.max(2, 0.01 * c.meters));
    }
  });

  test("an unknown case is a 404, another role a 403, no token a 401", async () => {
    expect((await call("/api/v1/sales/cases/pb-none/quartier", { role: "tax-agent" })).status).toBe(404);
    expect((await call(`/api/v1/sales/cases/${caseId}/quartier`, { role: "ops" })).status).toBe(403);
    expect((await call(`/api/v1/sales/cases/${caseId}/quartier`)).status).toBe(401);
  });
});

describe("GET /sales/quartiers/cases", () => {
  test("counts the list's cases in the 80 quartiers, all of them in the 14th's four", async () => {
    const body = await byQuartier();
    expect(body.quartiers.map((q) => q.quartier.code)).toEqual(PARIS_AREAS.quartiers.map((q) => q.code));
    expect(body.total).toBe(await listTotal());
    expect(body.total).toBeGreaterThanOrEqual(4);
    expect(body.quartiers.reduce((s, q) => s + q.cases, 0) + body.unplaced).toBe(body.total);
    for (const q of body.quartiers) if (q.quartier.arrondissement !== 14) expect(q.cases, q.quartier.name).toBe(0);
    expect(body.quartiers.filter((q) => q.cases > 0).length).toBeGreaterThanOrEqual(2);
  });

  test("follows the list's filters", async () => {
    for (const query of ["?arrondissement=15", "?arrondissement=14", "?rule=quick_resale", "?minScore=0.85", "?from=2020-03-01&to=2020-03-31", "?status=all"]) {
      expect((await byQuartier(query)).total, query).toBe(await listTotal(query));
    }
    expect((await byQuartier("?arrondissement=15")).quartiers.every((q) => q.cases === 0)).toBe(true);
  });

  test("bad filters are a 400 naming the field; other roles are refused", async () => {
    for (const [query, field] of [["?arrondissement=21", "arrondissement"], ["?status=lost", "status"], ["?from=2020-05-01&to=2020-04-01", "to"]]) {
      const res = await call(`/api/v1/sales/quartiers/cases${query}`, { role: "tax-agent" });
      expect(res.status, query).toBe(400);
      expect((await res.json<ErrorBody>()).error.fields?.map((f) => f.field)).toContain(`query.${field}`);
    }
    expect((await call("/api/v1/sales/quartiers/cases", { role: "heat-agent" })).status).toBe(403);
  });
});
