// L2-regularised logistic regression fitted exactly by Newton's method (IRLS) on the original feature
// scale, with standard errors, so callers can report odds ratios exp(w) and their confidence intervals.
// Shared code.

import type { Matrix } from "./matrix.ts";

export interface LogisticModel {
  kind: "logistic";
  featureNames: string[];
  /** One coefficient per feature, on the original feature scale (log odds per unit). */
  weights: number[];
  intercept: number;
  /** Standard errors of the weights: sqrt of the diagonal of the inverse penalised Hessian. */
  standardErrors: number[];
  interceptStandardError: number;
  /** Penalty used: l2 / 2 * sum(weights^2) (the intercept is not penalised). */
  l2: number;
  iterations: number;
  converged: boolean;
}

export interface LogisticOptions {
  /** L2 penalty strength (0 = plain maximum likelihood). */
  l2?: number;
  /** Non-negative per-row weights (frequency weights). */
  sampleWeights?: ArrayLike<number>;
  maxIterations?: number;
  /** Stops when every coefficient moves by less than tolerance * (1 + |coefficient|). */
  tolerance?: number;
}

/** Fits P(y = 1 | x) = sigmoid(intercept + x . weights). Labels are 0/1; features must not be NaN. */
export function fitLogistic(x: Matrix, labels: ArrayLike<number>, options: LogisticOptions = {}): LogisticModel {
  const { l2 = 0, sampleWeights, maxIterations = 100, tolerance = 1e-10 } = options;
  const n = x.nRows;
  const p = x.nCols + 1; // coefficient 0 is the intercept
  if (labels.length !== n) throw new RangeError(`fitLogistic: ${n} rows but ${labels.length} labels`);
  if (sampleWeights !== undefined) {
    if (sampleWeights.length !== n) throw new RangeError(`fitLogistic: ${n} rows but ${sampleWeights.length} sample weights`);
    for (let i = 0; i < n; i++) {
      if (!(sampleWeights[i] >= 0 && Number.isFinite(sampleWeights[i]))) throw new RangeError(`bad sample weight ${sampleWeights[i]}`);
    }
  }
  for (let i = 0; i < x.data.length; i++) {
    if (Number.isNaN(x.data[i])) throw new RangeError("fitLogistic: features contain NaN; impute them first");
  }
  let positive = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = sampleWeights === undefined ? 1 : sampleWeights[i];
    if (labels[i] !== 0 && labels[i] !== 1) throw new RangeError(`fitLogistic: label ${labels[i]} is not 0/1`);
    positive += w * labels[i];
    total += w;
  }
  if (positive === 0 || positive === total) throw new RangeError("fitLogistic needs both classes");

  const beta = new Float64Array(p);
  beta[0] = Math.log(positive / (total - positive));
  const penalty = (coefficients: Float64Array) => {
    let s = 0;
    for (let j = 1; j < p; j++) s += coefficients[j] ** 2;
    return (l2 / 2) * s;
  };
  let objective = negativeLogLikelihood(x, labels, sampleWeights, beta) + penalty(beta);
  let iterations = 0;
  let converged = false;

  while (iterations < maxIterations && !converged) {
    iterations++;
    const { gradient, hessian } = gradientAndHessian(x, labels, sampleWeights, beta, l2);
    const step = solveSymmetric(hessian, gradient, p);
    converged = step.every((s, j) => Math.abs(s) <= tolerance * (1 + Math.abs(beta[j])));
    // Newton step with halving, so the penalised likelihood never gets worse.
    const candidate = new Float64Array(p);
    let accepted = false;
    for (let scale = 1, halving = 0; halving < 30 && !accepted; halving++, scale /= 2) {
      for (let j = 0; j < p; j++) candidate[j] = beta[j] - scale * step[j];
      const candidateObjective = negativeLogLikelihood(x, labels, sampleWeights, candidate) + penalty(candidate);
      if (candidateObjective <= objective) {
        accepted = true;
        beta.set(candidate);
        objective = candidateObjective;
      }
    }
    if (!accepted) break; // no progress possible at double precision
  }

  const { hessian } = gradientAndHessian(x, labels, sampleWeights, beta, l2);
  const covarianceDiagonal = inverseDiagonal(hessian, p);
  return {
    kind: "logistic",
    featureNames: [...x.featureNames],
    weights: Array.from(beta.subarray(1)),
    intercept: beta[0],
    standardErrors: Array.from(covarianceDiagonal.subarray(1), Math.sqrt),
    interceptStandardError: Math.sqrt(covarianceDiagonal[0]),
    l2,
    iterations,
    converged,
  };
}

