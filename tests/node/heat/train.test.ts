// Heat-risk training on 200k synthetic people: the fitted odds ratios recover the generating ones, the
// population-scale model is calibrated against the generating risks, and the ONNX export computes the same
// probabilities in onnxruntime-node.
import * as ort from "onnxruntime-node";
import { beforeAll, expect, test } from "vitest";
import { trainHeatRisk, type HeatRiskTraining } from "../../../models/heat-risk/training/train.ts";
import { generateCohort } from "../../../models/heat-risk/training/cohort.ts";
import { predictLogistic } from "../../../models/lib/logistic.ts";
import { createMatrix } from "../../../models/lib/matrix.ts";
import { SHARED_RESULT_TIMEOUT_MS } from "../setup/once-per-run.ts";

let result: HeatRiskTraining;
beforeAll(() => {
  result = trainHeatRisk({ seed: 2026, n: 200_000 });
}, SHARED_RESULT_TIMEOUT_MS);

test("every fitted odds ratio is within ±25 % of the generating one", () => {
  expect(result.oddsRatios).toHaveLength(14);
  const outside = result.oddsRatios.filter((r) => Math.abs(r.relativeError) > 0.25).map((r) => r.feature);
  expect(outside).toEqual([]);
});

test("the population-scale model is calibrated against the generating risks", () => {
  const m = result.metrics;
  expect(Math.abs(m.meanPredictedRisk / m.meanGeneratingRisk - 1)).toBeLessThan(0.1);
  for (const row of result.calibration) {
    expect(Math.abs(row.meanPredicted / row.meanGeneratingRisk - 1), `bin from ${row.from}`).toBeLessThan(0.2);
  }
  expect(m.auc).toBeGreaterThan(0.75);
});

test("the ONNX model gives the fitted model's probabilities", async () => {
  const fresh = generateCohort({ seed: 99, n: 500 });
  const x = createMatrix(fresh.features, 500, fresh.featureNames);
  const expected = predictLogistic(result.model, x);
  const session = await ort.InferenceSession.create(result.onnx);
  const out = await session.run({ features: new ort.Tensor("float32", x.data, [500, 14]) });
  await session.release();
  const got = out.probability.data as Float32Array;
  expect(out.probability.dims).toEqual([500, 1]);
  for (let i = 0; i < 500; i++) expect(Math.abs(got[i] - expected[i])).toBeLessThan(1e-6 + 1e-4 * expected[i]);
});
