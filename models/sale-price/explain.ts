// Turns the TreeSHAP values of one expected price (log price per m² units) into what a reviewer reads:
// starting from a reference price (the model's average price per m² times this sale's priced surface),
// each factor (location, size and layout, lots and Carrez surface, date) moves the price by a percentage;
// the euro amounts share the gap between reference and expected price in proportion to the factors' log
// effects, so they add up exactly. Shared code.

import { modelSurface, SALE_FEATURE_NAMES } from "./features.ts";
import type { SaleFeatureName } from "./features.ts";
import type { Sale } from "../../domain/sales/sale.ts";

export type PriceFactor = "location" | "size" | "lots" | "date";

export const PRICE_FACTORS: Record<PriceFactor, { label: string; features: SaleFeatureName[] }> = {
  location: {
    label: "Location (price level of the street block, section and arrondissement)",
    features: [
      "eastMeters", "northMeters", "diagonalMeters", "antiDiagonalMeters", "arrondissement", "arrondissementLevel",
      "sectionLevel", "sectionSales", "cell100Level", "cell100Sales", "cell200Level", "cell200Sales", "cell400Level", "cell400Sales",
    ],
  },
  size: { label: "Size and layout (surface, rooms)", features: ["surface", "rooms", "surfacePerRoom"] },
  lots: { label: "Lots sold and their Carrez surface", features: ["lotCount", "carrezSurface", "carrezRatio"] },
  date: { label: "Date of sale (market trend)", features: ["monthsSinceOrigin"] },
};

export interface FeatureEffect {
  feature: SaleFeatureName;
  /** The feature's value for this sale (NaN when unknown). */
  value: number;
  /** Multiplicative effect on the expected price, as a percentage (+12.5 means ×1.125). */
  percent: number;
}

export interface FactorEffect {
  factor: PriceFactor;
  label: string;
  percent: number;
  euros: number;
  features: FeatureEffect[];
}

export interface PriceExplanation {
  referencePrice: number;
  expectedPrice: number;
  /** Largest absolute effect first. */
  factors: FactorEffect[];
}

const percentOf = (logEffect: number) => 100 * (Math.exp(logEffect) - 1);

/**
 * Reviewer-readable explanation of an expected price from the SHAP values of its feature vector
 * (`expectedValue + Σ values` = model output). Null when the sale has no priced surface.
 */
export function explainExpectedPrice(
  sale: Sale,
  features: ArrayLike<number>,
  shap: { expectedValue: number; values: ArrayLike<number> },
): PriceExplanation | null {
  const surface = modelSurface(sale);
  if (surface === null) return null;
  if (shap.values.length !== SALE_FEATURE_NAMES.length) {
    throw new RangeError(`${shap.values.length} SHAP values for ${SALE_FEATURE_NAMES.length} features`);
  }
  const logTotal = Array.from(shap.values).reduce((s, v) => s + v, 0);
  const referencePrice = Math.exp(shap.expectedValue) * surface;
  const expectedPrice = Math.exp(shap.expectedValue + logTotal) * surface;
  const factors = (Object.keys(PRICE_FACTORS) as PriceFactor[]).map((factor): FactorEffect => {
    const { label, features: names } = PRICE_FACTORS[factor];
    const index = names.map((name) => SALE_FEATURE_NAMES.indexOf(name));
    const logEffect = index.reduce((s, i) => s + shap.values[i], 0);
    const euros = Math.abs(logTotal) > 1e-12 ? ((expectedPrice - referencePrice) * logEffect) / logTotal : referencePrice * logEffect;
    return {
      factor,
      label,
      percent: percentOf(logEffect),
      euros,
      features: index
        .map((i) => ({ feature: SALE_FEATURE_NAMES[i], value: features[i], percent: percentOf(shap.values[i]) }))
        .sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent)),
    };
  });
  factors.sort((a, b) => Math.abs(b.euros) - Math.abs(a.euros));
  return { referencePrice, expectedPrice, factors };
}
