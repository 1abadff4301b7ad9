import { describe, expect, test } from "vitest";
import { fitGbdt } from "../../../models/lib/gbdt.ts";
import { predictGbdt, predictGbdtRaw } from "../../../models/lib/gbdt-model.ts";
import { sigmoid } from "../../../models/lib/logistic.ts";
import { rowView, type Matrix } from "../../../models/lib/matrix.ts";
import { auc, calibrationTable, logLoss } from "../../../models/lib/metrics.ts";
import { gbdtToOnnx, PROBABILITY_OUTPUT } from "../../../models/lib/onnx.ts";
import { createRng } from "../../../models/lib/rng.ts";
import { maxRelativeDifference, runBothRuntimes } from "./runtimes.ts";
import { probeMatrix, uniformMatrix } from "./synthetic.ts";

const FEATURES = ["age", "income", "distance", "living_alone", "noise"];

/** True log odds: nonlinear in two features, an interaction, and a missing-value effect. */
function trueLogOdds(row: ArrayLike<number>): number {
  const alone = Number.isNaN(row[3]) ? 0.8 : row[3] > 0.5 ? 1 : -0.5;
  return -1 + 3 * (row[0] - 0.5) + 1.5 * Math.sin(6 * row[1]) - 2 * row[2] * row[0] + alone;
}

function binaryData(n: number, seed: number): { x: Matrix; y: Float64Array; p: Float64Array } {
  const rng = createRng(seed);
  const x = uniformMatrix(rng, n, FEATURES);
  for (let r = 0; r < n; r++) if (rng.next() < 0.15) x.data[r * FEATURES.length + 3] = NaN;
  const p = Float64Array.from({ length: n }, (_, r) => sigmoid(trueLogOdds(rowView(x, r))));
  const y = p.map((v) => (rng.next() < v ? 1 : 0));
  return { x, y, p };
}

describe("fitGbdt with the logistic objective", () => {
  test("recovers the true probabilities: near-oracle AUC and log loss, calibrated", () => {
    const train = binaryData(20_000, 1);
    const valid = binaryData(5_000, 2);
    const holdout = binaryData(10_000, 3);
    const model = fitGbdt(train.x, train.y, {
      objective: "logistic", nTrees: 1_000, learningRate: 0.05, maxLeaves: 15, minSamplesLeaf: 50,
      validation: { x: valid.x, y: valid.y }, earlyStoppingRounds: 50,
    });
    const p = predictGbdt(model, holdout.x);
    expect(auc(p, holdout.y)).toBeGreaterThan(auc(holdout.p, holdout.y) - 0.015);
    expect(logLoss(p, holdout.y)).toBeLessThan(logLoss(holdout.p, holdout.y) + 0.015);
    let meanAbsError = 0;
    for (let i = 0; i < p.length; i++) meanAbsError += Math.abs(p[i] - holdout.p[i]) / p.length;
    expect(meanAbsError).toBeLessThan(0.04);
    for (const row of calibrationTable(p, holdout.y, 10)) {
      if (row.count >= 300) expect(Math.abs(row.observedRate - row.meanPredicted)).toBeLessThan(0.05);
    }
    // The validation loss tracked for early stopping is the log loss of the raw scores.
    const validP = predictGbdt(model, valid.x);
    expect(logLoss(validP, valid.y)).toBeCloseTo(model.validLoss[model.bestIteration], 10);
  });

  test("starts from the weighted log odds and rejects labels other than 0/1", () => {
    const { x, y } = binaryData(2_000, 4);
    const weights = y.map((v) => (v === 1 ? 3 : 1));
    const positives = y.reduce((s, v) => s + v, 0);
    const model = fitGbdt(x, y, { objective: "logistic", nTrees: 1, sampleWeights: weights });
    expect(model.baseScore).toBe(Math.fround(Math.log((3 * positives) / (2_000 - positives))));
    expect(() => fitGbdt(x, y.map((v) => v * 2), { objective: "logistic", nTrees: 1 })).toThrow(/0\/1/);
  });

  test("raw scores are log odds of the predicted probabilities", () => {
    const { x, y } = binaryData(1_000, 5);
    const model = fitGbdt(x, y, { objective: "logistic", nTrees: 20 });
    const raw = predictGbdtRaw(model, x);
    const p = predictGbdt(model, x);
    for (let i = 0; i < 1_000; i++) expect(p[i]).toBeCloseTo(sigmoid(raw[i]), 14);
  });
});

describe("gbdtToOnnx for a binary classifier", () => {
  test("outputs probability [N, 1] matching predictGbdt in onnxruntime-node and -web", async () => {
    const { x, y } = binaryData(5_000, 6);
    const model = fitGbdt(x, y, { objective: "logistic", nTrees: 300, maxLeaves: 31, colSubsample: 0.8 });
    const thresholds = FEATURES.map((_, f) =>
      model.trees.flatMap((t) => t.threshold.filter((_, node) => t.feature[node] === f)));
    const probes = probeMatrix(createRng(7), 3_000, FEATURES, thresholds);
    const expected = predictGbdt(model, probes);
    const { node, web, dims } = await runBothRuntimes(gbdtToOnnx(model), probes, PROBABILITY_OUTPUT);
    expect(dims).toEqual([3_000, 1]);
    expect(maxRelativeDifference(node, expected)).toBeLessThan(1e-5);
    expect(maxRelativeDifference(web, expected)).toBeLessThan(1e-5);
  });
});
