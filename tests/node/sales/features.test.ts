// Shared features of the expected-price model: fixed order, determinism, JSON context, level fallbacks and
// shrinkage, out-of-fold levels, priced surface and inverse transform.

import { describe, expect, test } from "vitest";
import {
  builtSurface, expectedPriceFromOutput, logPricePerM2, modelSurface, SALE_FEATURE_NAMES, saleFeatures,
} from "../../../models/sale-price/features.ts";
import type { SaleFeatureName } from "../../../models/sale-price/features.ts";
import { parseGeoDvf } from "../../../domain/sales/geodvf.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { monthsBetween } from "../../../domain/time/days.ts";
import { DEFAULT_CONTEXT_OPTIONS, fitFeatureContext, trainingFeatures } from "../../../models/sale-price/training/feature-context.ts";
import { PARIS_14_2020H1, dvfText } from "./fixtures.ts";

const sales = parseGeoDvf(dvfText(PARIS_14_2020H1)).sales.filter((s) => s.nature === "Vente" && s.dwellingType === "Appartement");
const options = { ...DEFAULT_CONTEXT_OPTIONS, timeOrigin: "2020-01-01" };
const context = fitFeatureContext(sales, options);
const at = (name: SaleFeatureName) => SALE_FEATURE_NAMES.indexOf(name);

describe("feature vector", () => {
  test("has the named length and order, and is the same on every call and after a JSON round trip", () => {
    const sale = sales[10];
    const v = saleFeatures(sale, context);
    expect(v).toBeInstanceOf(Float32Array);
    expect(v.length).toBe(SALE_FEATURE_NAMES.length);
    expect(new Set(SALE_FEATURE_NAMES).size).toBe(SALE_FEATURE_NAMES.length);
    expect(v[at("surface")]).toBe(Math.fround(builtSurface(sale) as number));
    expect(v[at("arrondissement")]).toBe(14);
    expect(v[at("monthsSinceOrigin")]).toBeCloseTo(monthsBetween("2020-01-01", sale.date), 5);
    expect(saleFeatures(sale, context)).toEqual(v);
    const shipped = JSON.parse(JSON.stringify(context));
    for (const s of sales) expect(saleFeatures(s, shipped)).toEqual(saleFeatures(s, context));
    expect(fitFeatureContext(sales, options)).toEqual(context);
  });

  test("unknown values are NaN, unknown places fall back to their parent level with no sales", () => {
    const sale = sales[0];
    const nowhere: Sale = { ...sale, section: "75114000ZZ", longitude: null, latitude: null };
    const v = saleFeatures(nowhere, context);
    expect(v[at("sectionSales")]).toBe(0);
    expect(v[at("sectionLevel")]).toBe(v[at("arrondissementLevel")]);
    expect(Number.isNaN(v[at("eastMeters")])).toBe(true);
    expect(Number.isNaN(v[at("cell100Level")])).toBe(true);
  });

  test("a section level is its mean shrunk towards the arrondissement by `smoothing` pseudo-sales", () => {
    const sale = sales.find((s) => (context.sections[s.section]?.[1] ?? 0) >= 3) as Sale;
    const [mean, n] = context.sections[sale.section];
    const parent = saleFeatures(sale, context)[at("arrondissementLevel")];
    const expected = (n * mean + context.smoothing * parent) / (n + context.smoothing);
    expect(saleFeatures(sale, context)[at("sectionLevel")]).toBeCloseTo(expected, 5);
    const looser = saleFeatures(sale, { ...context, smoothing: 1000 })[at("sectionLevel")];
    expect(Math.abs(looser - parent)).toBeLessThan(Math.abs(expected - parent));
  });
});

describe("out-of-fold training features", () => {
  test("are deterministic for a seed and differ with the seed", () => {
    const a = trainingFeatures(sales, options, 5, 3);
    const b = trainingFeatures(sales, options, 5, 3);
    const c = trainingFeatures(sales, options, 5, 4);
    expect(a.rows).toEqual(b.rows);
    expect(a.context).toEqual(context);
    expect(c.rows).not.toEqual(a.rows);
  });

  test("a sale's own price does not reach its levels", () => {
    const i = 25;
    const changed = sales.map((s, k) => (k === i ? { ...s, price: s.price * 3 } : s));
    const before = trainingFeatures(sales, options, 5, 3).rows[i];
    const after = trainingFeatures(changed, options, 5, 3).rows[i];
    expect(after).toEqual(before);
  });
});

describe("priced surface and inverse transform", () => {
  test("the Carrez surface of the first dwelling's lots is priced when given, the built surface otherwise", () => {
    const withCarrez = sales.find((s) => s.firstDwelling?.carrezSurface != null) as Sale;
    const withoutCarrez = sales.find((s) => s.firstDwelling?.carrezSurface == null) as Sale;
    expect(modelSurface(withCarrez)).toBe(withCarrez.firstDwelling?.carrezSurface);
    expect(modelSurface(withoutCarrez)).toBe(withoutCarrez.firstDwelling?.surface);
  });

  test("the expected price of the model output log(price per m²) is the declared price", () => {
    for (const sale of sales.slice(0, 50)) {
      expect(expectedPriceFromOutput(logPricePerM2(sale) as number, sale)).toBeCloseTo(sale.price, 4);
    }
    const noSurface: Sale = { ...sales[0], firstDwelling: null };
    expect(expectedPriceFromOutput(9, noSurface)).toBeNull();
  });
});
