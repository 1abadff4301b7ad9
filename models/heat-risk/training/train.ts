// Trains the heat-risk logistic model on the synthetic cohort and exports it to ONNX: fits on an enriched
// sample (labels drawn with multiplied odds, like a case-control sample), moves the intercept back to the
// population scale, and reports held-out metrics, the recovered odds ratios against the generating ones and a
// calibration table against the generating risks. Run: npx tsx models/heat-risk/training/train.ts [n] [seed]
import { pathToFileURL } from "node:url";
import { fitLogistic, oddsRatios, predictLogistic, type LogisticModel } from "../../lib/logistic.ts";
import { createMatrix, selectRows, selectValues } from "../../lib/matrix.ts";
import { auc, brier, calibrationTable, logLoss } from "../../lib/metrics.ts";
import { logisticToOnnx } from "../../lib/onnx.ts";
import { createRng } from "../../lib/rng.ts";
import type { HeatRiskFeature } from "../features.ts";
import { ASSUMPTIONS, GENERATING_ODDS_RATIOS, generateCohort } from "./cohort.ts";

/** Odds multiplier of the training sample: ~15 % of labels positive instead of ~0.1 %, so that 200k people
 * are enough to estimate every odds ratio. */
export const TRAINING_ENRICHMENT = 200;
const TEST_SHARE = 0.2;

export interface RecoveredOddsRatio {
  feature: HeatRiskFeature;
  fitted: number;
  low: number;
  high: number;
  generating: number;
  /** fitted / generating − 1. */
  relativeError: number;
}

export interface CalibrationAgainstTruth {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  meanGeneratingRisk: number;
}

export interface HeatRiskTraining {
  onnx: Uint8Array;
  /** The exported model, on the population scale. */
  model: LogisticModel;
  metrics: {
    trainRows: number;
    testRows: number;
    enrichment: number;
    /** Share of positive labels in the enriched test sample. */
    testPositiveShare: number;
    /** Ranking quality on held-out people (unchanged by the intercept shift). */
    auc: number;
    /** On the enriched test labels, with the enriched-scale probabilities. */
    logLoss: number;
    brier: number;
    /** Mean population-scale risk of the test people: predicted vs generating. */
    meanPredictedRisk: number;
    meanGeneratingRisk: number;
  };
  oddsRatios: RecoveredOddsRatio[];
  calibration: CalibrationAgainstTruth[];
}

export function trainHeatRisk({ seed, n }: { seed: number; n: number }): HeatRiskTraining {
  const cohort = generateCohort({ seed, n, enrichment: TRAINING_ENRICHMENT });
  const x = createMatrix(cohort.features, n, cohort.featureNames);
  const order = createRng(seed + 1).shuffle(Int32Array.from({ length: n }, (_, i) => i));
  const testRows = order.subarray(0, Math.round(n * TEST_SHARE));
  const trainRows = order.subarray(testRows.length);

  const fitted = fitLogistic(selectRows(x, trainRows), selectValues(cohort.labels, trainRows));
  if (!fitted.converged) throw new Error("the heat-risk logistic regression did not converge");
  const model: LogisticModel = { ...fitted, intercept: fitted.intercept - Math.log(TRAINING_ENRICHMENT) };

  const xTest = selectRows(x, testRows);
  const labelsTest = selectValues(cohort.labels, testRows);
  const enrichedTest = predictLogistic(fitted, xTest);
  const populationTest = predictLogistic(model, xTest);
  const trueTest = selectValues(cohort.trueRisk, testRows);

  const onnx = logisticToOnnx(model, {
    docString: "Recoque heat-risk model: probability of serious heat-related harm of a person aged 65+ living at home during one heat alert episode (synthetic training cohort, see models/heat-risk/training/COHORT.md).",
    metadata: {
      training_seed: String(seed),
      training_rows: String(trainRows.length),
      training_enrichment: String(TRAINING_ENRICHMENT),
      baseline_risk: String(ASSUMPTIONS.baselineRisk),
    },
  });

  return {
    onnx,
    model,
    metrics: {
      trainRows: trainRows.length,
      testRows: testRows.length,
      enrichment: TRAINING_ENRICHMENT,
      testPositiveShare: mean(labelsTest),
      auc: auc(populationTest, labelsTest),
      logLoss: logLoss(enrichedTest, labelsTest),
      brier: brier(enrichedTest, labelsTest),
      meanPredictedRisk: mean(populationTest),
      meanGeneratingRisk: mean(trueTest),
    },
    oddsRatios: oddsRatios(fitted).map((r) => {
      const feature = r.feature as HeatRiskFeature;
      const generating = GENERATING_ODDS_RATIOS[feature];
      return { feature, fitted: r.oddsRatio, low: r.low, high: r.high, generating, relativeError: r.oddsRatio / generating - 1 };
    }),
    calibration: calibrationTable(populationTest, trueTest, 10, "quantile").map((row) => ({
      from: row.from,
      to: row.to,
      count: row.count,
      meanPredicted: row.meanPredicted,
      meanGeneratingRisk: row.observedRate,
    })),
  };
}

function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

function printTraining(result: HeatRiskTraining): void {
  const pct = (v: number, digits = 3) => `${(100 * v).toFixed(digits)} %`;
  const m = result.metrics;
  console.log(`train ${m.trainRows}, test ${m.testRows}, enrichment ×${m.enrichment}, ONNX ${result.onnx.length} bytes`);
  console.log(`test: positive share ${pct(m.testPositiveShare, 1)}, AUC ${m.auc.toFixed(4)}, log loss ${m.logLoss.toFixed(4)}, Brier ${m.brier.toFixed(4)}`);
  console.log(`mean population risk: predicted ${pct(m.meanPredictedRisk)}, generating ${pct(m.meanGeneratingRisk)}`);
  console.log("\n| feature | generating OR | fitted OR (95 % CI) | error |\n|---|---:|---:|---:|");
  for (const r of result.oddsRatios) {
    console.log(`| ${r.feature} | ${r.generating} | ${r.fitted.toFixed(3)} (${r.low.toFixed(3)}–${r.high.toFixed(3)}) | ${(100 * r.relativeError).toFixed(1)} % |`);
  }
  console.log("\n| predicted risk bin | people | mean predicted | mean generating |\n|---|---:|---:|---:|");
  for (const row of result.calibration) {
    console.log(`| ${pct(row.from)}–${pct(row.to)} | ${row.count} | ${pct(row.meanPredicted)} | ${pct(row.meanGeneratingRisk)} |`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 200_000);
  const seed = Number(process.argv[3] ?? 2026);
  printTraining(trainHeatRisk({ seed, n }));
}
