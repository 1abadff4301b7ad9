// The housing aid feeds the other rules: an amount the household does not know is estimated, an RSA recipient's
// aid leaves earnings out (CCH R822-17), and a rent given with its charges makes the answer "maybe" where the
// charges change the aid. Amounts worked out by hand (values of the arrêté of 27 September 2024, R0 of 2025).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { HouseholdInput } from "../../../domain/rights/household.ts";
import { parseHousehold, simulate } from "../../../domain/rights/simulate.ts";
import { householdArbitrary } from "./arbitraries.ts";

const DATE = "2025-06-01";
const inParis = (adults: HouseholdInput["adults"], housing: HouseholdInput["housing"]): HouseholdInput => ({
  adults,
  housing,
  lawfulResidence: true,
  arrondissement: 18,
  parisResidenceYears: 5,
});
const run = (h: HouseholdInput, date = DATE) => simulate(parseHousehold(h), { date }).results;
const result = (h: HouseholdInput, benefit: string, date = DATE) => run(h, date).find((r) => r.benefit === benefit)!;

describe("housing aid", () => {
  test("an aid received without its amount is estimated (343 €) and the RSA says it used the estimate", () => {
    const h = inParis([{ age: 30, earnedIncomeMonthly: 0 }], { status: "tenantPrivate", rentMonthly: 800, chargesMonthly: 60, receivesHousingAid: true });
    const aid = result(h, "housingAid");
    expect(aid.eligible).toBe(false);
    expect(aid.reasons).toContainEqual({ code: "housingAid.receivedAmountEstimated", params: { amount: 343 } });
    const rsa = result(h, "rsa");
    expect(rsa.monthlyAmount).toBe(568.94);
    expect(rsa.reasons.map((r) => r.code)).toContain("common.housingAidEstimated");
    expect(rsa.reasons.map((r) => r.code)).not.toContain("common.housingAidAmountUnknown");
  });

  test("an RSA recipient's earnings are left out: 343 € instead of the 338 € they would give", () => {
    // With 500 € of earnings: R = 6,000 - 600 = 5,400; R - R0 = 165; Pp = 39.15 + 3.235 % x 165 = 44.49; aid =
    // 389.68 - 44.49 - 5 = 340.19, less CRDS -> 338 €. The RSA (646.52 - 500 - 77.58 = 68.94) is due, so the aid
    // leaves the earnings out: 343 €.
    const h = inParis([{ age: 30, earnedIncomeMonthly: 500 }], { status: "tenantPrivate", rentMonthly: 800, chargesMonthly: 60, receivesHousingAid: false });
    expect(result(h, "rsa").monthlyAmount).toBe(68.94);
    const aid = result(h, "housingAid");
    expect(aid.monthlyAmount).toBe(343);
    expect(aid.reasons.map((r) => r.code)).toContain("housingAid.rsaEarningsLeftOut");
  });

  test("a low rent given with its charges gives an upper bound, maybe", () => {
    // Rent 300 € taken whole: L = 300, C = 59.97, P0 = 39.15: 320.82 - 5 = 315.82 -> 314 €; the rent without its
    // charges is lower, so is the aid.
    const h = inParis([{ age: 30, earnedIncomeMonthly: 0 }], { status: "tenantSocial", rentMonthly: 300, receivesHousingAid: false });
    const aid = result(h, "housingAid");
    expect(aid).toMatchObject({ eligible: "maybe", monthlyAmount: 314 });
    expect(aid.reasons.map((r) => r.code)).toContain("housingAid.chargesUnknown");
  });

  test("not for people hosted free or homeless; owners with a loan are told it is not computed", () => {
    expect(result(inParis([{ age: 30, earnedIncomeMonthly: 0 }], { status: "hostedFree", receivesHousingAid: false }), "housingAid").eligible).toBe(false);
    const owner = result(inParis([{ age: 30, earnedIncomeMonthly: 0 }], { status: "owner", rentMonthly: 600, receivesHousingAid: false }), "housingAid");
    expect(owner).toMatchObject({ eligible: "maybe", monthlyAmount: null });
  });

  test("paid in whole euros; earning more never raises the aid", () => {
    fc.assert(
      fc.property(householdArbitrary, fc.integer({ min: 1, max: 2000 }), (input, raise) => {
        const h = parseHousehold(input);
        const before = result(h, "housingAid");
        if (before.monthlyAmount !== null) expect(Number.isInteger(before.monthlyAmount)).toBe(true);
        const richer = structuredClone(h);
        richer.adults[0].earnedIncomeMonthly += raise;
        const after = result(richer, "housingAid");
        if (before.monthlyAmount !== null && after.monthlyAmount !== null && after.eligible === before.eligible) {
          // A raise can open the 95 € two-earner allowance (95 x Tp, about 3 €), the only way earnings lower R.
          expect(after.monthlyAmount).toBeLessThanOrEqual(before.monthlyAmount + 6);
        }
      }),
      { numRuns: 400, seed: 13 },
    );
  });
});
