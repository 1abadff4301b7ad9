// Quality figures of expected prices against declared prices: median absolute percentage error and
// shares within 10 % and 20 %, overall and by arrondissement, surface band and price band; and the
// distribution of declared / expected price ratios that the triage thresholds are calibrated on.

import { mdape, quantile, shareWithin } from "../../lib/metrics.ts";
import { modelSurface } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";

export interface PriceScore {
  sales: number;
  mdape: number;
  within10: number;
  within20: number;
}

export interface PriceMetrics extends PriceScore {
  byArrondissement: Record<string, PriceScore>;
  bySurfaceBand: Record<string, PriceScore>;
  byPriceBand: Record<string, PriceScore>;
}

/** Bands as [label, lower bound inclusive]; a value falls in the last band whose bound it reaches. */
const SURFACE_BANDS: [string, number][] = [["<20 m²", 0], ["20–35 m²", 20], ["35–60 m²", 35], ["60–100 m²", 60], ["≥100 m²", 100]];
const PRICE_BANDS: [string, number][] = [
  ["<200 k€", 0], ["200–400 k€", 200_000], ["400–700 k€", 400_000], ["700 k€–1.2 M€", 700_000], ["≥1.2 M€", 1_200_000],
];

function bandOf(bands: [string, number][], value: number): string {
  let label = bands[0][0];
  for (const [name, lower] of bands) if (value >= lower) label = name;
  return label;
}

export function priceScore(declared: number[], expected: number[]): PriceScore {
  return {
    sales: declared.length,
    mdape: mdape(declared, expected),
    within10: shareWithin(declared, expected, 0.1),
    within20: shareWithin(declared, expected, 0.2),
  };
}

function scoreBy(sales: Sale[], expected: number[], group: (sale: Sale) => string, order: string[]): Record<string, PriceScore> {
  const out: Record<string, PriceScore> = {};
  for (const key of order) {
    const index = sales.flatMap((sale, i) => (group(sale) === key ? [i] : []));
    if (index.length > 0) out[key] = priceScore(index.map((i) => sales[i].price), index.map((i) => expected[i]));
  }
  return out;
}

export function priceMetrics(sales: Sale[], expected: number[]): PriceMetrics {
  return {
    ...priceScore(sales.map((s) => s.price), expected),
    byArrondissement: scoreBy(sales, expected, (s) => String(s.arrondissement), Array.from({ length: 20 }, (_, i) => String(i + 1))),
    bySurfaceBand: scoreBy(sales, expected, (s) => bandOf(SURFACE_BANDS, modelSurface(s) ?? 0), SURFACE_BANDS.map(([l]) => l)),
    byPriceBand: scoreBy(sales, expected, (s) => bandOf(PRICE_BANDS, s.price), PRICE_BANDS.map(([l]) => l)),
  };
}

export const RESIDUAL_QUANTILES = [0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975, 0.98, 0.99, 0.995];

export interface ResidualDistribution {
  sales: number;
  /** Quantiles of declared / expected price, at the levels of RESIDUAL_QUANTILES. */
  ratioQuantiles: { level: number; ratio: number }[];
  /** Counts of declared / expected price by band: [lower bound inclusive, count]; ratios below 0.3 in the first. */
  ratioHistogram: { from: number; sales: number }[];
}

const HISTOGRAM_EDGES = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.5, 2, 3];

export function residualDistribution(sales: Sale[], expected: number[]): ResidualDistribution {
  const ratios = sales.map((s, i) => s.price / expected[i]);
  return {
    sales: sales.length,
    ratioQuantiles: RESIDUAL_QUANTILES.map((level) => ({ level, ratio: Math.round(quantile(ratios, level) * 10_000) / 10_000 })),
    ratioHistogram: HISTOGRAM_EDGES.map((from, b) => ({
      from,
      sales: ratios.filter((r) => r >= from && (b + 1 === HISTOGRAM_EDGES.length || r < HISTOGRAM_EDGES[b + 1])).length,
    })),
  };
}
