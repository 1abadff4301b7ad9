// Histogram gradient-boosted decision trees (in the manner of LightGBM): quantile-binned uint8 features,
// leaf-wise growth with histogram subtraction, missing values sent to a learned default side, row and
// column subsampling, sample weights, monotonic constraints, early stopping on a validation set.
// Deterministic for a seed. Produces a GbdtModel (gbdtModel.ts) that predicts, explains and exports
// to ONNX. Shared code (no Node imports), though training normally runs in Node scripts.

import { binMatrix, computeBinEdges, MAX_BINS, MISSING_BIN } from "./binning.ts";
import type { GbdtModel, GbdtTree } from "./gbdt-model.ts";
import type { Matrix } from "./matrix.ts";
import { makeObjective, weightedQuantile, type ObjectiveName } from "./objectives.ts";
import { createRng } from "./rng.ts";

export interface GbdtOptions {
  /** Loss to minimise (default "squared"); "logistic" fits 0/1 labels. */
  objective?: ObjectiveName;
  /** Huber loss threshold (default 1). */
  huberDelta?: number;
  /** Quantile level of the "quantile" objective (default 0.5). */
  quantileAlpha?: number;
  /** Boosting rounds, one tree each (default 100). */
  nTrees?: number;
  /** Shrinkage applied to every leaf value (default 0.1). */
  learningRate?: number;
  /** Leaves per tree, grown best-first (default 31). */
  maxLeaves?: number;
  /** Depth limit, root at depth 0 (default Infinity: leaves only). */
  maxDepth?: number;
  /** Minimum training rows in a leaf (default 20). */
  minSamplesLeaf?: number;
  /** Minimum hessian sum in a leaf (default 1e-3). */
  minHessianLeaf?: number;
  /** L2 penalty on leaf values (default 0). */
  l2?: number;
  /** Minimum loss reduction to split (default 0). */
  minGain?: number;
  /** Bins per feature, at most 255 (default 255). */
  maxBins?: number;
  /** Share of rows drawn without replacement for each tree (default 1). */
  rowSubsample?: number;
  /** Share of features drawn for each tree (default 1). */
  colSubsample?: number;
  /** Per feature: 1 increasing, -1 decreasing, 0 free (default all 0). */
  monotone?: readonly number[];
  /** Non-negative weight per training row. */
  sampleWeights?: ArrayLike<number>;
  /** Rows whose loss is tracked each round (validLoss) and used for early stopping. */
  validation?: { x: Matrix; y: ArrayLike<number>; sampleWeights?: ArrayLike<number> };
  /** Stop after this many rounds without a lower validation loss and keep the best round (0 = off). */
  earlyStoppingRounds?: number;
  /** Seed of the subsampling (default 1). */
  seed?: number;
  /** Called after each round, e.g. to log progress. */
  onRound?: (round: number, trainLoss: number, validLoss: number | undefined) => void;
}


interface Split {
  feature: number;
  bin: number;
  defaultLeft: boolean;
  gain: number;
  leftG: number;
  leftH: number;
}

interface Leaf {
  node: number;
  begin: number;
  end: number;
  depth: number;
  sumG: number;
  sumH: number;
  /** Bounds on the (unscaled) leaf value from monotonic constraints. */
  lower: number;
  upper: number;
  hist: Float64Array | null;
  split: Split | null;
}

interface GrowSettings {
  maxLeaves: number;
  maxDepth: number;
  minSamplesLeaf: number;
  minHessianLeaf: number;
  l2: number;
  minGain: number;
  learningRate: number;
  monotone: Int8Array;
}

