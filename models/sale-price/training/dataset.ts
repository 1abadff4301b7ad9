// The periods and populations of the expected-price model, and the cleaning of training sales.
// Scope: Paris apartment sales (`Vente`, dwelling type Appartement). Training and tuning use 2023–2024
// only (tuning validates on the last months of 2024); evaluation takes every 2025-H1 sale whole.
//
// Cleaning (training only). The Paris extract keeps one row per sale, so a sale of several dwellings
// carries the whole price but the first dwelling's surface, and its price per m² comes out too high
// (SOURCES.md). The model prices the Carrez surface of the row's lots when it is given (`modelSurface`
// in features.ts): where those lots hold several dwellings their Carrez total covers them, which corrects
// the flaw for every sale, in training and later. Of the 55,554 training sales, 39,300 give a Carrez
// surface and 2,951 a Carrez total more than 20 % above the dwelling's built surface. Pricing the Carrez
// surface brought the validation MdAPE from about 11.5 % to 11.25 %. Cleaning then removes from training:
//  - `no_coownership_lot`: a dwelling sold with no co-ownership lot, i.e. a whole building (all its
//    dwellings) for the price of the sale, with one dwelling's surface and no Carrez to correct it;
//  - `price_off_local_level`: a price per m² more than `outlierFactor` times above or below the smoothed
//    level of the sale's cadastral section for its surface band (levels from the same sales): prices no
//    comparison can use, whatever their cause (several dwellings without Carrez, non-market transfers,
//    data errors).
// On the validation windows of tune.ts these two rules move the MdAPE by less than the noise (11.44 % with
// them, 11.46 % without; factor 2 gives 11.40 %): they are kept because they keep prices that are not one
// dwelling's market price out of the model and out of the price levels of the feature context. Dropping
// the sales whose Carrez total exceeds the built surface, tried too, did no better once Carrez is priced.

import { logPricePerM2, modelSurface, saleFeatures, SALE_FEATURE_NAMES, surfaceOffset } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { DEFAULT_CONTEXT_OPTIONS, fitFeatureContext } from "./feature-context.ts";

export const PERIODS = {
  training: { from: "2023-01-01", to: "2024-12-31" },
  /** Tuning split inside the training period: fit before `from`, validate from `from`. */
  validation: { from: "2024-09-01", to: "2024-12-31" },
  evaluation: { from: "2025-01-01", to: "2025-06-30" },
} as const;

export type CleaningRule = "no_coownership_lot" | "price_off_local_level";

export interface CleaningOptions {
  rules: readonly CleaningRule[];
  /** Factor on the price per m² beyond which a price is off its section's level. */
  outlierFactor: number;
}

export const DEFAULT_CLEANING: CleaningOptions = { rules: ["no_coownership_lot", "price_off_local_level"], outlierFactor: 2.5 };

/** Apartment sales in the model's scope (nature Vente, dwelling type Appartement, priced surface). */
export function isApartmentSale(sale: Sale): boolean {
  return sale.nature === "Vente" && sale.dwellingType === "Appartement" && modelSurface(sale) !== null;
}

export function inPeriod(sale: Sale, period: { from: string; to: string }): boolean {
  return sale.date >= period.from && sale.date <= period.to;
}

export interface CleaningReport {
  kept: Sale[];
  removed: Record<CleaningRule, number>;
}

/** Applies the cleaning rules in order; each removed sale is counted under the first rule it meets. */
export function cleanTrainingSales(sales: Sale[], options: CleaningOptions = DEFAULT_CLEANING): CleaningReport {
  const removed: Record<CleaningRule, number> = { no_coownership_lot: 0, price_off_local_level: 0 };
  const structural = sales.filter((sale) => {
    const whole = options.rules.includes("no_coownership_lot") && sale.firstDwelling?.lotCount === 0;
    if (whole) removed.no_coownership_lot++;
    return !whole;
  });
  if (!options.rules.includes("price_off_local_level")) return { kept: structural, removed };
  const context = fitFeatureContext(structural, DEFAULT_CONTEXT_OPTIONS);
  const section = SALE_FEATURE_NAMES.indexOf("sectionLevel");
  const limit = Math.log(options.outlierFactor);
  const kept = structural.filter((sale) => {
    const localLevel = saleFeatures(sale, context)[section] + surfaceOffset(context, modelSurface(sale));
    const gap = Math.abs((logPricePerM2(sale) as number) - localLevel);
    if (gap > limit) removed.price_off_local_level++;
    return gap <= limit;
  });
  return { kept, removed };
}
