// Prints the quality of the expected-price model on 2025-H1 (every Vente + Appartement sale, taken whole):
// the arrondissement-median baseline first (sanity check: 15.1 %), then the registered model (its seed and
// member count from definition.ts) trained on 2023–2024, scored from the exported ONNX file run in
// onnxruntime-web (what the Worker and the browser run).
// Run: npx tsx models/sale-price/training/evaluate.ts [seed]

import * as ort from "onnxruntime-web/wasm";
import { encodeMatrix, featureDefinition } from "../../features.ts";
import { expectedPriceFromOutput } from "../features.ts";
import type { SaleFeatureContext } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { arrondissementBaseline } from "./baselines.ts";
import { inPeriod, isApartmentSale, PERIODS } from "./dataset.ts";
import { MEMBERS, SEED } from "./definition.ts";
import { loadParisSales } from "./load-sales.ts";
import { priceScore } from "./price-metrics.ts";
import type { PriceMetrics, PriceScore } from "./price-metrics.ts";
import { trainSalePrice } from "./train.ts";

ort.env.wasm.numThreads = 1;

/** Expected prices computed by onnxruntime-web from the ONNX bytes. */
export async function onnxExpectedPrices(onnx: Uint8Array, context: SaleFeatureContext, sales: Sale[]): Promise<number[]> {
  const x = encodeMatrix(featureDefinition("sale-price"), sales, context);
  const session = await ort.InferenceSession.create(onnx);
  const out = await session.run({ features: new ort.Tensor("float32", x.data, [x.nRows, x.nCols]) });
  await session.release();
  const values = out.value.data as Float32Array;
  return sales.map((s, i) => expectedPriceFromOutput(values[i], s) as number);
}

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const line = (name: string, s: PriceScore) =>
  `${name.padEnd(22)} ${String(s.sales).padStart(6)} sales   MdAPE ${pct(s.mdape).padStart(8)}   within 10 % ${pct(s.within10).padStart(8)}   within 20 % ${pct(s.within20).padStart(8)}`;

function printBreakdown(title: string, groups: Record<string, PriceScore>): void {
  console.log(`  ${title}`);
  for (const [key, score] of Object.entries(groups)) console.log(`    ${line(key, score)}`);
}

export function printMetrics(title: string, metrics: PriceMetrics): void {
  console.log(line(title, metrics));
  printBreakdown("by arrondissement", metrics.byArrondissement);
  printBreakdown("by surface band (priced surface)", metrics.bySurfaceBand);
  printBreakdown("by declared price band", metrics.byPriceBand);
}

async function main(seed: number): Promise<void> {
  const inScope = (await loadParisSales()).filter(isApartmentSale);
  const training = inScope.filter((s) => inPeriod(s, PERIODS.training));
  const evaluation = inScope.filter((s) => inPeriod(s, PERIODS.evaluation));
  const baseline = priceScore(evaluation.map((s) => s.price), arrondissementBaseline(training, evaluation));
  console.log(`2025-H1 evaluation: ${evaluation.length} Vente + Appartement sales; training period ${training.length} sales`);
  console.log(line("baseline (arr. median)", baseline));

  const started = performance.now();
  const trained = await trainSalePrice({ seed, members: MEMBERS });
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(0)} s: ${trained.cleaning.trainingSales} cleaned training sales`
    + ` (removed ${JSON.stringify(trained.cleaning.final)}), rounds per member ${trained.roundsPerMember.join(", ")},`
    + ` ONNX ${(trained.onnx.length / 1024).toFixed(0)} KiB, context ${(JSON.stringify(trained.featureContext).length / 1024).toFixed(0)} KiB`);
  console.log(line("validation 2024-09..12", trained.metrics.validation));

  const fromOnnx = await onnxExpectedPrices(trained.onnx, trained.featureContext, trained.evaluationSales);
  const worst = Math.max(...fromOnnx.map((p, i) => Math.abs(p / trained.evaluationExpected[i] - 1)));
  console.log(`ONNX (onnxruntime-web) vs TypeScript expected prices: largest relative gap ${worst.toExponential(2)}`);
  printMetrics("model, 2025-H1 (ONNX)", { ...trained.metrics.evaluation, ...priceScore(trained.evaluationSales.map((s) => s.price), fromOnnx) });
}

if (import.meta.url === `file://${process.argv[1]}`) await main(Number(process.argv[2] ?? SEED));