/** Fits a tree ensemble to targets y (0/1 labels for the logistic objective). */
export function fitGbdt(x: Matrix, y: ArrayLike<number>, options: GbdtOptions = {}): GbdtModel {
  const {
    objective: objectiveName = "squared",
    nTrees = 100,
    learningRate = 0.1,
    maxLeaves = 31,
    maxDepth = Infinity,
    minSamplesLeaf = 20,
    minHessianLeaf = 1e-3,
    l2 = 0,
    minGain = 0,
    maxBins = MAX_BINS,
    rowSubsample = 1,
    colSubsample = 1,
    earlyStoppingRounds = 0,
    seed = 1,
    validation,
    onRound,
  } = options;
  const n = x.nRows;
  const nF = x.nCols;
  if (y.length !== n) throw new RangeError(`fitGbdt: ${n} rows but ${y.length} targets`);
  if (!(maxLeaves >= 2)) throw new RangeError("maxLeaves must be at least 2");
  if (!(rowSubsample > 0 && rowSubsample <= 1) || !(colSubsample > 0 && colSubsample <= 1)) {
    throw new RangeError("rowSubsample and colSubsample must be in (0, 1]");
  }
  if (earlyStoppingRounds > 0 && validation === undefined) throw new RangeError("early stopping needs validation");
  for (let i = 0; i < n; i++) if (!Number.isFinite(y[i])) throw new RangeError(`target ${i} is not finite`);
  const monotone = Int8Array.from(options.monotone ?? new Array<number>(nF).fill(0));
  if (monotone.length !== nF) throw new RangeError(`monotone needs ${nF} entries`);

  const objective = makeObjective(objectiveName, options);
  const weights = checkedWeights(options.sampleWeights, n);
  const edges = computeBinEdges(x, maxBins);
  const bins = binMatrix(x, edges);
  const baseScore = Math.fround(objective.baseScore(y, weights));
  const raw = new Float64Array(n).fill(baseScore);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);

  if (validation) {
    if (validation.x.nCols !== nF) throw new RangeError("validation matrix has other columns");
    if (validation.y.length !== validation.x.nRows) throw new RangeError("validation rows and targets differ in number");
    if (!Array.from(validation.y).every(Number.isFinite)) throw new RangeError("validation targets must be finite");
  }
  const valid = validation && {
    bins: binMatrix(validation.x, edges),
    y: validation.y,
    weights: checkedWeights(validation.sampleWeights, validation.x.nRows),
    raw: new Float64Array(validation.x.nRows).fill(baseScore),
  };

  const settings: GrowSettings = {
    maxLeaves, maxDepth, minSamplesLeaf, minHessianLeaf, l2, minGain, learningRate, monotone,
  };
  const unitHessians = objectiveName !== "logistic" && weights.every((w) => w === 1);
  const grower = new TreeGrower(bins, nF, edges, settings, unitHessians);
  const rng = createRng(seed);
  const allRows = Int32Array.from({ length: n }, (_, i) => i);
  const allFeatures = Int32Array.from({ length: nF }, (_, i) => i);
  const leafOutput = objective.leafQuantile === null
    ? null
    : quantileLeafOutput(objective.leafQuantile, y, weights, raw);

  const trees: GbdtTree[] = [];
  const trainLoss: number[] = [];
  const validLoss: number[] = [];
  let bestIteration = -1;
  for (let round = 0; round < nTrees; round++) {
    objective.gradients(y, weights, raw, grad, hess);
    const rows = rowSubsample < 1 ? rng.sampleIndices(n, Math.max(1, Math.round(rowSubsample * n))) : allRows;
    const features = colSubsample < 1
      ? rng.sampleIndices(nF, Math.max(1, Math.round(colSubsample * nF)))
      : allFeatures;
    const { tree, splitBin } = grower.grow(grad, hess, weights, rows, features, leafOutput);
    trees.push(tree);
    if (rows === allRows) grower.addToGrownRows(tree, raw);
    else addTree(tree, splitBin, bins, nF, raw);
    trainLoss.push(objective.loss(y, weights, raw));
    if (valid) {
      addTree(tree, splitBin, valid.bins, nF, valid.raw);
      validLoss.push(objective.loss(valid.y, valid.weights, valid.raw));
    }
    onRound?.(round, trainLoss[round], valid ? validLoss[round] : undefined);
    if (earlyStoppingRounds > 0) {
      if (bestIteration < 0 || validLoss[round] < validLoss[bestIteration]) bestIteration = round;
      if (round - bestIteration >= earlyStoppingRounds) break;
    } else {
      bestIteration = round;
    }
  }
  return {
    kind: "gbdt",
    objective: objectiveName,
    featureNames: [...x.featureNames],
    baseScore,
    trees: trees.slice(0, bestIteration + 1),
    trainLoss,
    validLoss,
    bestIteration,
  };
}

