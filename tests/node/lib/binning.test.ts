import { describe, expect, test } from "vitest";
import { binMatrix, binOf, computeBinEdges, MISSING_BIN } from "../../../models/lib/binning.ts";
import { createMatrix } from "../../../models/lib/matrix.ts";
import { weightedQuantile } from "../../../models/lib/objectives.ts";
import { createRng } from "../../../models/lib/rng.ts";

describe("computeBinEdges and binMatrix", () => {
  test("few distinct values get one bin each, edges halfway, NaN in the missing bin", () => {
    const x = createMatrix(Float32Array.from([3, 1, NaN, 2, 1, 3]), 6, ["v"]);
    const [edges] = computeBinEdges(x);
    expect(Array.from(edges)).toEqual([1.5, 2.5]);
    expect(Array.from(binMatrix(x, [edges]))).toEqual([2, 0, MISSING_BIN, 1, 0, 2]);
    const constant = createMatrix(Float32Array.from([4, 4, NaN]), 3, ["c"]);
    expect(computeBinEdges(constant)[0].length).toBe(0);
  });

  test("many distinct values: at most maxBins bins of about equal size, float32 edges", () => {
    const rng = createRng(3);
    const n = 20_000;
    const x = createMatrix(Float32Array.from({ length: n }, () => rng.normal() ** 3), n, ["v"]);
    for (const maxBins of [255, 16]) {
      const [edges] = computeBinEdges(x, maxBins);
      expect(edges.length).toBe(maxBins - 1);
      for (let b = 1; b < edges.length; b++) expect(edges[b]).toBeGreaterThan(edges[b - 1]);
      for (const e of edges) expect(Math.fround(e)).toBe(e);
      const counts = new Array<number>(maxBins).fill(0);
      for (const b of binMatrix(x, [edges])) counts[b]++;
      expect(Math.max(...counts)).toBeLessThan(1.5 * (n / maxBins));
      expect(Math.min(...counts)).toBeGreaterThan(0.5 * (n / maxBins));
    }
  });

  test("a heavy value keeps a bin of its own", () => {
    const values = Float32Array.from({ length: 1_000 }, (_, i) => (i < 600 ? 0 : i));
    const x = createMatrix(values, 1_000, ["v"]);
    const [edges] = computeBinEdges(x, 10);
    expect(binOf(0, edges)).toBe(0);
    expect(binOf(600, edges)).toBe(1);
  });

  test("bin b <= k exactly when x <= edges[k], for values around every edge", () => {
    const rng = createRng(4);
    const x = createMatrix(Float32Array.from({ length: 5_000 }, () => rng.normal()), 5_000, ["v"]);
    const [edges] = computeBinEdges(x, 64);
    const probes: number[] = [];
    for (const e of edges) {
      const bits = new Float32Array([e]);
      const asInt = new Int32Array(bits.buffer);
      for (const step of [-1, 0, 1]) {
        const copy = new Int32Array([asInt[0] + (e >= 0 ? step : -step)]);
        probes.push(new Float32Array(copy.buffer)[0]);
      }
    }
    for (const v of probes) {
      const b = binOf(v, edges);
      for (let k = 0; k < edges.length; k++) expect(b <= k).toBe(v <= edges[k]);
    }
  });
});

describe("weightedQuantile", () => {
  test("matches hand-computed weighted quantiles", () => {
    expect(weightedQuantile(Float64Array.from([5, 1, 3]), [1, 1, 1], 0.5)).toBe(3);
    expect(weightedQuantile(Float64Array.from([4, 1, 3, 2]), [1, 1, 1, 1], 0.5)).toBe(2.5);
    expect(weightedQuantile(Float64Array.from([1, 2, 3]), [1, 1, 5], 0.5)).toBe(3);
    expect(weightedQuantile(Float64Array.from([1, 2, 3, 4]), [1, 1, 1, 1], 0.9)).toBe(4);
    expect(weightedQuantile(Float64Array.from([1, 2, 3, 4]), [1, 1, 1, 1], 0.1)).toBe(1);
    expect(weightedQuantile(Float64Array.from([4, 1, 3, 2]), undefined, 0.5)).toBe(2.5);
  });

  test("omitted weights give the same answer as unit weights, and inputs stay untouched", () => {
    const rng = createRng(6);
    for (const n of [1, 2, 7, 100]) {
      const values = Float64Array.from({ length: n }, () => Math.round(rng.normal() * 4));
      const copy = Float64Array.from(values);
      for (const alpha of [0.1, 0.5, 0.9]) {
        expect(weightedQuantile(values, undefined, alpha)).toBe(weightedQuantile(values, new Array(n).fill(1), alpha));
      }
      expect(values).toEqual(copy);
    }
  });
});
