// Properties every simulation must keep, checked on generated households.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { benefits, parseHousehold, simulate } from "../../../domain/rights/simulate.ts";
import { dateArbitrary, householdArbitrary } from "./arbitraries.ts";

const runs = { numRuns: 400, seed: 20250601 };

describe("simulation properties", () => {
  test("one result per benefit, amounts finite and not negative, no amount when not eligible", () => {
    fc.assert(
      fc.property(householdArbitrary, dateArbitrary, (input, date) => {
        const { results } = simulate(parseHousehold(input), { date });
        expect(results.map((r) => r.benefit).sort()).toEqual(Object.keys(benefits).sort());
        for (const r of results) {
          if (r.monthlyAmount !== null) {
            expect(Number.isFinite(r.monthlyAmount)).toBe(true);
            expect(r.monthlyAmount).toBeGreaterThanOrEqual(0);
          }
          if (r.eligible === false) expect(r.monthlyAmount).toBe(0);
          if (r.eligible !== false) expect(r.reasons.length + r.steps.length).toBeGreaterThan(0);
          if (r.monthlyContribution !== undefined) expect(r.benefit).toBe("css");
          for (const s of r.steps) expect(Number.isFinite(s.value)).toBe(true);
        }
      }),
      runs,
    );
  });

  test("earning more never raises the RSA", () => {
    fc.assert(
      fc.property(householdArbitrary, fc.integer({ min: 1, max: 50_000 }), (input, raiseCents) => {
        const h = parseHousehold(input);
        const raised = structuredClone(h);
        raised.adults[0].earnedIncomeMonthly += raiseCents / 100;
        const rsa = (x: typeof h) => simulate(x, { date: "2025-06-01" }).results.find((r) => r.benefit === "rsa");
        const before = rsa(h)?.monthlyAmount;
        const after = rsa(raised)?.monthlyAmount;
        if (typeof before === "number" && typeof after === "number") expect(after).toBeLessThanOrEqual(before);
      }),
      runs,
    );
  });

  test("a lower pension never lowers the ASPA", () => {
    fc.assert(
      fc.property(householdArbitrary, (input) => {
        const h = parseHousehold(input);
        const lower = structuredClone(h);
        lower.adults[0].pensionsMonthly = lower.adults[0].pensionsMonthly / 2;
        const aspa = (x: typeof h) => simulate(x, { date: "2025-06-01" }).results.find((r) => r.benefit === "aspa");
        const before = aspa(h)?.monthlyAmount;
        const after = aspa(lower)?.monthlyAmount;
        if (typeof before === "number" && typeof after === "number") expect(after).toBeGreaterThanOrEqual(before);
      }),
      runs,
    );
  });

  test("the same household and date always give the same result", () => {
    fc.assert(
      fc.property(householdArbitrary, dateArbitrary, (input, date) => {
        const h = parseHousehold(input);
        expect(simulate(h, { date })).toEqual(simulate(structuredClone(h), { date }));
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  test("rejects a malformed date", () => {
    const h = parseHousehold({ adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: { status: "homeless", receivesHousingAid: false }, lawfulResidence: true });
    expect(() => simulate(h, { date: "01/06/2025" })).toThrow(RangeError);
  });
});