function checkedWeights(sampleWeights: ArrayLike<number> | undefined, n: number): Float64Array {
  if (sampleWeights === undefined) return new Float64Array(n).fill(1);
  if (sampleWeights.length !== n) throw new RangeError(`${n} rows but ${sampleWeights.length} sample weights`);
  const weights = Float64Array.from(sampleWeights);
  for (const w of weights) if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`bad sample weight ${w}`);
  return weights;
}

type LeafOutput = (rows: Int32Array, sumG: number, sumH: number) => number;

/** Leaf value of absolute/quantile losses: the weighted quantile of the residuals y - raw in the leaf. */
function quantileLeafOutput(alpha: number, y: ArrayLike<number>, weights: Float64Array, raw: Float64Array): LeafOutput {
  const unitWeights = weights.every((w) => w === 1);
  return (rows) => {
    const residuals = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) residuals[i] = y[rows[i]] - raw[rows[i]];
    const leafWeights = unitWeights ? undefined : Float64Array.from(rows, (r) => weights[r]);
    return weightedQuantile(residuals, leafWeights, alpha);
  };
}

/** Adds a tree's leaf values to raw scores, routing rows by their bin codes. */
function addTree(tree: GbdtTree, splitBin: Int32Array, bins: Uint8Array, nF: number, raw: Float64Array): void {
  const { feature, defaultLeft, left, right, value } = tree;
  for (let r = 0; r < raw.length; r++) {
    let node = 0;
    while (feature[node] >= 0) {
      const b = bins[r * nF + feature[node]];
      const goLeft = b === MISSING_BIN ? defaultLeft[node] : b <= splitBin[node];
      node = goLeft ? left[node] : right[node];
    }
    raw[r] += value[node];
  }
}

/**
 * Grows one tree best-first on binned data; reuses its buffers from tree to tree. A histogram holds, per
 * feature and bin, the gradient sum, the hessian sum and the row count; when every hessian is exactly 1
 * (unweighted regression losses) the hessian sum is the row count and the histogram drops the count,
 * which makes building it markedly faster.
 */
class TreeGrower {
  private readonly rowsBuffer: Int32Array;
  private readonly scratch: Int32Array;
  private readonly histPool: Float64Array[] = [];
  private readonly nBins: Int32Array;
  /** Bin codes by feature (column-major copy): partitioning a leaf reads one column only. */
  private readonly columns: Uint8Array[];
  /** Leaves of the last grown tree, with their row ranges in rowsBuffer. */
  private lastLeaves: Leaf[] = [];
  private readonly binStride: number;
  private readonly countSlot: number;
  private readonly featureStride: number;

  constructor(
    private readonly bins: Uint8Array,
    private readonly nF: number,
    private readonly edges: Float32Array[],
    private readonly settings: GrowSettings,
    private readonly unitHessians: boolean,
  ) {
    const n = bins.length / nF;
    this.rowsBuffer = new Int32Array(n);
    this.scratch = new Int32Array(n);
    this.nBins = Int32Array.from(edges, (e) => e.length + 1);
    this.columns = edges.map((_, f) => {
      const column = new Uint8Array(n);
      for (let r = 0; r < n; r++) column[r] = bins[r * nF + f];
      return column;
    });
    this.binStride = unitHessians ? 2 : 3;
    this.countSlot = unitHessians ? 1 : 2;
    this.featureStride = 256 * this.binStride;
  }

