import { describe, expect, test } from "vitest";
import { fitLogistic, oddsRatios, predictLogistic, sigmoid } from "../../../models/lib/logistic.ts";
import { createMatrix, selectRows, selectValues, zerosMatrix, type Matrix } from "../../../models/lib/matrix.ts";
import { logisticToOnnx, PROBABILITY_OUTPUT } from "../../../models/lib/onnx.ts";
import { createRng } from "../../../models/lib/rng.ts";
import { maxRelativeDifference, runBothRuntimes } from "./runtimes.ts";

const TRUE_WEIGHTS = [0.8, -0.5, 0.02, 0];
const TRUE_INTERCEPT = -1.2;
const FEATURES = ["ibmx", "age", "income", "noise"];

/** Features on very different scales (the third in thousands), labels drawn from the true model. */
function syntheticData(n: number, seed: number): { x: Matrix; y: Float64Array } {
  const rng = createRng(seed);
  const x = zerosMatrix(n, FEATURES);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const row = [rng.normal(), rng.normal(0, 2), rng.normal(30, 20), rng.normal()].map(Math.fround);
    x.data.set(row, r * FEATURES.length);
    const z = TRUE_INTERCEPT + row.reduce((s, v, c) => s + v * TRUE_WEIGHTS[c], 0);
    y[r] = rng.next() < sigmoid(z) ? 1 : 0;
  }
  return { x, y };
}

describe("fitLogistic", () => {
  test("recovers the true coefficients and odds ratios on a large sample", () => {
    const { x, y } = syntheticData(100_000, 1);
    const model = fitLogistic(x, y);
    expect(model.converged).toBe(true);
    for (let j = 0; j < TRUE_WEIGHTS.length; j++) {
      expect(model.standardErrors[j]).toBeGreaterThan(0);
      expect(Math.abs(model.weights[j] - TRUE_WEIGHTS[j])).toBeLessThan(4 * model.standardErrors[j]);
    }
    expect(Math.abs(model.intercept - TRUE_INTERCEPT)).toBeLessThan(4 * model.interceptStandardError);
    const ratios = oddsRatios(model);
    ratios.forEach((r, j) => {
      expect(r.feature).toBe(FEATURES[j]);
      expect(r.low).toBeLessThan(r.oddsRatio);
      expect(r.high).toBeGreaterThan(r.oddsRatio);
      expect(Math.abs(Math.log(r.oddsRatio) - TRUE_WEIGHTS[j])).toBeLessThan(0.05);
    });
  });

  test("the 95 % intervals cover the truth in about 95 % of replications", () => {
    let covered = 0, total = 0;
    for (let seed = 10; seed < 50; seed++) {
      const { x, y } = syntheticData(2_000, seed);
      const ratios = oddsRatios(fitLogistic(x, y));
      ratios.forEach((r, j) => {
        total++;
        if (r.low <= Math.exp(TRUE_WEIGHTS[j]) && Math.exp(TRUE_WEIGHTS[j]) <= r.high) covered++;
      });
    }
    expect(covered / total).toBeGreaterThan(0.88);
    expect(covered / total).toBeLessThanOrEqual(0.99);
  });

  test("solves the penalised score equations exactly", () => {
    const { x, y } = syntheticData(3_000, 2);
    const l2 = 25;
    const model = fitLogistic(x, y, { l2 });
    const p = predictLogistic(model, x);
    for (let j = 0; j <= x.nCols; j++) {
      let score = 0;
      for (let r = 0; r < x.nRows; r++) score += (p[r] - y[r]) * (j === 0 ? 1 : x.data[r * x.nCols + j - 1]);
      const penalty = j === 0 ? 0 : l2 * model.weights[j - 1];
      expect(Math.abs(score + penalty)).toBeLessThan(1e-6);
    }
    const plain = fitLogistic(x, y);
    const norm = (w: number[]) => Math.hypot(...w);
    expect(norm(model.weights)).toBeLessThan(norm(plain.weights));
  });

  test("a weight of 2 equals duplicating the row", () => {
    const { x, y } = syntheticData(1_000, 3);
    const weights = Float64Array.from({ length: 1_000 }, (_, r) => (r % 3 === 0 ? 2 : 1));
    const duplicatedRows = Array.from({ length: 1_000 }, (_, r) => (r % 3 === 0 ? [r, r] : [r])).flat();
    const weighted = fitLogistic(x, y, { sampleWeights: weights, l2: 1 });
    const duplicated = fitLogistic(selectRows(x, duplicatedRows), selectValues(y, duplicatedRows), { l2: 1 });
    weighted.weights.forEach((w, j) => expect(w).toBeCloseTo(duplicated.weights[j], 9));
    weighted.standardErrors.forEach((s, j) => expect(s).toBeCloseTo(duplicated.standardErrors[j], 9));
  });

  test("works on the original scale: rescaling a feature rescales its coefficient", () => {
    const { x, y } = syntheticData(5_000, 4);
    const scaled = createMatrix(Float32Array.from(x.data), x.nRows, FEATURES);
    for (let r = 0; r < x.nRows; r++) scaled.data[r * 4 + 2] = x.data[r * 4 + 2] * 1024;
    const a = fitLogistic(x, y);
    const b = fitLogistic(scaled, y);
    expect(b.weights[2] * 1024).toBeCloseTo(a.weights[2], 9);
    expect(b.standardErrors[2] * 1024).toBeCloseTo(a.standardErrors[2], 9);
    expect(b.weights[0]).toBeCloseTo(a.weights[0], 9);
  });

  test("rejects NaN features and single-class labels", () => {
    const x = createMatrix(Float32Array.from([1, NaN, 2, 3]), 4, ["a"]);
    expect(() => fitLogistic(x, [0, 1, 0, 1])).toThrow(/NaN/);
    const ok = createMatrix(Float32Array.from([1, 2, 3, 4]), 4, ["a"]);
    expect(() => fitLogistic(ok, [1, 1, 1, 1])).toThrow(/both classes/);
  });
});

describe("logisticToOnnx", () => {
  test("runs in onnxruntime-node and onnxruntime-web and matches predictLogistic", async () => {
    const { x, y } = syntheticData(4_000, 5);
    const model = fitLogistic(x, y, { l2: 1 });
    const test = syntheticData(3_000, 6).x;
    for (let r = 0; r < test.nRows; r += 37) test.data[r * 4 + (r % 4)] = NaN;
    const expected = predictLogistic(model, test);
    const { node, web, dims } = await runBothRuntimes(logisticToOnnx(model), test, PROBABILITY_OUTPUT);
    expect(dims).toEqual([3_000, 1]);
    expect(maxRelativeDifference(node, expected)).toBeLessThan(1e-5);
    expect(maxRelativeDifference(web, expected)).toBeLessThan(1e-5);
    expect(Number.isNaN(web[37])).toBe(true);
  });

  test("same seed and data give byte-identical files; model info is stored", async () => {
    const first = syntheticData(2_000, 7);
    const second = syntheticData(2_000, 7);
    const info = { modelVersion: 3, docString: "heat risk", metadata: { target: "hospitalisation" } };
    const a = logisticToOnnx(fitLogistic(first.x, first.y), info);
    const b = logisticToOnnx(fitLogistic(second.x, second.y), info);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = Buffer.from(a).toString("latin1");
    for (const s of ["recoque", "heat risk", "hospitalisation", JSON.stringify(FEATURES)]) expect(text).toContain(s);
    expect(() => logisticToOnnx(fitLogistic(first.x, first.y), { metadata: { model_kind: "x" } })).toThrow();
  });
});
