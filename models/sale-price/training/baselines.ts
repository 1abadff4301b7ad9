// Reference estimates the model must beat: the median price per m² of the sale's arrondissement over the
// training sales (all of them, uncleaned), times the dwelling's built surface. On 2025-H1 it gives an
// MdAPE of 15.1 % (the anchor of the brief; evaluate.ts reproduces it).

import { median } from "../../lib/metrics.ts";
import { builtSurface } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";

export function arrondissementMedianPricePerM2(training: Sale[]): Map<number | null, number> {
  const byArrondissement = new Map<number | null, number[]>();
  for (const sale of training) {
    const surface = builtSurface(sale);
    if (surface === null) continue;
    const prices = byArrondissement.get(sale.arrondissement) ?? [];
    prices.push(sale.price / surface);
    byArrondissement.set(sale.arrondissement, prices);
  }
  return new Map([...byArrondissement].map(([key, prices]) => [key, median(prices)]));
}

/** Expected prices by the arrondissement median; NaN where the arrondissement or the surface is unknown. */
export function arrondissementBaseline(training: Sale[], sales: Sale[]): number[] {
  const medians = arrondissementMedianPricePerM2(training);
  return sales.map((s) => (medians.get(s.arrondissement) ?? Number.NaN) * (builtSurface(s) ?? Number.NaN));
}
