// Review signals for one sale, for tax agents to look at — signals for humans, never accusations: only the
// tax administration may correct a declared price (Livre des procédures fiscales, article L17), by
// comparison with similar sales. Two rules open a case (a declared price far below the expected price, and
// a quick resale of the same lot at a very different price); "below every comparable" corroborates. Rules
// and figures are in TRIAGE.md; the default thresholds below are the ones calibrated there. The signals' schemas
// also document them in the API. Shared code.

import { z } from "zod";
import { modelSurface } from "../../models/sale-price/features.ts";
import { monthsBetween } from "../time/days.ts";
import type { Comparable } from "./comparables.ts";
import type { Sale } from "./sale.ts";

export interface TriageThresholds {
  /** A case opens when declared price < this share of the expected price. */
  openBelowShareOfExpected: number;
  /** Share of ordinary validation sales whose declared / expected ratio fell below that threshold. */
  validationShareBelow: number;
  /** A resale of the same lot within this many months opens a case, when its price ratio is outside the band. */
  quickResaleMonths: number;
  quickResaleRatio: number;
  /** Comparables needed before "below every comparable" is said. */
  minComparables: number;
}

/**
 * The thresholds in force unless an operator configures another opening share (TRIAGE.md, section 5):
 * 0.236 is the 1 % quantile of declared / expected price on the validation period for the registered model,
 * printed by `npx tsx models/sale-price/training/calibrate-triage.ts` (9.3 price cases per 1,000 sales on 2025-H1).
 */
export const DEFAULT_TRIAGE_THRESHOLDS: TriageThresholds = {
  openBelowShareOfExpected: 0.236,
  validationShareBelow: 0.01,
  quickResaleMonths: 24,
  quickResaleRatio: 1.5,
  minComparables: 3,
};

/** Why the expected-price model does not speak for a sale. */
export const SCOPE_ISSUES = ["outside_paris", "not_an_apartment_sale", "no_priced_surface", "whole_building", "several_dwellings"] as const;
export type ScopeIssue = (typeof SCOPE_ISSUES)[number];

/** The rules that open a case. */
export const CASE_RULES = ["price_below_expected", "quick_resale"] as const;
export type CaseRule = (typeof CASE_RULES)[number];

export const priceSignalSchema = z.object({
  kind: z.literal("price_below_expected"),
  declared: z.number(),
  expected: z.number(),
  ratio: z.number().meta({ description: "Declared over expected price" }),
  threshold: z.number().meta({ description: "The opening share of the expected price in force" }),
});
export const comparablesSignalSchema = z.object({
  kind: z.literal("below_every_comparable"),
  declaredPerM2: z.number(),
  lowestComparablePerM2: z.number(),
  comparables: z.number().int(),
});
export const resaleSignalSchema = z.object({
  kind: z.literal("quick_resale"),
  previousId: z.string(),
  previousDate: z.string(),
  previousPrice: z.number(),
  months: z.number(),
  ratio: z.number().meta({ description: "This price over the previous one" }),
});
export const triageSignalSchema = z.discriminatedUnion("kind", [priceSignalSchema, comparablesSignalSchema, resaleSignalSchema]);

export type PriceSignal = z.infer<typeof priceSignalSchema>;
export type ComparablesSignal = z.infer<typeof comparablesSignalSchema>;
export type ResaleSignal = z.infer<typeof resaleSignalSchema>;
export type TriageSignal = z.infer<typeof triageSignalSchema>;

export interface TriageResult {
  /** The rules whose signal holds: each opens a case for a reviewer. */
  cases: CaseRule[];
  /** Why the price model does not apply (no price signal is then given); empty when in scope. */
  scopeIssues: ScopeIssue[];
  signals: TriageSignal[];
}

/** Reasons why the expected-price model does not speak for this sale. */
export function scopeIssues(sale: Sale): ScopeIssue[] {
  const issues: ScopeIssue[] = [];
  if (sale.arrondissement === null) issues.push("outside_paris");
  if (sale.nature !== "Vente" || sale.dwellingType !== "Appartement") issues.push("not_an_apartment_sale");
  if (modelSurface(sale) === null) issues.push("no_priced_surface");
  if (sale.firstDwelling?.lotCount === 0) issues.push("whole_building");
  if (sale.dwellings > 1) issues.push("several_dwellings");
  return issues;
}