  grow(
    grad: Float64Array,
    hess: Float64Array,
    weights: Float64Array,
    bagRows: Int32Array,
    features: Int32Array,
    leafOutput: LeafOutput | null,
  ): { tree: GbdtTree; splitBin: Int32Array } {
    const s = this.settings;
    const rows = this.rowsBuffer;
    rows.set(bagRows);
    const tree: GbdtTree = {
      feature: [], threshold: [], defaultLeft: [], left: [], right: [], value: [], cover: [], gain: [],
    };
    const splitBins: number[] = [];
    const addNode = () => {
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.defaultLeft.push(false);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      tree.cover.push(0);
      tree.gain.push(0);
      splitBins.push(-1);
      return tree.feature.length - 1;
    };

    let sumG = 0;
    let sumH = 0;
    for (let i = 0; i < bagRows.length; i++) {
      sumG += grad[bagRows[i]];
      sumH += hess[bagRows[i]];
    }
    const root: Leaf = {
      node: addNode(), begin: 0, end: bagRows.length, depth: 0, sumG, sumH,
      lower: -Infinity, upper: Infinity, hist: null, split: null,
    };
    const leaves: Leaf[] = [root];
    if (this.canSplit(root)) {
      root.hist = this.buildHistogram(root, grad, hess, features);
      root.split = this.bestSplit(root, features);
    }

    while (leaves.length < s.maxLeaves) {
      let chosen = -1;
      for (let i = 0; i < leaves.length; i++) {
        const split = leaves[i].split;
        if (split && (chosen < 0 || split.gain > leaves[chosen].split!.gain)) chosen = i;
      }
      if (chosen < 0) break;
      const parent = leaves[chosen];
      const split = parent.split!;
      const children = this.splitLeaf(parent, split, tree, splitBins, addNode);
      leaves.splice(chosen, 1, ...children);
      this.prepareChildren(parent, children, grad, hess, features);
    }

    this.lastLeaves = leaves;
    for (const leaf of leaves) {
      if (leaf.hist) this.histPool.push(leaf.hist);
      leaf.hist = null;
      const leafRows = rows.subarray(leaf.begin, leaf.end);
      const unscaled = leafOutput ? leafOutput(leafRows, leaf.sumG, leaf.sumH) : -leaf.sumG / (leaf.sumH + s.l2);
      tree.value[leaf.node] = Math.fround(s.learningRate * Math.min(leaf.upper, Math.max(leaf.lower, unscaled)));
      let cover = 0;
      for (let i = 0; i < leafRows.length; i++) cover += weights[leafRows[i]];
      tree.cover[leaf.node] = cover;
    }
    // Children are created after their parent, so a reverse pass sums covers bottom-up.
    for (let node = tree.feature.length - 1; node >= 0; node--) {
      if (tree.feature[node] >= 0) tree.cover[node] = tree.cover[tree.left[node]] + tree.cover[tree.right[node]];
    }
    return { tree, splitBin: Int32Array.from(splitBins) };
  }

  /** Adds the last tree's leaf values to the raw scores of the rows it was grown on. */
  addToGrownRows(tree: GbdtTree, raw: Float64Array): void {
    const rows = this.rowsBuffer;
    for (const leaf of this.lastLeaves) {
      const value = tree.value[leaf.node];
      for (let i = leaf.begin; i < leaf.end; i++) raw[rows[i]] += value;
    }
  }

  private canSplit(leaf: Leaf): boolean {
    return leaf.depth < this.settings.maxDepth && leaf.end - leaf.begin >= 2 * this.settings.minSamplesLeaf;
  }

