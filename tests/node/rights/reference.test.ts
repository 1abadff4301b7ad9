// Runs the hand-computed reference households against the rights engine.
import { describe, expect, test } from "vitest";
import { parseHousehold, simulate } from "../../../domain/rights/simulate.ts";
import { referenceCases } from "./reference-households.ts";

describe("reference households", () => {
  for (const c of referenceCases) {
    test(c.name, () => {
      const { results } = simulate(parseHousehold(c.household), { date: c.date });
      for (const [benefit, expected] of Object.entries(c.expected)) {
        const actual = results.find((r) => r.benefit === benefit);
        expect(actual, benefit).toBeDefined();
        if (!actual) continue;
        expect(actual.eligible, `${benefit} eligibility (${c.arithmetic})`).toBe(expected.eligible);
        if (expected.monthlyAmount === null) expect(actual.monthlyAmount, benefit).toBeNull();
        else if (expected.monthlyAmount !== undefined) {
          expect(actual.monthlyAmount, `${benefit} amount (${c.arithmetic})`).toBeCloseTo(expected.monthlyAmount, 2);
        }
        if (expected.variant !== undefined) expect(actual.variant, benefit).toBe(expected.variant);
        if (expected.yearlyAmount !== undefined) expect(actual.yearlyAmount, benefit).toBeCloseTo(expected.yearlyAmount, 2);
        if (expected.fareReduction !== undefined) expect(actual.fareReduction, benefit).toBe(expected.fareReduction);
        if (expected.monthlyContribution !== undefined) {
          expect(actual.monthlyContribution, benefit).toBe(expected.monthlyContribution);
        }
      }
    });
  }

  test("the reason for deemed savings income gives the rate of the parameter file (3 %)", () => {
    const c = referenceCases.find((x) => x.name.includes("20,000 € of savings"))!;
    const aspa = simulate(parseHousehold(c.household), { date: c.date }).results.find((r) => r.benefit === "aspa")!;
    expect(aspa.reasons.find((r) => r.code === "aspa.savingsDeemedIncome")?.params).toEqual({ rate: 3 });
  });
});
