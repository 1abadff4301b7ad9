// fast-check generators of plausible households for the property tests of the rights engine.
import fc from "fast-check";
import type { HouseholdInput } from "../../../domain/rights/household.ts";

const money = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100));

const adult = fc.record({
  age: fc.integer({ min: 16, max: 95 }),
  earnedIncomeMonthly: money(4000),
  pensionsMonthly: money(2000),
  otherIncomeMonthly: money(1500),
  disabilityRecognised: fc.boolean(),
  student: fc.boolean(),
});

export const householdArbitrary: fc.Arbitrary<HouseholdInput> = fc.record(
  {
    adults: fc.array(adult, { minLength: 1, maxLength: 2 }),
    children: fc.array(fc.record({ age: fc.integer({ min: 0, max: 24 }) }), { maxLength: 6 }),
    housing: fc.record(
      {
        status: fc.constantFrom("tenantPrivate", "tenantSocial", "owner", "hostedFree", "homeless"),
        rentMonthly: money(2000),
        chargesMonthly: money(200),
        receivesHousingAid: fc.boolean(),
        housingAidMonthly: money(600),
      },
      { requiredKeys: ["status", "receivesHousingAid"] },
    ),
    savings: money(50000),
    familyBenefitsMonthly: money(800),
    lawfulResidence: fc.boolean(),
    residencePermitYears: fc.integer({ min: 0, max: 30 }),
    arrondissement: fc.integer({ min: 1, max: 20 }),
    parisResidenceYears: fc.integer({ min: 0, max: 5 }),
  },
  { requiredKeys: ["adults", "housing", "lawfulResidence"] },
);

export const dateArbitrary = fc.constantFrom("2024-01-15", "2024-06-01", "2025-03-15", "2025-06-01", "2026-02-01", "2026-06-01");
