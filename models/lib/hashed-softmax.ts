// Softmax regression over hashed sparse features (the fastText linear model): each example is a set of
// bucket ids (1..buckets-1; 0 is padding and has no weight), its score for class k is the MEAN of the
// weights of its ids for k plus a bias, and probabilities are softmax(score / temperature). Training is
// deterministic AdaGrad on cross-entropy with soft targets (a distribution over classes, so an example
// with two right answers counts half for each) and L2 on the weights; the temperature is fitted afterwards
// on a calibration set. Exported to ONNX as Gather + ReduceSum + Div + Add + Softmax (onnx.ts). Shared code.
import { createRng } from "./rng.ts";

export interface HashedExample {
  /** Bucket ids in 1..buckets-1 (duplicates count once each time they appear). */
  ids: ArrayLike<number>;
  /** Target distribution over the classes (sums to 1). */
  target: ArrayLike<number>;
  /** Example weight (default 1). */
  weight?: number;
}

export interface HashedSoftmaxModel {
  buckets: number;
  classes: number;
  /** Row-major [buckets, classes]; row 0 (padding) is all zeros. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface HashedSoftmaxOptions {
  buckets: number;
  classes: number;
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per example on the weights it touches (lazy, applied where the gradient lands). */
  l2?: number;
  seed?: number;
}

/** Scores (before softmax) of one example, into `out`. */
export function hashedScores(model: HashedSoftmaxModel, ids: ArrayLike<number>, out: Float64Array): Float64Array {
  const { classes, weights, bias } = model;
  out.fill(0);
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id <= 0) continue;
    count++;
    const row = id * classes;
    for (let k = 0; k < classes; k++) out[k] += weights[row + k];
  }
  const scale = 1 / Math.max(count, 1);
  for (let k = 0; k < classes; k++) out[k] = out[k] * scale + bias[k];
  return out;
}

/** Softmax of `scores` / temperature, in place. */
export function softmaxInPlace(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s / temperature);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp(scores[k] / temperature - max);
    sum += scores[k];
  }
  for (let k = 0; k < scores.length; k++) scores[k] /= sum;
  return scores;
}

export function predictHashedSoftmax(model: HashedSoftmaxModel, ids: ArrayLike<number>, temperature = 1): Float64Array {
  return softmaxInPlace(hashedScores(model, ids, new Float64Array(model.classes)), temperature);
}

export function fitHashedSoftmax(examples: HashedExample[], options: HashedSoftmaxOptions): HashedSoftmaxModel {
  const { buckets, classes, epochs = 10, learningRate = 0.5, l2 = 1e-6, seed = 1 } = options;
  const weights = new Float32Array(buckets * classes);
  const bias = new Float32Array(classes);
  const squaredWeights = new Float32Array(buckets * classes).fill(1e-8);
  const squaredBias = new Float64Array(classes).fill(1e-8);
  const model: HashedSoftmaxModel = { buckets, classes, weights, bias };
  const order = Int32Array.from(examples.keys());
  const rng = createRng(seed);
  const scores = new Float64Array(classes);
  const gradient = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    rng.shuffle(order);
    for (const index of order) {
      const { ids, target, weight = 1 } = examples[index];
      softmaxInPlace(hashedScores(model, ids, scores));
      let count = 0;
      for (let i = 0; i < ids.length; i++) if (ids[i] > 0) count++;
      const scale = 1 / Math.max(count, 1);
      for (let k = 0; k < classes; k++) gradient[k] = weight * (scores[k] - target[k]);
      for (let k = 0; k < classes; k++) {
        squaredBias[k] += gradient[k] ** 2;
        bias[k] -= (learningRate * gradient[k]) / Math.sqrt(squaredBias[k]);
      }
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id <= 0) continue;
        const row = id * classes;
        for (let k = 0; k < classes; k++) {
          const g = gradient[k] * scale + l2 * weights[row + k];
          squaredWeights[row + k] += g * g;
          weights[row + k] -= (learningRate * g) / Math.sqrt(squaredWeights[row + k]);
        }
      }
    }
  }
  return model;
}

/** Temperature (searched on a log grid, then refined) minimising the cross-entropy of `examples`. */
export function fitTemperature(model: HashedSoftmaxModel, examples: HashedExample[]): number {
  const scores = examples.map((e) => hashedScores(model, e.ids, new Float64Array(model.classes)));
  const loss = (temperature: number) => {
    let total = 0;
    examples.forEach((example, i) => {
      const p = softmaxInPlace(Float64Array.from(scores[i]), temperature);
      for (let k = 0; k < model.classes; k++) {
        if (example.target[k] > 0) total -= example.target[k] * Math.log(Math.max(p[k], 1e-12));
      }
    });
    return total;
  };
  let best = 1;
  let bestLoss = loss(1);
  for (let t = 0.05; t <= 20; t *= 1.1) {
    const l = loss(t);
    if (l < bestLoss) [best, bestLoss] = [t, l];
  }
  return Math.round(best * 1000) / 1000;
}

/** The model with the temperature folded in (weights and bias divided by it), so softmax needs no scaling. */
export function withTemperature(model: HashedSoftmaxModel, temperature: number): HashedSoftmaxModel {
  return {
    ...model,
    weights: model.weights.map((w) => w / temperature),
    bias: model.bias.map((b) => b / temperature),
  };
}
