// Evaluation metrics for the project's models: ranking and calibration of probabilities (AUC, log loss,
// Brier score, calibration table) and error of price-like predictions (MdAPE, share within a tolerance,
// MAE, RMSE), plus quantile helpers. Shared code; every function takes plain or typed arrays.

type Values = ArrayLike<number>;

function checkSameLength(a: Values, b: Values, what: string): void {
  if (a.length !== b.length) throw new RangeError(`${what}: lengths differ (${a.length} vs ${b.length})`);
  if (a.length === 0) throw new RangeError(`${what}: no values`);
}

function weightAt(weights: Values | undefined, i: number): number {
  return weights === undefined ? 1 : weights[i];
}

/**
 * Area under the ROC curve: probability that a random positive scores above a random negative, ties
 * counting one half (Mann–Whitney). Labels are 0/1; optional non-negative sample weights.
 */
export function auc(scores: Values, labels: Values, weights?: Values): number {
  checkSameLength(scores, labels, "auc");
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let negativesBelow = 0;
  let pairsWon = 0;
  let totalPositive = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    let groupPositive = 0;
    let groupNegative = 0;
    while (end < order.length && scores[order[end]] === scores[order[start]]) {
      const i = order[end];
      if (labels[i] === 1) groupPositive += weightAt(weights, i);
      else groupNegative += weightAt(weights, i);
      end++;
    }
    pairsWon += groupPositive * (negativesBelow + groupNegative / 2);
    negativesBelow += groupNegative;
    totalPositive += groupPositive;
    start = end;
  }
  if (totalPositive === 0 || negativesBelow === 0) throw new RangeError("auc needs both classes");
  return pairsWon / (totalPositive * negativesBelow);
}

/** Mean negative log-likelihood of 0/1 labels; probabilities are clipped to [eps, 1 - eps]. */
export function logLoss(probabilities: Values, labels: Values, weights?: Values, eps = 1e-15): number {
  checkSameLength(probabilities, labels, "logLoss");
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(1 - eps, Math.max(eps, probabilities[i]));
    const w = weightAt(weights, i);
    total -= w * (labels[i] === 1 ? Math.log(p) : Math.log(1 - p));
    weightSum += w;
  }
  return total / weightSum;
}

/** Mean squared difference between probability and 0/1 label. */
export function brier(probabilities: Values, labels: Values, weights?: Values): number {
  checkSameLength(probabilities, labels, "brier");
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weightAt(weights, i);
    total += w * (probabilities[i] - labels[i]) ** 2;
    weightSum += w;
  }
  return total / weightSum;
}

export interface CalibrationRow {
  /** Lower edge of the bin (inclusive). */
  from: number;
  /** Upper edge (exclusive, except for the last bin which includes it). */
  to: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

/**
 * Reliability table. "uniform" bins split [0, 1] into nBins equal widths; "quantile" bins hold about the
 * same number of predictions each (edges at quantiles of p). Empty bins are left out.
 */
export function calibrationTable(
  probabilities: Values,
  labels: Values,
  nBins = 10,
  strategy: "uniform" | "quantile" = "uniform",
): CalibrationRow[] {
  checkSameLength(probabilities, labels, "calibrationTable");
  const edges: number[] = [];
  for (let b = 0; b <= nBins; b++) {
    edges.push(strategy === "uniform" ? b / nBins : quantile(probabilities, b / nBins));
  }
  const count = new Array<number>(nBins).fill(0);
  const sumPredicted = new Array<number>(nBins).fill(0);
  const sumObserved = new Array<number>(nBins).fill(0);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    let b = 0;
    while (b < nBins - 1 && p >= edges[b + 1]) b++;
    count[b]++;
    sumPredicted[b] += p;
    sumObserved[b] += labels[i];
  }
  const rows: CalibrationRow[] = [];
  for (let b = 0; b < nBins; b++) {
    if (count[b] === 0) continue;
    rows.push({
      from: edges[b],
      to: edges[b + 1],
      count: count[b],
      meanPredicted: sumPredicted[b] / count[b],
      observedRate: sumObserved[b] / count[b],
    });
  }
  return rows;
}

/** Quantile with linear interpolation between order statistics (type 7, as R and numpy default). */
export function quantile(values: Values, q: number): number {
  if (values.length === 0) throw new RangeError("quantile of no values");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1], got ${q}`);
  const sorted = Float64Array.from(values).sort();
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
}

export function median(values: Values): number {
  return quantile(values, 0.5);
}

function absolutePercentageErrors(trueValues: Values, predicted: Values, what: string): Float64Array {
  checkSameLength(trueValues, predicted, what);
  const errors = new Float64Array(trueValues.length);
  for (let i = 0; i < trueValues.length; i++) {
    if (trueValues[i] === 0) throw new RangeError(`${what}: true value 0 at row ${i}`);
    errors[i] = Math.abs(predicted[i] - trueValues[i]) / Math.abs(trueValues[i]);
  }
  return errors;
}

/** Median absolute percentage error, as a fraction (0.115 means 11.5 %). */
export function mdape(trueValues: Values, predicted: Values): number {
  return median(absolutePercentageErrors(trueValues, predicted, "mdape"));
}

/** Share of predictions whose absolute percentage error is at most `tolerance` (0.1 = within 10 %). */
export function shareWithin(trueValues: Values, predicted: Values, tolerance: number): number {
  const errors = absolutePercentageErrors(trueValues, predicted, "shareWithin");
  let within = 0;
  for (const e of errors) if (e <= tolerance) within++;
  return within / errors.length;
}

export function mae(trueValues: Values, predicted: Values): number {
  checkSameLength(trueValues, predicted, "mae");
  let total = 0;
  for (let i = 0; i < trueValues.length; i++) total += Math.abs(predicted[i] - trueValues[i]);
  return total / trueValues.length;
}

export function rmse(trueValues: Values, predicted: Values): number {
  checkSameLength(trueValues, predicted, "rmse");
  let total = 0;
  for (let i = 0; i < trueValues.length; i++) total += (predicted[i] - trueValues[i]) ** 2;
  return Math.sqrt(total / trueValues.length);
}
