// Calibrates the triage threshold on the validation period and reports what the rules would open on
// 2025-H1, plus the other patterns of the file worth a signal (quick resales of the same lot, non-market
// natures, very low prices per m²). The figures are copied into ../TRIAGE.md, and the calibrated threshold
// into DEFAULT_TRIAGE_THRESHOLDS (../triage.ts), which a test checks against this calibration.
// Run: npx tsx models/sale-price/training/calibrate-triage.ts [seed]

import { quantile } from "../../lib/metrics.ts";
import { findComparables } from "../../../domain/sales/comparables.ts";
import { modelSurface, toMeters } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { DEFAULT_TRIAGE_THRESHOLDS, previousSaleOfLot, scopeIssues, triageSale } from "../../../domain/sales/triage.ts";
import type { TriageThresholds } from "../../../domain/sales/triage.ts";
import { monthsBetween } from "../../../domain/time/days.ts";
import { caseRates } from "./case-rates.ts";
import { inPeriod, PERIODS } from "./dataset.ts";
import { MEMBERS, SEED } from "./definition.ts";
import { loadParisSales } from "./load-sales.ts";
import { trainSalePrice } from "./train.ts";

/** Share of validation sales allowed below the threshold: 1 % of ordinary sales open a case. */
export const OPENING_QUANTILE = 0.01;
const { quickResaleMonths: QUICK_RESALE_MONTHS, quickResaleRatio: QUICK_RESALE_RATIO } = DEFAULT_TRIAGE_THRESHOLDS;

/** Threshold on declared / expected price: the `level` quantile of the validation ratios. */
export function calibrateTriage(validationSales: Sale[], validationExpected: number[], level = OPENING_QUANTILE): TriageThresholds {
  const ratios = validationSales.map((s, i) => s.price / validationExpected[i]);
  const threshold = Math.round(quantile(ratios, level) * 1000) / 1000;
  return {
    openBelowShareOfExpected: threshold,
    validationShareBelow: ratios.filter((r) => r < threshold).length / ratios.length,
    quickResaleMonths: QUICK_RESALE_MONTHS,
    quickResaleRatio: QUICK_RESALE_RATIO,
    minComparables: DEFAULT_TRIAGE_THRESHOLDS.minComparables,
  };
}

/** Candidate pools by 1 km grid cell, so that comparables are searched among nearby sales only. */
function poolIndex(pool: Sale[]): (sale: Sale) => Sale[] {
  const cells = new Map<string, Sale[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const sale of pool) {
    if (sale.longitude === null || sale.latitude === null) continue;
    const { east, north } = toMeters(sale.longitude, sale.latitude);
    const k = key(Math.floor(east / 1000), Math.floor(north / 1000));
    cells.set(k, [...(cells.get(k) ?? []), sale]);
  }
  return (sale) => {
    if (sale.longitude === null || sale.latitude === null) return [];
    const { east, north } = toMeters(sale.longitude, sale.latitude);
    const [i, j] = [Math.floor(east / 1000), Math.floor(north / 1000)];
    const near: Sale[] = [];
    for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) near.push(...(cells.get(key(i + di, j + dj)) ?? []));
    return near;
  };
}

const perThousand = (count: number, total: number) => ((1000 * count) / total).toFixed(1);

function quickResales(all: Sale[]): { pairs: number; sameDay: number; within12: number; up: number; down: number; examplesUp: string[] } {
  const byLot = new Map<string, Sale[]>();
  for (const sale of all) {
    const key = sale.firstDwelling?.lotKey;
    if (key) byLot.set(key, [...(byLot.get(key) ?? []), sale]);
  }
  let pairs = 0;
  let sameDay = 0;
  let within12 = 0;
  let up = 0;
  let down = 0;
  const examplesUp: string[] = [];
  for (const sales of byLot.values()) {
    sales.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (let i = 1; i < sales.length; i++) {
      const months = monthsBetween(sales[i - 1].date, sales[i].date);
      if (months > QUICK_RESALE_MONTHS) continue;
      pairs++;
      if (months === 0) sameDay++;
      if (months <= 12) within12++;
      const ratio = sales[i].price / sales[i - 1].price;
      if (ratio > QUICK_RESALE_RATIO) {
        up++;
        if (examplesUp.length < 3) examplesUp.push(`${sales[i - 1].id} ${sales[i - 1].price} € → ${sales[i].id} ${sales[i].price} € after ${months.toFixed(1)} months`);
      }
      if (ratio < 1 / QUICK_RESALE_RATIO) down++;
    }
  }
  return { pairs, sameDay, within12, up, down, examplesUp };
}

