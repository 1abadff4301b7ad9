// Exact TreeSHAP (path-dependent algorithm of Lundberg, Erion & Lee, 2018, "Consistent individualized
// feature attribution for tree ensembles", arXiv:1802.03888): per-feature contributions to one
// prediction of a GbdtModel, in raw-score units (log odds for the logistic objective), which add up with
// the expected value to the raw prediction. Conditional expectations weight the branches by node cover.
// Shared code, so the Worker and the browser can explain a single prediction.

import type { GbdtModel, GbdtTree } from "./gbdt-model.ts";
import type { Matrix } from "./matrix.ts";

export interface ShapExplanation {
  /** Cover-weighted mean raw score of the model (baseScore included): the value with no feature known. */
  expectedValue: number;
  /** One contribution per feature; expectedValue + sum(values) = raw prediction. */
  values: Float64Array;
}

/** Expected raw score: baseScore plus each tree's cover-weighted mean leaf value. */
export function expectedValue(model: GbdtModel): number {
  let total = model.baseScore;
  for (const tree of model.trees) {
    const root = tree.cover[0];
    tree.feature.forEach((f, node) => {
      if (f < 0) total += (tree.value[node] * tree.cover[node]) / root;
    });
  }
  return total;
}

/** SHAP values of one row (values read as float32, NaN = missing). */
export function shapValues(model: GbdtModel, row: ArrayLike<number>): ShapExplanation {
  const nFeatures = model.featureNames.length;
  if (row.length !== nFeatures) throw new RangeError(`row has ${row.length} values, model ${nFeatures} features`);
  const values = new Float64Array(nFeatures);
  const x = Float32Array.from(row);
  for (const tree of model.trees) new TreePaths(tree).explain(x, values);
  return { expectedValue: expectedValue(model), values };
}

/** SHAP values of every row, row-major like the matrix (value of row r, feature c at r * nCols + c). */
export function shapMatrix(model: GbdtModel, x: Matrix): { expectedValue: number; values: Float64Array } {
  if (x.nCols !== model.featureNames.length) {
    throw new RangeError(`matrix has ${x.nCols} columns, model ${model.featureNames.length} features`);
  }
  const values = new Float64Array(x.nRows * x.nCols);
  const explainers = model.trees.map((tree) => new TreePaths(tree));
  for (let r = 0; r < x.nRows; r++) {
    const row = x.data.subarray(r * x.nCols, (r + 1) * x.nCols);
    const out = values.subarray(r * x.nCols, (r + 1) * x.nCols);
    for (const explainer of explainers) explainer.explain(row, out);
  }
  return { expectedValue: expectedValue(model), values };
}

function treeDepth(tree: GbdtTree, node = 0): number {
  return tree.feature[node] < 0 ? 0 : 1 + Math.max(treeDepth(tree, tree.left[node]), treeDepth(tree, tree.right[node]));
}

/**
 * The recursion of Algorithm 2. A path holds, for each feature split on above the current node, the
 * fraction of cover that flows along it when the feature is unknown (zero) and whether the row follows
 * it when known (one), plus weights w[k] for subsets of k known features. Each depth level owns one slice
 * of the buffers, so children never overwrite their parent's path.
 */
class TreePaths {
  private readonly stride: number;
  private readonly feature: Int32Array;
  private readonly zero: Float64Array;
  private readonly one: Float64Array;
  private readonly weight: Float64Array;
  private row: ArrayLike<number> = [];
  private phi: Float64Array = new Float64Array(0);

  constructor(private readonly tree: GbdtTree) {
    const depth = treeDepth(tree);
    this.stride = depth + 2;
    const size = (depth + 1) * this.stride;
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }

  /** Adds this tree's contributions for the row to phi. */
  explain(row: ArrayLike<number>, phi: Float64Array): void {
    this.row = row;
    this.phi = phi;
    this.recurse(0, 0, 0, 0, 1, 1, -1);
  }

