import { describe, expect, test } from "vitest";
import { createRng } from "../../../models/lib/rng.ts";

describe("createRng", () => {
  test("same seed gives the same stream, another seed another stream", () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const sa = Array.from({ length: 100 }, () => a.nextUint32());
    const sb = Array.from({ length: 100 }, () => b.nextUint32());
    const sc = Array.from({ length: 100 }, () => c.nextUint32());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  test("uniform and normal draws have the right moments", () => {
    const rng = createRng(7);
    const n = 200_000;
    let sum = 0, sumNormal = 0, sumNormalSq = 0, below = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      if (u < 0.1) below++;
      const z = rng.normal(3, 2);
      sumNormal += z;
      sumNormalSq += z * z;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(below / n).toBeCloseTo(0.1, 2);
    const mean = sumNormal / n;
    expect(mean).toBeCloseTo(3, 1);
    expect(Math.sqrt(sumNormalSq / n - mean * mean)).toBeCloseTo(2, 1);
  });

  test("int stays in range and hits every value", () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(7));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(() => rng.int(0)).toThrow();
  });

  test("shuffle is a permutation and sampleIndices draws sorted distinct indices", () => {
    const rng = createRng(5);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((p, q) => p - q)).toEqual(items);

    const sample = rng.sampleIndices(1000, 300);
    expect(sample.length).toBe(300);
    for (let i = 1; i < sample.length; i++) expect(sample[i]).toBeGreaterThan(sample[i - 1]);
    expect(sample[299]).toBeLessThan(1000);
    expect(Array.from(rng.sampleIndices(5, 5))).toEqual([0, 1, 2, 3, 4]);
    // Each index is drawn with probability k / n.
    const hits = new Float64Array(10);
    for (let t = 0; t < 20_000; t++) for (const i of rng.sampleIndices(10, 3)) hits[i]++;
    for (const h of hits) expect(h / 20_000).toBeCloseTo(0.3, 1);
  });
});