async function main(seed: number): Promise<void> {
  const trained = await trainSalePrice({ seed, members: MEMBERS });
  const all = await loadParisSales();
  const thresholds = calibrateTriage(trained.validationSales, trained.validationExpected);
  const validationRatios = trained.validationSales.map((s, i) => s.price / trained.validationExpected[i]);
  const evaluation = trained.evaluationSales;
  const ratios = evaluation.map((s, i) => s.price / trained.evaluationExpected[i]);
  const n = evaluation.length;

  console.log(`Validation period ${PERIODS.validation.from}..${PERIODS.validation.to}: ${validationRatios.length} sales`);
  console.log("level   threshold (declared / expected)   2025-H1 cases per 1,000");
  for (const level of [0.005, 0.01, 0.02, 0.05]) {
    const threshold = quantile(validationRatios, level);
    console.log(`${(100 * level).toFixed(1).padStart(4)} %   ${threshold.toFixed(3).padStart(8)}                            ${perThousand(ratios.filter((r) => r < threshold).length, n)}`);
  }
  console.log(`chosen: open below ${thresholds.openBelowShareOfExpected} × expected (validation share below: ${(100 * thresholds.validationShareBelow).toFixed(2)} %)`);

  const nearby = poolIndex(all);
  let opened = 0;
  let openedAndBelowComparables = 0;
  let belowComparables = 0;
  let outOfScope = 0;
  const openedBySurface = new Map<string, number>();
  evaluation.forEach((sale, i) => {
    const comparables = findComparables(sale, nearby(sale));
    const result = triageSale(sale, trained.evaluationExpected[i], comparables, previousSaleOfLot(sale, nearby(sale)), thresholds);
    const below = result.signals.some((s) => s.kind === "below_every_comparable");
    if (result.scopeIssues.length > 0) outOfScope++;
    if (below) belowComparables++;
    if (result.cases.includes("price_below_expected")) {
      opened++;
      if (below) openedAndBelowComparables++;
      const surface = modelSurface(sale) as number;
      const band = surface < 20 ? "<20 m²" : surface < 100 ? "20–100 m²" : "≥100 m²";
      openedBySurface.set(band, (openedBySurface.get(band) ?? 0) + 1);
    }
  });
  console.log(`2025-H1: ${n} sales, ${outOfScope} out of the model's scope (whole buildings)`);
  console.log(`cases opened: ${opened} (${perThousand(opened, n)} per 1,000); by priced surface ${JSON.stringify(Object.fromEntries(openedBySurface))}`);
  console.log(`of which also below every one of their 5 comparables: ${openedAndBelowComparables} (${perThousand(openedAndBelowComparables, n)} per 1,000)`);
  console.log(`below every comparable, whatever the model says: ${belowComparables} (${perThousand(belowComparables, n)} per 1,000)`);
  const rates = caseRates(evaluation, trained.evaluationExpected, all, thresholds);
  console.log(`quick resale cases (same lot sold within ${QUICK_RESALE_MONTHS} months before, price ratio beyond ${QUICK_RESALE_RATIO}): ${rates.resaleCasesPerThousand} per 1,000`);
  console.log(`sales opening a case by either rule: ${rates.anyCasePerThousand} per 1,000 (price rule alone: ${rates.priceCasesPerThousand})`);
  const evaluationBelowHalf = ratios.filter((r) => r < 0.5).length;
  console.log(`declared below half the expected price: ${evaluationBelowHalf} (${perThousand(evaluationBelowHalf, n)} per 1,000)`);

  const resales = quickResales(all);
  console.log(`\nWhole file (${all.length} sales, 2023-01..2025-06): same lot sold again within ${QUICK_RESALE_MONTHS} months: ${resales.pairs} pairs`
    + ` (${resales.within12} within 12 months, ${resales.sameDay} on the same day); second price > ${QUICK_RESALE_RATIO}× the first: ${resales.up}; < 1/${QUICK_RESALE_RATIO}: ${resales.down}`);
  for (const example of resales.examplesUp) console.log(`  e.g. ${example}`);
  const natures = new Map<string, number>();
  for (const sale of all) natures.set(sale.nature, (natures.get(sale.nature) ?? 0) + 1);
  console.log(`natures: ${JSON.stringify(Object.fromEntries(natures))}`);
  const apartments = all.filter((s) => scopeIssues(s).length === 0);
  const perM2 = apartments.map((s) => s.price / (modelSurface(s) as number));
  console.log(`apartment sales below 3,000 €/m²: ${perM2.filter((p) => p < 3000).length} of ${apartments.length}; below 5,000 €/m²: ${perM2.filter((p) => p < 5000).length}`);
  const evaluationInPeriod = all.filter((s) => inPeriod(s, PERIODS.evaluation)).length;
  console.log(`2025-H1 sales of every kind in the file: ${evaluationInPeriod}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(Number(process.argv[2] ?? SEED));
