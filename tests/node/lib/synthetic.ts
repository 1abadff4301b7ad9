// Synthetic data sets with known structure for the learner tests.
import { zerosMatrix, type Matrix } from "../../../models/lib/matrix.ts";
import type { Rng } from "../../../models/lib/rng.ts";

export const FRIEDMAN_FEATURES = ["x0", "x1", "x2", "x3", "x4", "noise0", "noise1", "noise2"];

/** Friedman #1 target on uniform features: 10 sin(pi x0 x1) + 20 (x2 - 0.5)^2 + 10 x3 + 5 x4. */
export function friedman(row: ArrayLike<number>): number {
  return 10 * Math.sin(Math.PI * row[0] * row[1]) + 20 * (row[2] - 0.5) ** 2 + 10 * row[3] + 5 * row[4];
}

/** Uniform [0, 1) features (float32); a share of cells set to NaN when missingRate > 0. */
export function uniformMatrix(rng: Rng, n: number, names: readonly string[], missingRate = 0): Matrix {
  const x = zerosMatrix(n, names);
  for (let i = 0; i < x.data.length; i++) x.data[i] = rng.next() < missingRate ? NaN : rng.next();
  return x;
}

/** Random rows for runtime comparisons: normal values, some NaN, some exactly on split thresholds. */
export function probeMatrix(rng: Rng, n: number, names: readonly string[], thresholds: number[][]): Matrix {
  const x = zerosMatrix(n, names);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < names.length; c++) {
      const u = rng.next();
      const own = thresholds[c] ?? [];
      let v = rng.next() * 1.2 - 0.1;
      if (u < 0.1) v = NaN;
      else if (u < 0.3 && own.length > 0) v = own[rng.int(own.length)];
      x.data[r * names.length + c] = v;
    }
  }
  return x;
}
