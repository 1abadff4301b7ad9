import { describe, expect, test } from "vitest";
import { fitGbdt } from "../../../models/lib/gbdt.ts";
import {
  featureImportance, leafIndex, predictGbdt, predictGbdtRaw, type GbdtModel,
} from "../../../models/lib/gbdt-model.ts";
import { createMatrix, rowView, selectRows, selectValues, zerosMatrix } from "../../../models/lib/matrix.ts";
import { rmse } from "../../../models/lib/metrics.ts";
import { makeObjective } from "../../../models/lib/objectives.ts";
import { gbdtToOnnx, VALUE_OUTPUT } from "../../../models/lib/onnx.ts";
import { createRng } from "../../../models/lib/rng.ts";
import { maxRelativeDifference, runBothRuntimes } from "./runtimes.ts";
import { friedman, FRIEDMAN_FEATURES, probeMatrix, uniformMatrix } from "./synthetic.ts";

function friedmanData(n: number, seed: number, noiseSd = 1, missingRate = 0) {
  const rng = createRng(seed);
  const x = uniformMatrix(rng, n, FRIEDMAN_FEATURES, missingRate);
  const clean = uniformMatrix(rng, n, FRIEDMAN_FEATURES);
  const y = new Float64Array(n);
  const truth = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    truth[r] = friedman(rowView(clean, r));
    y[r] = truth[r] + rng.normal(0, noiseSd);
  }
  return { x: clean, xMissing: x, y, truth };
}

function leafCount(model: GbdtModel, t: number): number {
  return model.trees[t].feature.filter((f) => f < 0).length;
}

function depthOf(tree: GbdtModel["trees"][number], node = 0): number {
  return tree.feature[node] < 0 ? 0 : 1 + Math.max(depthOf(tree, tree.left[node]), depthOf(tree, tree.right[node]));
}

