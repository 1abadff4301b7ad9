// How many cases the triage rules open on a period: price cases (declared below the opening share of the
// expected price), quick-resale cases (the same lot sold within the window before, against every sale of the
// file), and sales with either, per 1,000 sales. Used by the registry card and printed by triage.ts.

import type { Sale } from "../../../domain/sales/sale.ts";
import { previousSaleOfLot, priceSignal, quickResaleSignal } from "../../../domain/sales/triage.ts";
import type { TriageThresholds } from "../../../domain/sales/triage.ts";

export interface CaseRates {
  sales: number;
  priceCasesPerThousand: number;
  resaleCasesPerThousand: number;
  anyCasePerThousand: number;
}

export function caseRates(sales: readonly Sale[], expected: readonly number[], history: readonly Sale[], thresholds: TriageThresholds): CaseRates {
  const byLot = new Map<string, Sale[]>();
  for (const sale of history) {
    const key = sale.firstDwelling?.lotKey;
    if (key) byLot.set(key, [...(byLot.get(key) ?? []), sale]);
  }
  let price = 0;
  let resale = 0;
  let any = 0;
  sales.forEach((sale, i) => {
    const key = sale.firstDwelling?.lotKey;
    const isPrice = priceSignal(sale, expected[i], thresholds) !== null;
    const isResale = key ? quickResaleSignal(sale, previousSaleOfLot(sale, byLot.get(key) ?? []), thresholds) !== null : false;
    if (isPrice) price++;
    if (isResale) resale++;
    if (isPrice || isResale) any++;
  });
  const perThousand = (n: number) => Math.round((10_000 * n) / sales.length) / 10;
  return { sales: sales.length, priceCasesPerThousand: perThousand(price), resaleCasesPerThousand: perThousand(resale), anyCasePerThousand: perThousand(any) };
}
