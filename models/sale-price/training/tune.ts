// Compares modelling choices inside 2023–2024 only; 2025 is never read here. Each variant is fitted
// before and validated on two windows of four months (every sale of the window, taken whole): 2024-05..08
// and the tuning split of train.ts, 2024-09..12. Differences below about 0.15 point are noise (seeds alone
// move a variant by that much). Prints the validation MdAPE of each window and their mean, ensemble
// members averaged as in train.ts. Run: npx tsx models/sale-price/training/tune.ts [members] [variant name]

import { fitGbdt } from "../../lib/gbdt.ts";
import type { GbdtOptions } from "../../lib/gbdt.ts";
import { predictGbdtRaw } from "../../lib/gbdt-model.ts";
import { matrixFromRows } from "../../lib/matrix.ts";
import { mdape, shareWithin } from "../../lib/metrics.ts";
import { encodeMatrix, featureDefinition } from "../../features.ts";
import { expectedPriceFromOutput, logPricePerM2, SALE_FEATURE_NAMES } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { cleanTrainingSales, DEFAULT_CLEANING, inPeriod, isApartmentSale, PERIODS } from "./dataset.ts";
import type { CleaningOptions } from "./dataset.ts";
import { DEFAULT_CONTEXT_OPTIONS, trainingFeatures } from "./feature-context.ts";
import type { ContextOptions } from "./feature-context.ts";
import { loadParisSales } from "./load-sales.ts";
import { SALE_PRICE_HYPERPARAMETERS } from "./train.ts";

interface Variant {
  name: string;
  cleaning?: CleaningOptions;
  context?: ContextOptions;
  gbdt?: GbdtOptions;
}

const WINDOWS = [
  { from: "2024-05-01", to: "2024-08-31" },
  PERIODS.validation,
];

const VARIANTS: Variant[] = [
  { name: "chosen" },
  { name: "no cleaning", cleaning: { ...DEFAULT_CLEANING, rules: [] } },
  { name: "outlier factor 2", cleaning: { ...DEFAULT_CLEANING, outlierFactor: 2 } },
  { name: "smoothing 10", context: { ...DEFAULT_CONTEXT_OPTIONS, smoothing: 10 } },
  { name: "squared loss", gbdt: { objective: "squared" } },
  { name: "absolute loss", gbdt: { objective: "absolute" } },
  { name: "31 leaves", gbdt: { maxLeaves: 31 } },
  { name: "learning rate 0.02", gbdt: { learningRate: 0.02 } },
];

/** Validation MdAPE of a variant fitted on `fitSales` and stopped early on `validation`. */
function scoreVariant(variant: Variant, fitSales: Sale[], validation: Sale[], members: number): { mdape: number; within10: number; rounds: number[] } {
  const { kept } = cleanTrainingSales(fitSales, variant.cleaning ?? DEFAULT_CLEANING);
  const outputs = new Float64Array(validation.length);
  const rounds: number[] = [];
  for (let m = 0; m < members; m++) {
    const seed = 1000 + m;
    const { rows, context } = trainingFeatures(kept, variant.context ?? DEFAULT_CONTEXT_OPTIONS, 5, seed);
    const x = matrixFromRows(rows.map((r) => Array.from(r)), SALE_FEATURE_NAMES);
    const vx = encodeMatrix(featureDefinition("sale-price"), validation, context);
    const model = fitGbdt(x, kept.map((s) => logPricePerM2(s) as number), {
      ...SALE_PRICE_HYPERPARAMETERS,
      ...variant.gbdt,
      nTrees: 5000,
      seed,
      validation: { x: vx, y: validation.map((s) => logPricePerM2(s) as number) },
      earlyStoppingRounds: 100,
    });
    rounds.push(model.trees.length);
    predictGbdtRaw(model, vx).forEach((v, i) => (outputs[i] += v / members));
  }
  const declared = validation.map((s) => s.price);
  const expected = validation.map((s, i) => expectedPriceFromOutput(outputs[i], s) as number);
  return { mdape: mdape(declared, expected), within10: shareWithin(declared, expected, 0.1), rounds };
}

async function main(members: number, only: string | undefined): Promise<void> {
  const inScope = (await loadParisSales()).filter((s) => isApartmentSale(s) && s.date <= PERIODS.training.to);
  const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
  console.log(`windows ${WINDOWS.map((w) => `${w.from}..${w.to}`).join(" and ")}; ${members} member(s)`);
  for (const variant of VARIANTS.filter((v) => only === undefined || v.name === only)) {
    const scores = WINDOWS.map((window) =>
      scoreVariant(variant, inScope.filter((s) => s.date < window.from), inScope.filter((s) => inPeriod(s, window)), members));
    const mean = scores.reduce((s, x) => s + x.mdape, 0) / scores.length;
    console.log(`${variant.name.padEnd(20)} MdAPE ${scores.map((x) => pct(x.mdape)).join(" / ")}  mean ${pct(mean)}`
      + `  within 10 % ${scores.map((x) => pct(x.within10)).join(" / ")}  rounds ${scores.map((x) => x.rounds.join("+")).join(" / ")}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(Number(process.argv[2] ?? 3), process.argv[3]);