  /** Turns the leaf into a split node, partitions its rows (left first) and returns the two children. */
  private splitLeaf(
    parent: Leaf,
    split: Split,
    tree: GbdtTree,
    splitBins: number[],
    addNode: () => number,
  ): [Leaf, Leaf] {
    const { feature, bin, defaultLeft } = split;
    const node = parent.node;
    tree.feature[node] = feature;
    tree.threshold[node] = this.edges[feature][bin];
    tree.defaultLeft[node] = defaultLeft;
    tree.gain[node] = split.gain;
    splitBins[node] = bin;
    const leftNode = addNode();
    const rightNode = addNode();
    tree.left[node] = leftNode;
    tree.right[node] = rightNode;

    const rows = this.rowsBuffer;
    const scratch = this.scratch;
    const column = this.columns[feature];
    let nLeft = 0;
    let nRight = 0;
    for (let i = parent.begin; i < parent.end; i++) {
      const r = rows[i];
      const b = column[r];
      if (b === MISSING_BIN ? defaultLeft : b <= bin) rows[parent.begin + nLeft++] = r;
      else scratch[nRight++] = r;
    }
    const mid = parent.begin + nLeft;
    rows.set(scratch.subarray(0, nRight), mid);

    // Monotonic constraint: the left child's value may not exceed the right's (or the reverse).
    let leftBounds = [parent.lower, parent.upper];
    let rightBounds = [parent.lower, parent.upper];
    const direction = this.settings.monotone[feature];
    if (direction !== 0) {
      const l2 = this.settings.l2;
      const leftValue = clamp(-split.leftG / (split.leftH + l2), parent.lower, parent.upper);
      const rightValue = clamp(
        -(parent.sumG - split.leftG) / (parent.sumH - split.leftH + l2), parent.lower, parent.upper,
      );
      const middle = (leftValue + rightValue) / 2;
      if (direction > 0) {
        leftBounds = [parent.lower, middle];
        rightBounds = [middle, parent.upper];
      } else {
        leftBounds = [middle, parent.upper];
        rightBounds = [parent.lower, middle];
      }
    }
    const child = (nodeIndex: number, begin: number, end: number, g: number, h: number, bounds: number[]): Leaf => ({
      node: nodeIndex, begin, end, depth: parent.depth + 1, sumG: g, sumH: h,
      lower: bounds[0], upper: bounds[1], hist: null, split: null,
    });
    return [
      child(leftNode, parent.begin, mid, split.leftG, split.leftH, leftBounds),
      child(rightNode, mid, parent.end, parent.sumG - split.leftG, parent.sumH - split.leftH, rightBounds),
    ];
  }

  /** Histograms of the children (smaller one built, larger one by subtraction) and their best splits. */
  private prepareChildren(
    parent: Leaf,
    children: [Leaf, Leaf],
    grad: Float64Array,
    hess: Float64Array,
    features: Int32Array,
  ): void {
    const parentHist = parent.hist!;
    parent.hist = null;
    const [left, right] = children;
    if (!this.canSplit(left) && !this.canSplit(right)) {
      this.histPool.push(parentHist);
      return;
    }
    const smaller = left.end - left.begin <= right.end - right.begin ? left : right;
    const larger = smaller === left ? right : left;
    smaller.hist = this.buildHistogram(smaller, grad, hess, features);
    const featureStride = this.featureStride;
    for (let k = 0; k < features.length; k++) {
      const start = features[k] * featureStride;
      for (let o = start; o < start + featureStride; o++) parentHist[o] -= smaller.hist[o];
    }
    larger.hist = parentHist;
    for (const leaf of children) {
      if (this.canSplit(leaf)) leaf.split = this.bestSplit(leaf, features);
      else {
        this.histPool.push(leaf.hist!);
        leaf.hist = null;
      }
    }
  }