/** Probability of the positive class for each row (NaN where a feature is NaN). */
export function predictLogistic(model: LogisticModel, x: Matrix): Float64Array {
  if (x.nCols !== model.weights.length) {
    throw new RangeError(`model has ${model.weights.length} features, matrix has ${x.nCols}`);
  }
  const out = new Float64Array(x.nRows);
  for (let r = 0; r < x.nRows; r++) {
    let z = model.intercept;
    for (let c = 0; c < x.nCols; c++) z += model.weights[c] * x.data[r * x.nCols + c];
    out[r] = sigmoid(z);
  }
  return out;
}

export interface OddsRatio {
  feature: string;
  oddsRatio: number;
  low: number;
  high: number;
}

/** exp(weight) per feature with a Wald confidence interval (default 95 %: z = 1.959964). */
export function oddsRatios(model: LogisticModel, z = 1.959963984540054): OddsRatio[] {
  return model.featureNames.map((feature, j) => ({
    feature,
    oddsRatio: Math.exp(model.weights[j]),
    low: Math.exp(model.weights[j] - z * model.standardErrors[j]),
    high: Math.exp(model.weights[j] + z * model.standardErrors[j]),
  }));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function linearPredictor(x: Matrix, beta: Float64Array, r: number): number {
  let z = beta[0];
  for (let c = 0; c < x.nCols; c++) z += beta[c + 1] * x.data[r * x.nCols + c];
  return z;
}

function negativeLogLikelihood(
  x: Matrix,
  labels: ArrayLike<number>,
  sampleWeights: ArrayLike<number> | undefined,
  beta: Float64Array,
): number {
  let total = 0;
  for (let r = 0; r < x.nRows; r++) {
    const z = linearPredictor(x, beta, r);
    // log(1 + exp(z)) - y z, computed without overflow.
    const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    total += (sampleWeights === undefined ? 1 : sampleWeights[r]) * (softplus - labels[r] * z);
  }
  return total;
}

/** Gradient and Hessian of the penalised negative log-likelihood. */
function gradientAndHessian(
  x: Matrix,
  labels: ArrayLike<number>,
  sampleWeights: ArrayLike<number> | undefined,
  beta: Float64Array,
  l2: number,
): { gradient: Float64Array; hessian: Float64Array } {
  const p = x.nCols + 1;
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const row = new Float64Array(p);
  row[0] = 1;
  for (let r = 0; r < x.nRows; r++) {
    for (let c = 0; c < x.nCols; c++) row[c + 1] = x.data[r * x.nCols + c];
    const mu = sigmoid(linearPredictor(x, beta, r));
    const w = sampleWeights === undefined ? 1 : sampleWeights[r];
    const residual = w * (mu - labels[r]);
    const curvature = w * mu * (1 - mu);
    for (let j = 0; j < p; j++) {
      gradient[j] += residual * row[j];
      const scaled = curvature * row[j];
      for (let k = 0; k <= j; k++) hessian[j * p + k] += scaled * row[k];
    }
  }
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < j; k++) hessian[k * p + j] = hessian[j * p + k];
  }
  for (let j = 1; j < p; j++) {
    gradient[j] += l2 * beta[j];
    hessian[j * p + j] += l2;
  }
  return { gradient, hessian };
}

/**
 * Cholesky factor of the symmetric positive definite matrix a (p x p) after Jacobi scaling
 * (D^-1/2 a D^-1/2), which keeps features of very different units well conditioned.
 */
function scaledCholesky(a: Float64Array, p: number): { factor: Float64Array; scale: Float64Array } {
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    if (!(a[j * p + j] > 0)) throw new Error("logistic Hessian is singular (constant or all-zero feature?)");
    scale[j] = 1 / Math.sqrt(a[j * p + j]);
  }
  const factor = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k <= j; k++) {
      let s = a[j * p + k] * scale[j] * scale[k];
      for (let m = 0; m < k; m++) s -= factor[j * p + m] * factor[k * p + m];
      if (j === k) {
        if (!(s > 1e-14)) throw new Error("logistic Hessian is singular (collinear features or separation?)");
        factor[j * p + j] = Math.sqrt(s);
      } else {
        factor[j * p + k] = s / factor[k * p + k];
      }
    }
  }
  return { factor, scale };
}

function solveSymmetric(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const { factor, scale } = scaledCholesky(a, p);
  const y = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = b[j] * scale[j];
    for (let m = 0; m < j; m++) s -= factor[j * p + m] * y[m];
    y[j] = s / factor[j * p + j];
  }
  const x = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    let s = y[j];
    for (let m = j + 1; m < p; m++) s -= factor[m * p + j] * x[m];
    x[j] = s / factor[j * p + j];
  }
  for (let j = 0; j < p; j++) x[j] *= scale[j];
  return x;
}

function inverseDiagonal(a: Float64Array, p: number): Float64Array {
  const diagonal = new Float64Array(p);
  const unit = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    unit.fill(0);
    unit[j] = 1;
    diagonal[j] = solveSymmetric(a, unit, p)[j];
  }
  return diagonal;
}
