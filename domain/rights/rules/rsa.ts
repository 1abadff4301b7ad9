// Revenu de solidarité active: guaranteed amount for the household minus its resources and the forfait logement.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { both, cents, compositionMultiplier, floorCents, housingFlatAmount, type Trace } from "./common.ts";
import { explainHousingAid, housingDeduction, minimumIncomeFamilyResources, type HouseholdFacts } from "./facts.ts";
import { residenceCondition } from "./residence.ts";
import type { Eligibility, RuleOutcome } from "./types.ts";

const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };

export function compositionRates(p: ParamsAt, group: "rsa" | "primeActivite") {
  return {
    secondPersonRate: p.num(group, "secondPersonRate"),
    furtherPersonRate: p.num(group, "furtherPersonRate"),
    thirdChildOnwardRate: p.num(group, "thirdChildOnwardRate"),
  };
}

/** Isolated parent of a child under 3: the increased amount is due without time limit (CASF L262-9). */
export function isolatedParentOfYoungChild(f: HouseholdFacts, youngestMaxAge: number): boolean {
  return !f.couple && f.youngestChildAge !== undefined && f.youngestChildAge <= youngestMaxAge;
}

/** RSA forfait logement for this household, shared with the complémentaire santé solidaire. */
export function rsaHousingFlat(f: HouseholdFacts, p: ParamsAt): number {
  return housingFlatAmount(
    p.num("rsa", "baseAmount"),
    f.persons,
    {
      onePerson: p.num("rsa", "housingFlatRateOnePerson"),
      twoPersons: p.num("rsa", "housingFlatRateTwoPersons"),
      threeOrMore: p.num("rsa", "housingFlatRateThreeOrMore"),
    },
    compositionRates(p, "rsa"),
  );
}

/** Says how the family benefits were counted: estimated, and the ASF only up to its flat amount. */
export function explainFamilyBenefits(h: Household, f: HouseholdFacts, counted: number, t: Trace): void {
  if (f.family.estimated) t.because("common.familyBenefitsEstimated", { amount: f.family.total });
  if (f.family.supportAllowance > 0) t.because("common.supportAllowanceFlat", { counted });
  if (!f.couple && f.children > 0 && h.receivesChildMaintenance === undefined && h.supportAllowanceMonthly === undefined) {
    t.because("common.supportAllowanceAssumed");
  }
}

/** Age and status conditions; returns false, "maybe" or true. */
function personalCondition(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): Eligibility {
  const minimumAge = p.num("rsa", "minimumAge");
  if (h.adults.every((a) => a.student)) {
    t.because("rsa.studentsExcluded");
    return false;
  }
  if (f.children > 0 || h.adults.some((a) => a.age >= minimumAge)) return true;
  if (f.earnedIncome > 0) {
    t.because("rsa.youngWorkerException", { age: minimumAge });
    return "maybe";
  }
  t.because("rsa.underMinimumAge", { age: minimumAge });
  return false;
}

export function rsaRule(h: Household, f: HouseholdFacts, p: ParamsAt, aspaMonthly: number, t: Trace): RuleOutcome {
  let eligible = residenceCondition(h, p.num("rsa", "residencePermitYears"), t);
  if (eligible === false) return notEligible;
  eligible = both(eligible, personalCondition(h, f, p, t));
  if (eligible === false) return notEligible;

  const base = t.step("rsa.baseAmount", p.num("rsa", "baseAmount"));
  const increased = isolatedParentOfYoungChild(f, p.num("rsa", "singleParentYoungestChildMaxAge"));
  const multiplier = increased
    ? p.num("rsa", "singleParentBaseRate") + f.children * p.num("rsa", "singleParentPerChildRate")
    : compositionMultiplier(f.adults, f.children, compositionRates(p, "rsa"));
  if (increased) t.because("rsa.isolatedParentIncrease");
  else if (!f.couple && f.children > 0) t.because("rsa.isolatedParentIncreaseAfterSeparation");
  const guaranteed = t.step("rsa.guaranteedAmount", floorCents(base * multiplier), {
    adults: f.adults,
    children: f.children,
    multiplier: Math.round(multiplier * 100000) / 100000,
  });

  const savingsIncome = cents((h.savings * p.num("rsa", "savingsYearlyRate")) / 12);
  const family = minimumIncomeFamilyResources(h, f, p, "rsa");
  const resources = cents(f.earnedIncome + f.pensions + f.otherIncome + f.aah + family + aspaMonthly + savingsIncome);
  explainFamilyBenefits(h, f, family, t);
  if (aspaMonthly > 0) t.because("rsa.aspaCountsAsResource", { amount: aspaMonthly });
  t.step("rsa.resources", resources, {
    earned: f.earnedIncome,
    pensions: f.pensions,
    other: f.otherIncome + f.aah,
    family,
    aspa: aspaMonthly,
    savings: savingsIncome,
  });

  const housing = housingDeduction(f, rsaHousingFlat(f, p));
  explainHousingAid(f, housing.aidAmountUnknown, t);
  if (housing.amount > 0) t.step("rsa.housingFlatDeduction", housing.amount, { persons: f.persons });

  const amount = t.step("rsa.amount", Math.max(0, cents(guaranteed - resources - housing.amount)));
  const minimum = p.num("rsa", "minimumPayment");
  if (amount < minimum) {
    t.because(amount === 0 ? "rsa.resourcesTooHigh" : "rsa.belowMinimumPayment", { minimum, guaranteed });
    return notEligible;
  }
  t.because("rsa.franceTravailSupport");
  return { eligible, monthlyAmount: amount };
}