/**
 * The latest sale of the same lot (same parcel, same first lot number) on an earlier day, if any. A sale of
 * the same lot on the same day is not a previous sale: in DVF it is another part of the same transaction
 * (e.g. a parking space or a price supplement recorded as its own mutation), not a resale.
 */
export function previousSaleOfLot(sale: Sale, history: readonly Sale[]): Sale | null {
  const key = sale.firstDwelling?.lotKey;
  if (!key) return null;
  let previous: Sale | null = null;
  for (const other of history) {
    if (other.id === sale.id || other.firstDwelling?.lotKey !== key || other.date >= sale.date) continue;
    if (previous === null || other.date > previous.date) previous = other;
  }
  return previous;
}

/** Rule 1: in the model's scope, the declared price is below the opening share of the expected price. */
export function priceSignal(sale: Sale, expectedPrice: number | null, thresholds: TriageThresholds): PriceSignal | null {
  if (expectedPrice === null || scopeIssues(sale).length > 0) return null;
  const ratio = sale.price / expectedPrice;
  if (ratio >= thresholds.openBelowShareOfExpected) return null;
  return { kind: "price_below_expected", declared: sale.price, expected: expectedPrice, ratio, threshold: thresholds.openBelowShareOfExpected };
}

/** Corroboration: the declared price per m² is below that of every comparable (enough of them). */
export function comparablesSignal(sale: Sale, comparables: readonly Comparable[], thresholds: TriageThresholds): ComparablesSignal | null {
  const surface = modelSurface(sale);
  if (surface === null || comparables.length < thresholds.minComparables) return null;
  const lowest = Math.min(...comparables.map((c) => c.pricePerM2));
  const declaredPerM2 = sale.price / surface;
  return declaredPerM2 < lowest ? { kind: "below_every_comparable", declaredPerM2, lowestComparablePerM2: lowest, comparables: comparables.length } : null;
}

/** Rule 2: a Paris sale of a lot sold within the window before, at a price ratio outside the band. */
export function quickResaleSignal(sale: Sale, previousSale: Sale | null, thresholds: TriageThresholds): ResaleSignal | null {
  if (previousSale === null || sale.arrondissement === null) return null;
  const months = monthsBetween(previousSale.date, sale.date);
  const ratio = sale.price / previousSale.price;
  const band = thresholds.quickResaleRatio;
  if (months > thresholds.quickResaleMonths || (ratio <= band && ratio >= 1 / band)) return null;
  return { kind: "quick_resale", previousId: previousSale.id, previousDate: previousSale.date, previousPrice: previousSale.price, months, ratio };
}

/**
 * How strongly a case-opening signal departs from its reference, in [0, 1], for sorting cases: the share of
 * the reference price that is missing — of the expected price for rule 1, of the higher of the two prices
 * for a quick resale.
 */
export function caseScore(signal: PriceSignal | ResaleSignal): number {
  const ratio = signal.kind === "price_below_expected" ? signal.ratio : Math.min(signal.ratio, 1 / signal.ratio);
  return Math.min(1, Math.max(0, 1 - ratio));
}

export function triageSale(
  sale: Sale,
  expectedPrice: number | null,
  comparables: readonly Comparable[],
  previousSale: Sale | null,
  thresholds: TriageThresholds,
): TriageResult {
  const price = priceSignal(sale, expectedPrice, thresholds);
  const resale = quickResaleSignal(sale, previousSale, thresholds);
  const corroboration = comparablesSignal(sale, comparables, thresholds);
  const signals = [price, corroboration, resale].filter((s): s is TriageSignal => s !== null);
  const cases = [price, resale].filter((s): s is PriceSignal | ResaleSignal => s !== null).map((s) => s.kind);
  return { cases, scopeIssues: scopeIssues(sale), signals };
}
