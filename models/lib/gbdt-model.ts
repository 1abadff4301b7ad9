// A trained gradient-boosted tree ensemble as plain JSON-friendly data, and its prediction. The Worker
// and the browser import only this file (not the learner) to predict or explain. Routing rule, shared
// with the ONNX export: a row goes left when Math.fround(x) <= threshold, or, when x is NaN, to the
// node's default side. Shared code.

import type { Matrix } from "./matrix.ts";
import type { ObjectiveName } from "./objectives.ts";

/** One tree as parallel arrays indexed by node; node 0 is the root, leaves have feature -1. */
export interface GbdtTree {
  /** Split feature index, -1 for a leaf. */
  feature: number[];
  /** Split value (a float32 value); 0 for a leaf. */
  threshold: number[];
  /** Where a missing (NaN) value goes. */
  defaultLeft: boolean[];
  /** Child node indices, -1 for a leaf. */
  left: number[];
  right: number[];
  /** Leaf output (float32, learning rate included); 0 for an internal node. */
  value: number[];
  /** Sum of the sample weights of the training rows (of this tree's subsample) reaching the node. */
  cover: number[];
  /** Loss reduction of the split, 0 for a leaf. */
  gain: number[];
}

export interface GbdtModel {
  kind: "gbdt";
  objective: ObjectiveName;
  featureNames: string[];
  /** Starting raw score (float32), added to the sum of the trees' leaf values. */
  baseScore: number;
  trees: GbdtTree[];
  /** Loss per boosting round on the training rows and, when given, the validation rows. */
  trainLoss: number[];
  validLoss: number[];
  /** Index of the round kept last (early stopping keeps rounds 0 .. bestIteration). */
  bestIteration: number;
}

/** Leaf reached by a row in a tree (row values are read as float32). */
export function leafIndex(tree: GbdtTree, row: ArrayLike<number>): number {
  let node = 0;
  while (tree.feature[node] >= 0) {
    const x = Math.fround(row[tree.feature[node]]);
    const goLeft = Number.isNaN(x) ? tree.defaultLeft[node] : x <= tree.threshold[node];
    node = goLeft ? tree.left[node] : tree.right[node];
  }
  return node;
}

/** Raw score (margin) per row: baseScore + sum of leaf values. This is what SHAP values add up to. */
export function predictGbdtRaw(model: GbdtModel, x: Matrix): Float64Array {
  if (x.nCols !== model.featureNames.length) {
    throw new RangeError(`model has ${model.featureNames.length} features, matrix has ${x.nCols}`);
  }
  const out = new Float64Array(x.nRows).fill(model.baseScore);
  for (const tree of model.trees) {
    const { feature, threshold, defaultLeft, left, right, value } = tree;
    for (let r = 0; r < x.nRows; r++) {
      const base = r * x.nCols;
      let node = 0;
      while (feature[node] >= 0) {
        const v = x.data[base + feature[node]];
        const goLeft = v !== v ? defaultLeft[node] : v <= threshold[node];
        node = goLeft ? left[node] : right[node];
      }
      out[r] += value[node];
    }
  }
  return out;
}

/**
 * Model output as the ONNX file gives it: the probability of the positive class for the logistic
 * objective, the raw value otherwise (any target transform, e.g. exp of a log price, is the caller's).
 */
export function predictGbdt(model: GbdtModel, x: Matrix): Float64Array {
  const raw = predictGbdtRaw(model, x);
  if (model.objective === "logistic") {
    for (let i = 0; i < raw.length; i++) raw[i] = 1 / (1 + Math.exp(-raw[i]));
  }
  return raw;
}

/** Per-feature importance: total split gain ("gain") or number of splits ("split"). */
export function featureImportance(model: GbdtModel, type: "gain" | "split" = "gain"): Record<string, number> {
  const totals = new Float64Array(model.featureNames.length);
  for (const tree of model.trees) {
    tree.feature.forEach((f, node) => {
      if (f >= 0) totals[f] += type === "gain" ? tree.gain[node] : 1;
    });
  }
  return Object.fromEntries(model.featureNames.map((name, f) => [name, totals[f]]));
}