  private recurse(
    node: number,
    level: number,
    parentOffset: number,
    parentLength: number,
    zeroFraction: number,
    oneFraction: number,
    feature: number,
  ): void {
    const tree = this.tree;
    const offset = level * this.stride;
    for (let i = 0; i < parentLength; i++) {
      this.feature[offset + i] = this.feature[parentOffset + i];
      this.zero[offset + i] = this.zero[parentOffset + i];
      this.one[offset + i] = this.one[parentOffset + i];
      this.weight[offset + i] = this.weight[parentOffset + i];
    }
    let length = this.extend(offset, parentLength, zeroFraction, oneFraction, feature);

    const split = tree.feature[node];
    if (split < 0) {
      const leafValue = tree.value[node];
      for (let i = 1; i < length; i++) {
        const w = this.unwoundSum(offset, length, i);
        this.phi[this.feature[offset + i]] += w * (this.one[offset + i] - this.zero[offset + i]) * leafValue;
      }
      return;
    }

    const x = this.row[split];
    const goLeft = Number.isNaN(x) ? tree.defaultLeft[node] : x <= tree.threshold[node];
    const hot = goLeft ? tree.left[node] : tree.right[node];
    const cold = goLeft ? tree.right[node] : tree.left[node];
    let incomingZero = 1;
    let incomingOne = 1;
    for (let i = 1; i < length; i++) {
      if (this.feature[offset + i] === split) {
        incomingZero = this.zero[offset + i];
        incomingOne = this.one[offset + i];
        this.unwind(offset, length, i);
        length--;
        break;
      }
    }
    const cover = tree.cover[node];
    const share = (child: number) => (cover > 0 ? tree.cover[child] / cover : 0.5);
    this.recurse(hot, level + 1, offset, length, incomingZero * share(hot), incomingOne, split);
    const coldZero = incomingZero * share(cold);
    // A cold branch that no training row reached adds nothing (and would divide by zero).
    if (coldZero > 0) this.recurse(cold, level + 1, offset, length, coldZero, 0, split);
  }

  /** Appends a feature to the path of `length` elements and updates the subset weights. */
  private extend(offset: number, length: number, zeroFraction: number, oneFraction: number, feature: number): number {
    const w = this.weight;
    this.feature[offset + length] = feature;
    this.zero[offset + length] = zeroFraction;
    this.one[offset + length] = oneFraction;
    w[offset + length] = length === 0 ? 1 : 0;
    for (let i = length - 1; i >= 0; i--) {
      w[offset + i + 1] += (oneFraction * w[offset + i] * (i + 1)) / (length + 1);
      w[offset + i] = (zeroFraction * w[offset + i] * (length - i)) / (length + 1);
    }
    return length + 1;
  }

  /** Removes element i from the path, undoing its extension of the weights. */
  private unwind(offset: number, length: number, i: number): void {
    const w = this.weight;
    const last = length - 1;
    const oneFraction = this.one[offset + i];
    const zeroFraction = this.zero[offset + i];
    let next = w[offset + last];
    for (let j = last - 1; j >= 0; j--) {
      if (oneFraction !== 0) {
        const previous = w[offset + j];
        w[offset + j] = (next * (last + 1)) / ((j + 1) * oneFraction);
        next = previous - (w[offset + j] * zeroFraction * (last - j)) / (last + 1);
      } else {
        w[offset + j] = (w[offset + j] * (last + 1)) / (zeroFraction * (last - j));
      }
    }
    for (let j = i; j < last; j++) {
      this.feature[offset + j] = this.feature[offset + j + 1];
      this.zero[offset + j] = this.zero[offset + j + 1];
      this.one[offset + j] = this.one[offset + j + 1];
    }
  }

  /** Sum of the weights the path would have without element i (unwind without modifying). */
  private unwoundSum(offset: number, length: number, i: number): number {
    const w = this.weight;
    const last = length - 1;
    const oneFraction = this.one[offset + i];
    const zeroFraction = this.zero[offset + i];
    let next = w[offset + last];
    let total = 0;
    for (let j = last - 1; j >= 0; j--) {
      if (oneFraction !== 0) {
        const unwound = (next * (last + 1)) / ((j + 1) * oneFraction);
        total += unwound;
        next = w[offset + j] - (unwound * zeroFraction * (last - j)) / (last + 1);
      } else {
        total += (w[offset + j] * (last + 1)) / (zeroFraction * (last - j));
      }
    }
    return total;
  }
}