describe("fitGbdt regression", () => {
  test("learns the Friedman #1 function down to the noise level", () => {
    const train = friedmanData(8_000, 1);
    const holdout = friedmanData(4_000, 2);
    const model = fitGbdt(train.x, train.y, { nTrees: 400, learningRate: 0.05, maxLeaves: 15 });
    const predicted = predictGbdt(model, holdout.x);
    const constantRmse = rmse(holdout.truth, new Float64Array(4_000).fill(model.baseScore));
    // Error against the noise-free function: well under the noise sd of 1 and the spread of the target.
    expect(rmse(holdout.truth, predicted)).toBeLessThan(0.8);
    expect(constantRmse).toBeGreaterThan(4);
    expect(model.trainLoss[399]).toBeLessThan(model.trainLoss[0]);
  });

  test("one stump on a step function finds the exact cut and the two means", () => {
    const x = createMatrix(Float32Array.from({ length: 100 }, (_, i) => i / 100), 100, ["v"]);
    const y = Array.from({ length: 100 }, (_, i) => (i < 37 ? 1 : 5));
    const model = fitGbdt(x, y, { nTrees: 1, maxLeaves: 2, learningRate: 1, minSamplesLeaf: 1 });
    const tree = model.trees[0];
    expect(tree.feature[0]).toBe(0);
    expect(tree.threshold[0]).toBeGreaterThan(Math.fround(0.36));
    expect(tree.threshold[0]).toBeLessThan(Math.fround(0.37));
    const predicted = predictGbdt(model, x);
    y.forEach((v, i) => expect(predicted[i]).toBeCloseTo(v, 5));
    expect(tree.cover).toEqual([100, 37, 63]);
  });

  test("missing values go to the side learned for them", () => {
    const rng = createRng(5);
    for (const missingTarget of [0, 3]) {
      const n = 600;
      const x = zerosMatrix(n, ["v"]);
      const y = new Float64Array(n);
      for (let r = 0; r < n; r++) {
        const v = (rng.int(100) - 49.5) / 50; // 100 distinct values: one bin each
        x.data[r] = r % 5 === 0 ? NaN : v;
        y[r] = r % 5 === 0 ? missingTarget : v <= 0 ? 0 : 3;
      }
      const model = fitGbdt(x, y, { nTrees: 1, maxLeaves: 2, learningRate: 1, minSamplesLeaf: 1 });
      expect(model.trees[0].defaultLeft[0]).toBe(missingTarget === 0);
      const predicted = predictGbdt(model, x);
      for (let r = 0; r < n; r++) expect(predicted[r]).toBeCloseTo(y[r], 5);
    }
  });

  test("NaN never seen in training goes to the side with more training rows", () => {
    const x = createMatrix(Float32Array.from({ length: 100 }, (_, i) => i), 100, ["v"]);
    const y = Array.from({ length: 100 }, (_, i) => (i < 30 ? -2 : 2));
    const model = fitGbdt(x, y, { nTrees: 1, maxLeaves: 2, learningRate: 1, minSamplesLeaf: 1 });
    expect(model.trees[0].defaultLeft[0]).toBe(false);
    expect(predictGbdt(model, createMatrix(Float32Array.from([NaN]), 1, ["v"]))[0]).toBeCloseTo(2, 5);
  });

  test("training-time routing by bins equals prediction-time routing by float32 thresholds", () => {
    const { xMissing, y } = friedmanData(3_000, 6, 1, 0.15);
    const model = fitGbdt(xMissing, y, { nTrees: 50, maxLeaves: 31, minSamplesLeaf: 5 });
    const raw = predictGbdtRaw(model, xMissing);
    const loss = makeObjective("squared").loss(y, new Float64Array(3_000).fill(1), raw);
    expect(loss).toBe(model.trainLoss[49]);
    for (const tree of model.trees) for (const t of tree.threshold) expect(Math.fround(t)).toBe(t);
    for (const tree of model.trees) for (const v of tree.value) expect(Math.fround(v)).toBe(v);
  });

  test("absolute, quantile, squared and Huber losses estimate the right conditional statistic", () => {
    // x in {0, 0.25, ..., 1}; y = 4 x + Exponential(1) noise, whose median is ln 2, 0.9-quantile ln 10, mean 1.
    const rng = createRng(8);
    const n = 20_000;
    const x = createMatrix(Float32Array.from({ length: n }, () => rng.int(5) / 4), n, ["x"]);
    const y = Float64Array.from({ length: n }, (_, r) => 4 * x.data[r] - Math.log(1 - rng.next()));
    const grid = createMatrix(Float32Array.from([0, 0.25, 0.5, 0.75, 1]), 5, ["x"]);
    const options = { nTrees: 200, learningRate: 0.1, maxLeaves: 8, minSamplesLeaf: 200 };
    const fitted = {
      absolute: predictGbdt(fitGbdt(x, y, { ...options, objective: "absolute" }), grid),
      quantile: predictGbdt(fitGbdt(x, y, { ...options, objective: "quantile", quantileAlpha: 0.9 }), grid),
      squared: predictGbdt(fitGbdt(x, y, options), grid),
      huber: predictGbdt(fitGbdt(x, y, { ...options, objective: "huber", huberDelta: 50 }), grid),
    };
    grid.data.forEach((g, i) => {
      expect(Math.abs(fitted.absolute[i] - (4 * g + Math.LN2))).toBeLessThan(0.08);
      expect(Math.abs(fitted.quantile[i] - (4 * g + Math.log(10)))).toBeLessThan(0.15);
      expect(Math.abs(fitted.squared[i] - (4 * g + 1))).toBeLessThan(0.08);
      // With a delta far above the residuals, Huber is squared loss.
      expect(Math.abs(fitted.huber[i] - fitted.squared[i])).toBeLessThan(0.02);
    });
  });

  test("a sample weight of 2 acts as a duplicated row", () => {
    const { x, y } = friedmanData(1_000, 9);
    // At most 200 distinct values per feature, so duplicating rows does not move the bin edges.
    for (let i = 0; i < x.data.length; i++) x.data[i] = Math.floor(x.data[i] * 200) / 200;
    const weights = Float64Array.from({ length: 1_000 }, (_, r) => (r % 4 === 0 ? 2 : 1));
    const duplicated = Array.from({ length: 1_000 }, (_, r) => (r % 4 === 0 ? [r, r] : [r])).flat();
    const options = { nTrees: 20, maxLeaves: 8, minSamplesLeaf: 1, minHessianLeaf: 0 };
    const weighted = fitGbdt(x, y, { ...options, sampleWeights: weights });
    const copied = fitGbdt(selectRows(x, duplicated), selectValues(y, duplicated), options);
    expect(weighted.trees[0].cover[0]).toBe(1_250);
    expect(maxRelativeDifference(predictGbdt(weighted, x), predictGbdt(copied, x))).toBeLessThan(1e-5);
    // A heavy weight pulls the fit towards its row.
    const heavy = Float64Array.from({ length: 1_000 }, (_, r) => (r === 0 ? 500 : 1));
    const pulled = predictGbdt(fitGbdt(x, y, { ...options, sampleWeights: heavy }), x)[0];
    const plain = predictGbdt(fitGbdt(x, y, options), x)[0];
    expect(Math.abs(pulled - y[0])).toBeLessThan(Math.abs(plain - y[0]) + 1e-9);
  });

  test("respects maxLeaves, maxDepth and minSamplesLeaf", () => {
    const { x, y } = friedmanData(2_000, 10);
    const byLeaves = fitGbdt(x, y, { nTrees: 5, maxLeaves: 7, minSamplesLeaf: 30 });
    for (let t = 0; t < 5; t++) {
      expect(leafCount(byLeaves, t)).toBe(7);
      const tree = byLeaves.trees[t];
      tree.feature.forEach((f, node) => f < 0 && expect(tree.cover[node]).toBeGreaterThanOrEqual(30));
    }
    // The logistic objective counts rows separately from hessians: the same limits hold.
    const labels = y.map((v) => (v > 14 ? 1 : 0));
    const classifier = fitGbdt(x, labels, { objective: "logistic", nTrees: 5, maxLeaves: 7, minSamplesLeaf: 30 });
    for (const tree of classifier.trees) {
      tree.feature.forEach((f, node) => f < 0 && expect(tree.cover[node]).toBeGreaterThanOrEqual(30));
    }
    const byDepth = fitGbdt(x, y, { nTrees: 5, maxLeaves: 1_000, maxDepth: 3 });
    for (const tree of byDepth.trees) expect(depthOf(tree)).toBe(3);
    expect(leafCount(byDepth, 0)).toBe(8);
  });

  test("early stopping keeps the round with the lowest validation loss", () => {
    const train = friedmanData(1_500, 11, 3);
    const valid = friedmanData(1_500, 12, 3);
    const model = fitGbdt(train.x, train.y, {
      nTrees: 2_000, learningRate: 0.3, maxLeaves: 63, minSamplesLeaf: 2,
      validation: { x: valid.x, y: valid.y }, earlyStoppingRounds: 20,
    });
    expect(model.validLoss.length).toBeLessThan(2_000);
    expect(model.validLoss.length).toBe(model.bestIteration + 21);
    expect(model.trees.length).toBe(model.bestIteration + 1);
    expect(Math.min(...model.validLoss)).toBe(model.validLoss[model.bestIteration]);
    const raw = predictGbdtRaw(model, valid.x);
    const loss = makeObjective("squared").loss(valid.y, new Float64Array(1_500).fill(1), raw);
    expect(loss).toBeCloseTo(model.validLoss[model.bestIteration], 10);
  });

  test("row and column subsampling: bag size, features per tree, seed-driven", () => {
    const { x, y } = friedmanData(2_000, 13);
    const options = { nTrees: 30, maxLeaves: 8, rowSubsample: 0.5, colSubsample: 0.25, seed: 4 };
    const model = fitGbdt(x, y, options);
    for (const tree of model.trees) {
      expect(tree.cover[0]).toBe(1_000);
      expect(new Set(tree.feature.filter((f) => f >= 0)).size).toBeLessThanOrEqual(2);
    }
    expect(JSON.stringify(fitGbdt(x, y, options))).toBe(JSON.stringify(model));
    expect(JSON.stringify(fitGbdt(x, y, { ...options, seed: 5 }))).not.toBe(JSON.stringify(model));
  });

  test("monotonic constraints make predictions monotone in the feature", () => {
    const rng = createRng(14);
    const n = 4_000;
    const x = uniformMatrix(rng, n, ["rising", "falling", "free"]);
    const y = Float64Array.from({ length: n }, (_, r) => {
      const [a, b, c] = [x.data[r * 3], x.data[r * 3 + 1], x.data[r * 3 + 2]];
      return 3 * a + Math.sin(12 * a) - 2 * b + Math.sin(10 * b) + c + rng.normal(0, 0.5);
    });
    const model = fitGbdt(x, y, { nTrees: 150, maxLeaves: 15, monotone: [1, -1, 0], minSamplesLeaf: 5 });
    const unconstrained = fitGbdt(x, y, { nTrees: 150, maxLeaves: 15, minSamplesLeaf: 5 });
    let unconstrainedViolations = 0;
    for (let base = 0; base < 30; base++) {
      for (const [feature, sign] of [[0, 1], [1, -1]]) {
        const grid = zerosMatrix(101, ["rising", "falling", "free"]);
        for (let g = 0; g <= 100; g++) {
          grid.data.set(x.data.subarray(base * 3, base * 3 + 3), g * 3);
          grid.data[g * 3 + feature] = g / 100;
        }
        const p = predictGbdt(model, grid);
        const q = predictGbdt(unconstrained, grid);
        for (let g = 1; g <= 100; g++) {
          expect(sign * (p[g] - p[g - 1])).toBeGreaterThanOrEqual(-1e-12);
          if (sign * (q[g] - q[g - 1]) < 0) unconstrainedViolations++;
        }
      }
    }
    expect(unconstrainedViolations).toBeGreaterThan(0);
  });

  test("leafIndex follows the same routing as predict", () => {
    const { xMissing, y } = friedmanData(500, 15, 1, 0.2);
    const model = fitGbdt(xMissing, y, { nTrees: 3, maxLeaves: 8, minSamplesLeaf: 5 });
    const raw = predictGbdtRaw(model, xMissing);
    for (let r = 0; r < 500; r++) {
      const row = Array.from(rowView(xMissing, r));
      const sum = model.trees.reduce((s, tree) => s + tree.value[leafIndex(tree, row)], model.baseScore);
      expect(sum).toBe(raw[r]);
    }
  });

  test("a model survives a JSON round trip, and importance ranks the informative features first", () => {
    const { x, y } = friedmanData(3_000, 19);
    const model = fitGbdt(x, y, { nTrees: 60, maxLeaves: 15 });
    const copy = JSON.parse(JSON.stringify(model)) as GbdtModel;
    expect(Array.from(predictGbdtRaw(copy, x))).toEqual(Array.from(predictGbdtRaw(model, x)));
    const gain = featureImportance(model, "gain");
    const splits = featureImportance(model, "split");
    const totalGain = model.trees.reduce((s, t) => s + t.gain.reduce((a, b) => a + b, 0), 0);
    expect(Object.values(gain).reduce((a, b) => a + b, 0)).toBeCloseTo(totalGain, 6);
    expect(Object.values(splits).reduce((a, b) => a + b, 0)).toBe(
      model.trees.reduce((s, t) => s + t.feature.filter((f) => f >= 0).length, 0));
    // x3 (10 x3) carries far more signal than any pure-noise feature.
    for (const noise of ["noise0", "noise1", "noise2"]) expect(gain.x3).toBeGreaterThan(10 * gain[noise]);
  });

  test("rejects inconsistent inputs", () => {
    const { x, y } = friedmanData(100, 20);
    expect(() => fitGbdt(x, y.subarray(1))).toThrow();
    expect(() => fitGbdt(x, y.map((v, i) => (i === 3 ? NaN : v)))).toThrow(/finite/);
    expect(() => fitGbdt(x, y, { earlyStoppingRounds: 5 })).toThrow(/validation/);
    expect(() => fitGbdt(x, y, { sampleWeights: new Array(100).fill(-1) })).toThrow(/weight/);
    expect(() => fitGbdt(x, y, { maxBins: 256 })).toThrow(/maxBins/);
  });
});

