// Loss functions the GBDT learner can minimise: gradients and hessians per row, starting score, the
// loss reported for early stopping, and (for absolute and quantile losses) the quantile that renews
// leaf values. Shared code.

export type ObjectiveName = "squared" | "absolute" | "huber" | "quantile" | "logistic";

export interface Objective {
  name: ObjectiveName;
  /** Best constant raw score for the (weighted) targets. */
  baseScore(y: ArrayLike<number>, w: ArrayLike<number>): number;
  /** Writes d loss / d raw and d² loss / d raw², sample weights included. */
  gradients(y: ArrayLike<number>, w: ArrayLike<number>, raw: Float64Array, grad: Float64Array, hess: Float64Array): void;
  /** Weighted mean loss: squared error, absolute error, Huber, pinball or log loss. */
  loss(y: ArrayLike<number>, w: ArrayLike<number>, raw: Float64Array): number;
  /** For absolute and quantile losses, leaf values are this quantile of the leaf's residuals. */
  leafQuantile: number | null;
}

export interface ObjectiveOptions {
  /** Residual size where the Huber loss turns from quadratic to linear (default 1). */
  huberDelta?: number;
  /** Quantile level for the quantile (pinball) loss (default 0.5). */
  quantileAlpha?: number;
}

export function makeObjective(name: ObjectiveName, options: ObjectiveOptions = {}): Objective {
  const { huberDelta = 1, quantileAlpha = 0.5 } = options;
  switch (name) {
    case "squared":
      return {
        name,
        leafQuantile: null,
        baseScore: (y, w) => weightedMean(y, w),
        gradients: (y, w, raw, grad, hess) => {
          for (let i = 0; i < y.length; i++) {
            grad[i] = w[i] * (raw[i] - y[i]);
            hess[i] = w[i];
          }
        },
        loss: (y, w, raw) => meanOf(y, w, (i) => (raw[i] - y[i]) ** 2),
      };
    case "absolute":
    case "quantile": {
      const alpha = name === "absolute" ? 0.5 : quantileAlpha;
      if (!(alpha > 0 && alpha < 1)) throw new RangeError(`quantileAlpha must be in (0, 1), got ${alpha}`);
      return {
        name,
        leafQuantile: alpha,
        baseScore: (y, w) => weightedQuantile(Float64Array.from(y), w, alpha),
        gradients: (y, w, raw, grad, hess) => {
          for (let i = 0; i < y.length; i++) {
            const d = raw[i] - y[i];
            grad[i] = w[i] * (d > 0 ? 1 - alpha : d < 0 ? -alpha : 0);
            hess[i] = w[i];
          }
        },
        loss: (y, w, raw) =>
          meanOf(y, w, (i) => {
            const d = y[i] - raw[i];
            return d >= 0 ? alpha * d : (alpha - 1) * d;
          }),
      };
    }
    case "huber":
      if (!(huberDelta > 0)) throw new RangeError(`huberDelta must be positive, got ${huberDelta}`);
      return {
        name,
        leafQuantile: null,
        baseScore: (y, w) => weightedQuantile(Float64Array.from(y), w, 0.5),
        gradients: (y, w, raw, grad, hess) => {
          for (let i = 0; i < y.length; i++) {
            grad[i] = w[i] * Math.max(-huberDelta, Math.min(huberDelta, raw[i] - y[i]));
            hess[i] = w[i];
          }
        },
        loss: (y, w, raw) =>
          meanOf(y, w, (i) => {
            const a = Math.abs(raw[i] - y[i]);
            return a <= huberDelta ? 0.5 * a * a : huberDelta * (a - 0.5 * huberDelta);
          }),
      };
    case "logistic":
      return {
        name,
        leafQuantile: null,
        baseScore: (y, w) => {
          for (let i = 0; i < y.length; i++) {
            if (y[i] !== 0 && y[i] !== 1) throw new RangeError(`logistic objective needs 0/1 labels, got ${y[i]}`);
          }
          const p = weightedMean(y, w);
          if (p <= 0 || p >= 1) throw new RangeError("logistic objective needs both classes");
          return Math.log(p / (1 - p));
        },
        gradients: (y, w, raw, grad, hess) => {
          for (let i = 0; i < y.length; i++) {
            const p = 1 / (1 + Math.exp(-raw[i]));
            grad[i] = w[i] * (p - y[i]);
            hess[i] = w[i] * Math.max(p * (1 - p), 1e-16);
          }
        },
        loss: (y, w, raw) =>
          meanOf(y, w, (i) => {
            // log(1 + exp(z)) - y z without overflow
            const z = raw[i];
            return (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
          }),
      };
  }
}

function weightedMean(y: ArrayLike<number>, w: ArrayLike<number>): number {
  return meanOf(y, w, (i) => y[i]);
}

function meanOf(y: ArrayLike<number>, w: ArrayLike<number>, term: (i: number) => number): number {
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < y.length; i++) {
    total += w[i] * term(i);
    weightSum += w[i];
  }
  return total / weightSum;
}

/**
 * Weighted alpha-quantile: the smallest value whose cumulative weight reaches alpha of the total,
 * averaged with the next value when it reaches it exactly (so the unweighted median of an even count is
 * the mean of the two middle values). `weights[i]` is the weight of `values[i]` (all 1 when omitted);
 * neither array is modified.
 */
export function weightedQuantile(values: Float64Array, weights: ArrayLike<number> | undefined, alpha: number): number {
  const n = values.length;
  if (n === 0) throw new RangeError("quantile of no values");
  let order: ArrayLike<number>;
  let sorted: Float64Array;
  if (weights === undefined) {
    sorted = Float64Array.from(values).sort();
    order = { length: n };
  } else {
    const indices = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    sorted = Float64Array.from(indices, (i) => values[i]);
    order = indices;
  }
  const weightAt = (k: number) => (weights === undefined ? 1 : weights[order[k]]);
  let total = 0;
  for (let k = 0; k < n; k++) total += weightAt(k);
  const target = alpha * total;
  let cumulative = 0;
  for (let k = 0; k < n; k++) {
    cumulative += weightAt(k);
    if (cumulative >= target) {
      const exact = Math.abs(cumulative - target) <= 1e-12 * total;
      return exact && k + 1 < n ? (sorted[k] + sorted[k + 1]) / 2 : sorted[k];
    }
  }
  return sorted[n - 1];
}