  private buildHistogram(leaf: Leaf, grad: Float64Array, hess: Float64Array, features: Int32Array): Float64Array {
    const featureStride = this.featureStride;
    const hist = this.histPool.pop() ?? new Float64Array(this.nF * featureStride);
    for (let k = 0; k < features.length; k++) {
      hist.fill(0, features[k] * featureStride, (features[k] + 1) * featureStride);
    }
    const rows = this.rowsBuffer;
    const bins = this.bins;
    const nF = this.nF;
    const nSelected = features.length;
    if (this.unitHessians) {
      for (let i = leaf.begin; i < leaf.end; i++) {
        const r = rows[i];
        const g = grad[r];
        const base = r * nF;
        for (let k = 0; k < nSelected; k++) {
          const f = features[k];
          const o = (f << 9) + (bins[base + f] << 1);
          hist[o] += g;
          hist[o + 1] += 1;
        }
      }
    } else {
      for (let i = leaf.begin; i < leaf.end; i++) {
        const r = rows[i];
        const g = grad[r];
        const h = hess[r];
        const base = r * nF;
        for (let k = 0; k < nSelected; k++) {
          const f = features[k];
          const o = f * 768 + bins[base + f] * 3;
          hist[o] += g;
          hist[o + 1] += h;
          hist[o + 2] += 1;
        }
      }
    }
    return hist;
  }

  /** Best split of a leaf over the given features, or null when none reduces the loss enough. */
  private bestSplit(leaf: Leaf, features: Int32Array): Split | null {
    const { minSamplesLeaf, minHessianLeaf, l2, minGain, monotone } = this.settings;
    const { binStride, countSlot } = this;
    const hist = leaf.hist!;
    const totalG = leaf.sumG;
    const totalH = leaf.sumH;
    const totalCount = leaf.end - leaf.begin;
    const parentScore = (totalG * totalG) / (totalH + l2);
    let best: Split | null = null;
    let bestGain = Math.max(minGain, 0);

    for (let k = 0; k < features.length; k++) {
      const f = features[k];
      const nBins = this.nBins[f];
      if (nBins < 2) continue;
      const start = f * this.featureStride;
      const missing = start + MISSING_BIN * binStride;
      const missingG = hist[missing];
      const missingH = hist[missing + 1];
      const missingCount = hist[missing + countSlot];
      const direction = monotone[f];
      let g = 0;
      let h = 0;
      let count = 0;
      for (let b = 0; b < nBins - 1; b++) {
        const o = start + b * binStride;
        g += hist[o];
        h += hist[o + 1];
        count += hist[o + countSlot];
        // Missing rows go right, then (when there are any) left; with none, default to the heavier side.
        for (let side = 0; side < (missingCount > 0 ? 2 : 1); side++) {
          const leftG = side === 0 ? g : g + missingG;
          const leftH = side === 0 ? h : h + missingH;
          const leftCount = side === 0 ? count : count + missingCount;
          const rightG = totalG - leftG;
          const rightH = totalH - leftH;
          const rightCount = totalCount - leftCount;
          if (leftCount < minSamplesLeaf || rightCount < minSamplesLeaf) continue;
          if (leftH < minHessianLeaf || rightH < minHessianLeaf) continue;
          const gain = (leftG * leftG) / (leftH + l2) + (rightG * rightG) / (rightH + l2) - parentScore;
          if (!(gain > bestGain)) continue;
          if (direction !== 0) {
            const leftValue = clamp(-leftG / (leftH + l2), leaf.lower, leaf.upper);
            const rightValue = clamp(-rightG / (rightH + l2), leaf.lower, leaf.upper);
            if (direction > 0 ? leftValue > rightValue : leftValue < rightValue) continue;
          }
          bestGain = gain;
          best = {
            feature: f,
            bin: b,
            defaultLeft: missingCount > 0 ? side === 1 : leftH >= rightH,
            gain,
            leftG,
            leftH,
          };
        }
      }
    }
    return best;
  }
}

function clamp(v: number, lower: number, upper: number): number {
  return Math.min(upper, Math.max(lower, v));
}