describe("gbdtToOnnx for regression", () => {
  test("onnxruntime-node and -web match predictGbdt, NaN and threshold-valued inputs included", async () => {
    const { xMissing, y } = friedmanData(5_000, 16, 1, 0.1);
    const shifted = y.map((v) => v + 12);
    const model = fitGbdt(xMissing, shifted, { nTrees: 300, maxLeaves: 31, minSamplesLeaf: 5, rowSubsample: 0.8 });
    const thresholds = FRIEDMAN_FEATURES.map((_, f) =>
      model.trees.flatMap((t) => t.threshold.filter((_, node) => t.feature[node] === f)));
    const probes = probeMatrix(createRng(17), 3_000, FRIEDMAN_FEATURES, thresholds);
    const expected = predictGbdt(model, probes);
    const { node, web, dims } = await runBothRuntimes(gbdtToOnnx(model), probes, VALUE_OUTPUT);
    expect(dims).toEqual([3_000, 1]);
    // The runtimes sum leaf values in float32, TypeScript in float64.
    expect(maxRelativeDifference(node, expected)).toBeLessThan(1e-5);
    expect(maxRelativeDifference(web, expected)).toBeLessThan(1e-5);
  });

  test("same seed gives byte-identical ONNX files", () => {
    const { x, y } = friedmanData(2_000, 18);
    const options = { nTrees: 40, rowSubsample: 0.7, colSubsample: 0.5, seed: 9 };
    const info = { modelVersion: 2, docString: "price per m2" };
    const a = gbdtToOnnx(fitGbdt(x, y, options), info);
    const b = gbdtToOnnx(fitGbdt(x, y, options), info);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = gbdtToOnnx(fitGbdt(x, y, { ...options, seed: 10 }), info);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });
});
