// Triage rules: a price case opens only below the calibrated share of the expected price and in the model's
// scope; a quick resale of the same lot opens a case of its own; comparables corroborate; thresholds come
// from a quantile of validation ratios; a case's score is the share of its reference price that is missing.

import { describe, expect, test } from "vitest";
import { findComparables } from "../../../domain/sales/comparables.ts";
import { modelSurface } from "../../../models/sale-price/features.ts";
import { parseGeoDvf } from "../../../domain/sales/geodvf.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { calibrateTriage } from "../../../models/sale-price/training/calibrate-triage.ts";
import { caseScore, previousSaleOfLot, scopeIssues, triageSale } from "../../../domain/sales/triage.ts";
import type { TriageThresholds } from "../../../domain/sales/triage.ts";
import { PARIS_14_2020H1, dvfText } from "./fixtures.ts";

const sales = parseGeoDvf(dvfText(PARIS_14_2020H1)).sales;
const apartment = sales.find((s) => s.nature === "Vente" && s.dwellingType === "Appartement" && s.dwellings === 1 && (s.firstDwelling?.lotCount ?? 0) > 0) as Sale;
const thresholds: TriageThresholds = {
  openBelowShareOfExpected: 0.7,
  validationShareBelow: 0.01,
  quickResaleMonths: 24,
  quickResaleRatio: 1.5,
  minComparables: 3,
};

describe("price signal", () => {
  test("opens a case below the threshold share of the expected price, not at or above it", () => {
    expect(triageSale(apartment, apartment.price / 0.69, [], null, thresholds).cases).toEqual(["price_below_expected"]);
    expect(triageSale(apartment, apartment.price / 0.7, [], null, thresholds).cases).toEqual([]);
    const signal = triageSale(apartment, apartment.price * 2, [], null, thresholds).signals[0];
    expect(signal).toMatchObject({ kind: "price_below_expected", ratio: 0.5, threshold: 0.7 });
    expect(caseScore(signal as Parameters<typeof caseScore>[0])).toBeCloseTo(0.5, 12);
  });

  test("never opens a case out of the model's scope, and says why", () => {
    const exchange = { ...apartment, nature: "Echange" };
    const building: Sale = { ...apartment, firstDwelling: { ...(apartment.firstDwelling as NonNullable<Sale["firstDwelling"]>), lotCount: 0 } };
    const severalDwellings = sales.find((s) => s.dwellings > 1) as Sale;
    expect(scopeIssues(apartment)).toEqual([]);
    const elsewhere: Sale = { ...apartment, communeCode: "64260", departementCode: "64", arrondissement: null };
    expect(triageSale(exchange, apartment.price * 3, [], null, thresholds)).toMatchObject({ cases: [], scopeIssues: ["not_an_apartment_sale"] });
    expect(triageSale(building, apartment.price * 3, [], null, thresholds).scopeIssues).toEqual(["whole_building"]);
    expect(triageSale(elsewhere, apartment.price * 3, [], null, thresholds)).toMatchObject({ cases: [], scopeIssues: ["outside_paris"] });
    expect(scopeIssues(severalDwellings)).toContain("several_dwellings");
  });
});

describe("other signals", () => {
  test("below every comparable needs enough comparables and a lower price per m² than all of them", () => {
    const comparables = findComparables(apartment, sales.map((s) => ({ ...s, date: "2019-12-31" })), { k: 5 });
    expect(comparables.length).toBe(5);
    const lowest = Math.min(...comparables.map((c) => c.pricePerM2));
    const surface = modelSurface(apartment) as number;
    const cheap = { ...apartment, price: lowest * surface * 0.99 };
    const fair = { ...apartment, price: lowest * surface * 1.01 };
    expect(triageSale(cheap, null, comparables, null, thresholds).signals.map((s) => s.kind)).toEqual(["below_every_comparable"]);
    expect(triageSale(fair, null, comparables, null, thresholds).signals).toEqual([]);
    expect(triageSale(cheap, null, comparables.slice(0, 2), null, thresholds).signals).toEqual([]);
  });

  test("a Paris resale of the same lot within the window at a very different price opens a case", () => {
    const first = { ...apartment, id: "first", date: "2020-01-10", price: 200_000 };
    const resale = { ...apartment, id: "resale", date: "2021-01-10", price: 400_000 };
    const unrelated: Sale = { ...apartment, id: "other lot", firstDwelling: { ...(apartment.firstDwelling as NonNullable<Sale["firstDwelling"]>), lotKey: "x/1" } };
    expect(previousSaleOfLot(resale, [unrelated, first, resale])?.id).toBe("first");
    const signals = triageSale(resale, null, [], first, thresholds).signals;
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ kind: "quick_resale", previousId: "first", ratio: 2 });
    expect(triageSale(resale, null, [], first, thresholds).cases).toEqual(["quick_resale"]);
    expect(caseScore(signals[0] as Parameters<typeof caseScore>[0])).toBeCloseTo(0.5, 12);
    const fall = triageSale({ ...resale, price: 100_000 }, null, [], first, thresholds).signals[0];
    expect(caseScore(fall as Parameters<typeof caseScore>[0])).toBeCloseTo(0.5, 12);
    expect(triageSale({ ...resale, price: 250_000 }, null, [], first, thresholds).signals).toEqual([]);
    expect(triageSale({ ...resale, date: "2023-01-11" }, null, [], first, thresholds).signals).toEqual([]);
    expect(triageSale({ ...resale, arrondissement: null }, null, [], first, thresholds).cases).toEqual([]);
    const twin = { ...resale, id: "same day, same lot", price: 1_000 };
    expect(previousSaleOfLot(resale, [first, twin, resale])?.id).toBe("first");
    expect(previousSaleOfLot(first, [{ ...first, id: "twin of first" }, first])).toBeNull();
  });
});

test("the threshold is the chosen quantile of validation declared / expected ratios", () => {
  const ratios = Array.from({ length: 1000 }, (_, i) => 0.5 + i / 1000);
  const validation = ratios.map((r, i) => ({ ...apartment, id: String(i), price: r * 100_000 }));
  const expected = validation.map(() => 100_000);
  const calibrated = calibrateTriage(validation, expected, 0.02);
  expect(calibrated.openBelowShareOfExpected).toBeCloseTo(0.52, 2);
  expect(calibrated.validationShareBelow).toBeCloseTo(0.02, 2);
});
