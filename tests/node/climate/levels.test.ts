// The level scale's matrix is the UKHSA Weather-Health Alert matrix as published: scores 1–16 and colours by
// likelihood and impact, red only when both are high, and a level never falls when impact or likelihood rises.
import { expect, test } from "vitest";
import { IMPACTS, LEVELS, LIKELIHOODS, RISK_MATRIX, highestLevel, levelRank, matrixCell } from "../../../domain/climate/levels.ts";

test("the published scores and colours", () => {
  const scores = LIKELIHOODS.map((l) => RISK_MATRIX[l].map((c) => c.score));
  expect(scores).toEqual([[1, 5, 9, 11], [2, 6, 10, 14], [3, 7, 12, 15], [4, 8, 13, 16]]);
  expect(new Set(LIKELIHOODS.flatMap((l) => RISK_MATRIX[l].map((c) => c.score))).size).toBe(16);
  const reds = LIKELIHOODS.flatMap((l) => IMPACTS.filter((i) => matrixCell(i, l).level === "red").map((i) => [l, i]));
  expect(reds).toEqual([["high", "high"]]);
  expect(matrixCell("medium", "high")).toEqual({ score: 13, level: "orange" });
  expect(matrixCell("low", "low")).toEqual({ score: 6, level: "green" });
});

test("a level never falls when the impact or the likelihood rises", () => {
  for (const l of LIKELIHOODS) {
    for (let i = 1; i < IMPACTS.length; i++) expect(levelRank(matrixCell(IMPACTS[i], l).level)).toBeGreaterThanOrEqual(levelRank(matrixCell(IMPACTS[i - 1], l).level));
  }
  for (const impact of IMPACTS) {
    for (let j = 1; j < LIKELIHOODS.length; j++) {
      expect(levelRank(matrixCell(impact, LIKELIHOODS[j]).level)).toBeGreaterThanOrEqual(levelRank(matrixCell(impact, LIKELIHOODS[j - 1]).level));
    }
  }
});

test("the highest of some levels, unknown ones left out", () => {
  expect(highestLevel(["yellow", null, "orange", undefined, "green"])).toBe("orange");
  expect(highestLevel([null, undefined])).toBeNull();
  expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3]);
});
