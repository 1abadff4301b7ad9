// Review signals for one sale, for tax agents to look at — signals for humans, never accusations: only the
// tax administration may correct a declared price (Livre des procédures fiscales, article L17), by
// comparison with similar sales. Thresholds come from `training/triage.ts` (calibrated on the validation
// period); rules and figures are in TRIAGE.md. Shared code.

import { modelSurface } from "./features.ts";
import type { Comparable } from "./comparables.ts";
import type { Sale } from "./sale.ts";

export interface TriageThresholds {
  /** A case opens when declared price < this share of the expected price. */
  openBelowShareOfExpected: number;
  /** Share of ordinary validation sales whose declared / expected ratio fell below that threshold. */
  validationShareBelow: number;
  /** A resale of the same lot within this many months is shown, when its price ratio is outside the band. */
  quickResaleMonths: number;
  quickResaleRatio: number;
  /** Comparables needed before "below every comparable" is said. */
  minComparables: number;
}

export type ScopeIssue = "not_an_apartment_sale" | "no_priced_surface" | "whole_building" | "several_dwellings";

export type TriageSignal =
  | { kind: "price_below_expected"; declared: number; expected: number; ratio: number; threshold: number }
  | { kind: "below_every_comparable"; declaredPerM2: number; lowestComparablePerM2: number; comparables: number }
  | { kind: "quick_resale"; previousId: string; previousDate: string; previousPrice: number; months: number; ratio: number };

export interface TriageResult {
  /** True when the expected-price signal holds: the sale deserves a reviewer's look. */
  opensCase: boolean;
  /** Why the price model does not apply (no price signal is then given); empty when in scope. */
  scopeIssues: ScopeIssue[];
  signals: TriageSignal[];
}

/** Reasons why the expected-price model does not speak for this sale. */
export function scopeIssues(sale: Sale): ScopeIssue[] {
  const issues: ScopeIssue[] = [];
  if (sale.nature !== "Vente" || sale.dwellingType !== "Appartement") issues.push("not_an_apartment_sale");
  if (modelSurface(sale) === null) issues.push("no_priced_surface");
  if (sale.firstDwelling?.lotCount === 0) issues.push("whole_building");
  if (sale.dwellings > 1) issues.push("several_dwellings");
  return issues;
}

/** An earlier sale of the same lot (same parcel, same first lot number), if any. */
export function previousSaleOfLot(sale: Sale, history: readonly Sale[]): Sale | null {
  const key = sale.firstDwelling?.lotKey;
  if (!key) return null;
  let previous: Sale | null = null;
  for (const other of history) {
    if (other.id === sale.id || other.firstDwelling?.lotKey !== key || other.date > sale.date) continue;
    if (previous === null || other.date > previous.date) previous = other;
  }
  return previous;
}

const MONTH_MS = (365.25 / 12) * 86_400_000;

export function triageSale(
  sale: Sale,
  expectedPrice: number | null,
  comparables: readonly Comparable[],
  previousSale: Sale | null,
  thresholds: TriageThresholds,
): TriageResult {
  const signals: TriageSignal[] = [];
  const issues = scopeIssues(sale);
  let opensCase = false;
  if (issues.length === 0 && expectedPrice !== null) {
    const ratio = sale.price / expectedPrice;
    if (ratio < thresholds.openBelowShareOfExpected) {
      opensCase = true;
      signals.push({ kind: "price_below_expected", declared: sale.price, expected: expectedPrice, ratio, threshold: thresholds.openBelowShareOfExpected });
    }
  }
  const surface = modelSurface(sale);
  if (surface !== null && comparables.length >= thresholds.minComparables) {
    const lowest = Math.min(...comparables.map((c) => c.pricePerM2));
    const declaredPerM2 = sale.price / surface;
    if (declaredPerM2 < lowest) {
      signals.push({ kind: "below_every_comparable", declaredPerM2, lowestComparablePerM2: lowest, comparables: comparables.length });
    }
  }
  if (previousSale !== null) {
    const months = (Date.parse(sale.date) - Date.parse(previousSale.date)) / MONTH_MS;
    const ratio = sale.price / previousSale.price;
    const band = thresholds.quickResaleRatio;
    if (months <= thresholds.quickResaleMonths && (ratio > band || ratio < 1 / band)) {
      signals.push({ kind: "quick_resale", previousId: previousSale.id, previousDate: previousSale.date, previousPrice: previousSale.price, months, ratio });
    }
  }
  return { opensCase, scopeIssues: issues, signals };
}
