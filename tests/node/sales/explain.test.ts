// Reviewer-readable explanations from TreeSHAP values: every feature in one factor, euro effects adding up
// to the gap between reference and expected price, percentages as multiplicative effects.

import { expect, test } from "vitest";
import { fitGbdt } from "../../../models/lib/gbdt.ts";
import { predictGbdtRaw } from "../../../models/lib/gbdt-model.ts";
import { matrixFromRows } from "../../../models/lib/matrix.ts";
import { shapValues } from "../../../models/lib/shap.ts";
import { explainExpectedPrice, PRICE_FACTORS } from "../../../models/sale-price/explain.ts";
import { expectedPriceFromOutput, logPricePerM2, SALE_FEATURE_NAMES, saleFeatures } from "../../../models/sale-price/features.ts";
import { parseGeoDvf } from "../../../domain/sales/geodvf.ts";
import { DEFAULT_CONTEXT_OPTIONS, trainingFeatures } from "../../../models/sale-price/training/feature-context.ts";
import { PARIS_14_2020H1, dvfText } from "./fixtures.ts";

const sales = parseGeoDvf(dvfText(PARIS_14_2020H1)).sales.filter((s) => s.nature === "Vente" && s.dwellingType === "Appartement");
const { rows, context } = trainingFeatures(sales, { ...DEFAULT_CONTEXT_OPTIONS, timeOrigin: "2020-01-01" }, 5, 1);
const x = matrixFromRows(rows.map((r) => Array.from(r)), SALE_FEATURE_NAMES);
const model = fitGbdt(x, sales.map((s) => logPricePerM2(s) as number), { nTrees: 40, maxLeaves: 8, minSamplesLeaf: 10 });

test("every feature belongs to exactly one factor", () => {
  const listed = Object.values(PRICE_FACTORS).flatMap((f) => f.features);
  expect([...listed].sort()).toEqual([...SALE_FEATURE_NAMES].sort());
});

test("factors add up from the reference price to the model's expected price", () => {
  for (const sale of sales.slice(0, 30)) {
    const features = saleFeatures(sale, context);
    const shap = shapValues(model, features);
    const explanation = explainExpectedPrice(sale, features, shap);
    if (explanation === null) throw new Error("sale without priced surface");
    const output = predictGbdtRaw(model, matrixFromRows([Array.from(features)], SALE_FEATURE_NAMES))[0];
    expect(explanation.expectedPrice).toBeCloseTo(expectedPriceFromOutput(output, sale) as number, 0);
    const euros = explanation.factors.reduce((s, f) => s + f.euros, 0);
    expect(explanation.referencePrice + euros).toBeCloseTo(explanation.expectedPrice, 4);
    const product = explanation.factors.reduce((p, f) => p * (1 + f.percent / 100), 1);
    expect(explanation.referencePrice * product).toBeCloseTo(explanation.expectedPrice, 4);
    const magnitudes = explanation.factors.map((f) => Math.abs(f.euros));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    for (const factor of explanation.factors) expect(Math.sign(factor.euros)).toBe(Math.sign(factor.percent));
  }
});

test("a sale without priced surface has no explanation; a wrong vector length is refused", () => {
  const sale = sales[0];
  const features = saleFeatures(sale, context);
  const shap = shapValues(model, features);
  expect(explainExpectedPrice({ ...sale, firstDwelling: null }, features, shap)).toBeNull();
  expect(() => explainExpectedPrice(sale, features, { ...shap, values: shap.values.subarray(1) })).toThrow(RangeError);
});
