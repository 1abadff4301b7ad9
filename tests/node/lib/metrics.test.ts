import { describe, expect, test } from "vitest";
import {
  auc, brier, calibrationTable, logLoss, mae, mdape, median, quantile, rmse, shareWithin,
} from "../../../models/lib/metrics.ts";

describe("classification metrics against hand-computed values", () => {
  test("auc counts won pairs, ties as one half, and honours weights", () => {
    // Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs won.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    // Positive 0.5 ties negative 0.5 (1/2) and beats 0.2; positive 0.9 beats both: 3.5 / 4.
    expect(auc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBeCloseTo(0.875, 12);
    // Weight 3 on negative 0.4: won 0.35>0.1 (1), 0.8>0.1 (1), 0.8>0.4 (3) out of 2 x 4 = 5 / 8.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], [1, 3, 1, 1])).toBeCloseTo(5 / 8, 12);
    expect(() => auc([0.1, 0.2], [1, 1])).toThrow();
  });

  test("logLoss and brier", () => {
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    expect(logLoss([1, 0], [0, 1])).toBeCloseTo((-Math.log(1 - (1 - 1e-15)) - Math.log(1e-15)) / 2, 9);
    expect(brier([0.9, 0.2], [1, 0])).toBeCloseTo(0.025, 12);
    expect(brier([0.9, 0.2], [1, 0], [3, 1])).toBeCloseTo((3 * 0.01 + 0.04) / 4, 12);
  });

  test("calibrationTable with uniform bins leaves empty bins out", () => {
    const rows = calibrationTable([0.05, 0.15, 0.12, 0.95, 1], [0, 1, 0, 1, 1], 10);
    expect(rows.map((r) => r.count)).toEqual([1, 2, 2]);
    expect(rows[0]).toMatchObject({ from: 0, to: 0.1, meanPredicted: 0.05, observedRate: 0 });
    expect(rows[1].from).toBeCloseTo(0.1, 12);
    expect(rows[1].meanPredicted).toBeCloseTo(0.135, 12);
    expect(rows[1].observedRate).toBe(0.5);
    expect(rows[2].meanPredicted).toBeCloseTo(0.975, 12);
    expect(rows[2].to).toBe(1);
  });

  test("calibrationTable with quantile bins holds equal counts", () => {
    const p = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100);
    const y = p.map((v) => (v > 0.5 ? 1 : 0));
    const rows = calibrationTable(p, y, 4, "quantile");
    expect(rows.map((r) => r.count)).toEqual([25, 25, 25, 25]);
    expect(rows[0].observedRate).toBe(0);
    expect(rows[3].observedRate).toBe(1);
  });
});

describe("regression metrics against hand-computed values", () => {
  test("mdape and shareWithin use |predicted - true| / |true|", () => {
    expect(mdape([100, 200, 400], [110, 180, 400])).toBeCloseTo(0.1, 12);
    expect(mdape([100, 200, 400, 50], [130, 180, 400, 50])).toBeCloseTo(0.05, 12);
    expect(shareWithin([100, 200, 400], [110, 180, 404], 0.05)).toBeCloseTo(1 / 3, 12);
    expect(shareWithin([100, 200, 400], [110, 180, 404], 0.1)).toBe(1);
    expect(() => mdape([0], [1])).toThrow();
  });

  test("mae, rmse, quantile and median", () => {
    expect(mae([1, 2, 3], [2, 2, 5])).toBeCloseTo(1, 12);
    expect(rmse([1, 2, 3], [2, 2, 5])).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([4, 1, 3, 2], 1)).toBe(4);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([5, 1, 3, 2])).toBe(2.5);
  });
});
