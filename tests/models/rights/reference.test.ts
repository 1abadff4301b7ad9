// Runs the hand-computed reference households against the rights engine.
import { describe, expect, test } from "vitest";
import { parseHousehold, simulate } from "../../../models/rights/simulate.ts";
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
        if (expected.monthlyContribution !== undefined) {
          expect(actual.monthlyContribution, benefit).toBe(expected.monthlyContribution);
        }
      }
    });
  }
});
