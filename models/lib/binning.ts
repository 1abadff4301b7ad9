// Quantile binning of float32 features into at most 255 bins (uint8), the representation the GBDT
// learner builds its histograms from. A bin's upper edge is a float32 value, so "bin <= b" is exactly
// "x <= edge[b]" for every float32 x, both in TypeScript and in ONNX. Shared code.

import type { Matrix } from "./matrix.ts";

/** Bin code of a missing (NaN) value; real bins are 0 .. nBins - 1 <= 254. */
export const MISSING_BIN = 255;
export const MAX_BINS = 255;

/**
 * Upper edges of the bins of each feature: value x falls in the first bin b with x <= edges[b], or in
 * the last bin (index edges.length) when it exceeds every edge. Edges sit halfway between neighbouring
 * distinct training values, and bins hold about equal numbers of rows when there are more than maxBins
 * distinct values.
 */
export function computeBinEdges(x: Matrix, maxBins = MAX_BINS): Float32Array[] {
  if (!(maxBins >= 2 && maxBins <= MAX_BINS)) throw new RangeError(`maxBins must be in [2, ${MAX_BINS}]`);
  const edges: Float32Array[] = [];
  const values = new Float32Array(x.nRows);
  for (let c = 0; c < x.nCols; c++) {
    let n = 0;
    for (let r = 0; r < x.nRows; r++) {
      const v = x.data[r * x.nCols + c];
      if (!Number.isNaN(v)) values[n++] = v;
    }
    edges.push(featureEdges(values.subarray(0, n).sort(), maxBins));
  }
  return edges;
}

function featureEdges(sorted: Float32Array, maxBins: number): Float32Array {
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]++;
    else {
      distinct.push(sorted[i]);
      counts.push(1);
    }
  }
  const edges: number[] = [];
  if (distinct.length <= maxBins) {
    for (let i = 0; i + 1 < distinct.length; i++) edges.push(midpoint(distinct[i], distinct[i + 1]));
    return Float32Array.from(edges);
  }
  // Greedy equal-frequency cuts: close a bin once it holds about its share of the remaining rows.
  let remaining = sorted.length;
  let binsLeft = maxBins;
  let inBin = 0;
  for (let i = 0; i + 1 < distinct.length && binsLeft > 1; i++) {
    inBin += counts[i];
    if (inBin + counts[i + 1] / 2 >= remaining / binsLeft) {
      edges.push(midpoint(distinct[i], distinct[i + 1]));
      remaining -= inBin;
      inBin = 0;
      binsLeft--;
    }
  }
  return Float32Array.from(edges);
}

/** A float32 value m with a <= m < b, halfway when float32 allows (a < b are float32 values). */
function midpoint(a: number, b: number): number {
  const m = Math.fround((a + b) / 2);
  return m >= a && m < b ? m : a;
}

/** Bin of one value against one feature's edges (binary search). */
export function binOf(value: number, edges: Float32Array): number {
  if (Number.isNaN(value)) return MISSING_BIN;
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (value <= edges[mid]) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Row-major uint8 bin codes of a matrix (same layout as the matrix). */
export function binMatrix(x: Matrix, edges: Float32Array[]): Uint8Array {
  if (edges.length !== x.nCols) throw new RangeError(`${edges.length} bin edge sets for ${x.nCols} columns`);
  const bins = new Uint8Array(x.nRows * x.nCols);
  for (let r = 0; r < x.nRows; r++) {
    for (let c = 0; c < x.nCols; c++) bins[r * x.nCols + c] = binOf(x.data[r * x.nCols + c], edges[c]);
  }
  return bins;
}
