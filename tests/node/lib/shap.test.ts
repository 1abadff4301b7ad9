import { describe, expect, test } from "vitest";
import { fitGbdt } from "../../../models/lib/gbdt.ts";
import { predictGbdtRaw, type GbdtModel, type GbdtTree } from "../../../models/lib/gbdt-model.ts";
import { createMatrix, rowView } from "../../../models/lib/matrix.ts";
import { createRng } from "../../../models/lib/rng.ts";
import { expectedValue, shapMatrix, shapValues } from "../../../models/lib/shap.ts";
import { uniformMatrix } from "./synthetic.ts";

const FEATURES = ["a", "b", "c", "d", "e"];

/** E[tree(x) | features in `known` fixed to x's values], other branches weighted by cover. */
function conditionalExpectation(tree: GbdtTree, row: ArrayLike<number>, known: Set<number>, node = 0): number {
  const f = tree.feature[node];
  if (f < 0) return tree.value[node];
  if (known.has(f)) {
    const x = Math.fround(row[f]);
    const goLeft = Number.isNaN(x) ? tree.defaultLeft[node] : x <= tree.threshold[node];
    return conditionalExpectation(tree, row, known, goLeft ? tree.left[node] : tree.right[node]);
  }
  const [l, r] = [tree.left[node], tree.right[node]];
  return (
    (tree.cover[l] * conditionalExpectation(tree, row, known, l) +
      tree.cover[r] * conditionalExpectation(tree, row, known, r)) /
    tree.cover[node]
  );
}

/** Shapley values by enumerating every subset of features (exponential: small models only). */
function bruteForceShapley(model: GbdtModel, row: ArrayLike<number>): Float64Array {
  const n = model.featureNames.length;
  const value = (mask: number) => {
    const known = new Set<number>();
    for (let f = 0; f < n; f++) if (mask & (1 << f)) known.add(f);
    return model.trees.reduce((s, t) => s + conditionalExpectation(t, row, known), model.baseScore);
  };
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const phi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let mask = 0; mask < 1 << n; mask++) {
      if (mask & (1 << i)) continue;
      let size = 0;
      for (let f = 0; f < n; f++) if (mask & (1 << f)) size++;
      const weight = (factorial(size) * factorial(n - size - 1)) / factorial(n);
      phi[i] += weight * (value(mask | (1 << i)) - value(mask));
    }
  }
  return phi;
}

/** Whether some root-to-leaf path splits twice on the same feature (the case TreeSHAP must unwind). */
function repeatsFeatureOnAPath(tree: GbdtTree, node = 0, above: number[] = []): boolean {
  const f = tree.feature[node];
  if (f < 0) return false;
  if (above.includes(f)) return true;
  return [tree.left[node], tree.right[node]].some((child) => repeatsFeatureOnAPath(tree, child, [...above, f]));
}

function smallModel(seed: number, objective: "squared" | "logistic") {
  const rng = createRng(seed);
  const x = uniformMatrix(rng, 2_000, FEATURES, 0.1);
  const y = Float64Array.from({ length: 2_000 }, (_, r) => {
    const v = (c: number) => (Number.isNaN(x.data[r * 5 + c]) ? 0.3 : x.data[r * 5 + c]);
    const signal = 2 * v(0) * v(1) + Math.sin(5 * v(2)) - v(3) + rng.normal(0, 0.2);
    return objective === "logistic" ? (rng.next() < 1 / (1 + Math.exp(-3 * (signal - 0.5))) ? 1 : 0) : signal;
  });
  const model = fitGbdt(x, y, {
    objective, nTrees: 6, maxLeaves: 12, maxDepth: 5, minSamplesLeaf: 10, rowSubsample: 0.8, seed,
  });
  return { model, x };
}

describe("TreeSHAP", () => {
  test("agrees with brute-force Shapley values on small trees, NaN included", () => {
    for (const [seed, objective] of [[1, "squared"], [2, "logistic"]] as const) {
      const { model, x } = smallModel(seed, objective);
      expect(model.trees.some((t) => repeatsFeatureOnAPath(t))).toBe(true);
      for (let r = 0; r < 25; r++) {
        const row = rowView(x, r);
        const fast = shapValues(model, row).values;
        const exact = bruteForceShapley(model, row);
        fast.forEach((v, f) => expect(v).toBeCloseTo(exact[f], 10));
      }
    }
  });

  test("contributions add up to the raw prediction, and an unused feature gets zero", () => {
    const rng = createRng(3);
    const x = uniformMatrix(rng, 5_000, FEATURES, 0.05);
    for (let r = 0; r < 5_000; r++) x.data[r * 5 + 4] = 0.5; // constant in training: never split on
    const y = Float64Array.from({ length: 5_000 }, (_, r) => {
      const [a, b] = [x.data[r * 5], x.data[r * 5 + 1]];
      return (Number.isNaN(a) ? 1 : 4 * a) + (Number.isNaN(b) ? 0 : b * b) + rng.normal(0, 0.1);
    });
    const model = fitGbdt(x, y, { nTrees: 200, maxLeaves: 31, colSubsample: 0.8, minSamplesLeaf: 5 });
    const probe = uniformMatrix(createRng(4), 300, FEATURES, 0.1);
    const raw = predictGbdtRaw(model, probe);
    const { expectedValue: base, values } = shapMatrix(model, probe);
    const used = new Set(model.trees.flatMap((t) => t.feature.filter((f) => f >= 0)));
    for (let r = 0; r < probe.nRows; r++) {
      let sum = base;
      for (let f = 0; f < 5; f++) {
        sum += values[r * 5 + f];
        if (!used.has(f)) expect(values[r * 5 + f]).toBe(0);
      }
      expect(sum).toBeCloseTo(raw[r], 9);
    }
    expect(used.has(4)).toBe(false);
    // Row-by-row and whole-matrix explanations agree.
    expect(Array.from(shapValues(model, rowView(probe, 7)).values)).toEqual(Array.from(values.subarray(35, 40)));
  });

  test("a single stump gives the hand-computed contribution", () => {
    const x = createMatrix(Float32Array.from({ length: 100 }, (_, i) => i), 100, ["v"]);
    const y = Array.from({ length: 100 }, (_, i) => (i < 30 ? -2 : 2));
    const model = fitGbdt(x, y, { nTrees: 1, maxLeaves: 2, learningRate: 1, minSamplesLeaf: 1 });
    // Mean over training rows: 0.3 * -2 + 0.7 * 2 = 0.8, baseScore included.
    expect(expectedValue(model)).toBeCloseTo(0.8, 5);
    expect(shapValues(model, [10]).values[0]).toBeCloseTo(-2 - 0.8, 5);
    expect(shapValues(model, [90]).values[0]).toBeCloseTo(2 - 0.8, 5);
  });
});
