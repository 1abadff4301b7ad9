// Calibration of the generating model to published group rates, and the generating model of the
// synthetic population against the DREES figures it is calibrated to.
import { describe, expect, test } from "vitest";
import { createRng } from "../../../models/lib/rng.ts";
import { calibrateRates } from "../../../models/non-take-up/training/calibrate.ts";
import { rateTable } from "../../../models/non-take-up/training/outcomes.ts";
import { labelledPopulation } from "../../../models/non-take-up/training/train.ts";

describe("calibrateRates", () => {
  test("finds coefficients whose group means equal the targets, with offsets", () => {
    const rng = createRng(5);
    const n = 20_000;
    const k = 3;
    const design = new Uint8Array(n * k);
    const offsets = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      design[i * k] = 1;
      design[i * k + 1] = rng.next() < 0.3 ? 1 : 0;
      design[i * k + 2] = rng.next() < 0.5 ? 1 : 0;
      offsets[i] = rng.normal(0, 1);
    }
    const { achieved, coefficients } = calibrateRates({ design, k, offsets, rates: [0.4, 0.7, 0.25] });
    achieved.forEach((a, j) => expect(a).toBeCloseTo([0.4, 0.7, 0.25][j], 8));
    expect(coefficients[1]).toBeGreaterThan(0);
    expect(coefficients[2]).toBeLessThan(0);
  });

  test("refuses an empty group instead of inventing a coefficient", () => {
    const design = Uint8Array.from([1, 0, 1, 0]);
    expect(() => calibrateRates({ design, k: 2, offsets: new Float64Array(2), rates: [0.3, 0.5] })).toThrow(/empty or collinear/);
  });
});

test("the synthetic population reproduces every DREES rate it is calibrated to", () => {
  const population = labelledPopulation({ seed: 77, n: 60_000 });
  const table = rateTable(population.units, population.households, population.generating, population.labels);
  for (const row of table.filter((r) => r.constraint)) {
    expect(row.generating, `${row.benefit} ${row.group}`).toBeCloseTo(row.rate, 6);
    expect(Math.abs(row.drawn - row.rate), `${row.benefit} ${row.group} drawn`).toBeLessThan(4 / Math.sqrt(row.count));
  }
  // The ASPA gradient by amount due is imposed band by band, the two DREES ends included.
  expect(table.find((r) => r.group === "stake0to100")).toMatchObject({ benefit: "aspa", rate: 0.77, constraint: true, interpolated: false });
  expect(table.find((r) => r.group === "stake500to600")).toMatchObject({ benefit: "aspa", rate: 0.22, constraint: true, interpolated: false });
  expect(table.filter((r) => r.interpolated).map((r) => r.group)).toEqual(["stake100to200", "stake200to300", "stake300to400", "stake400to500"]);
});
