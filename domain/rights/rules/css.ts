// Complémentaire santé solidaire: free, or with a monthly contribution by age, under yearly resource ceilings.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { cents, NEAR_CEILING_MARGIN, type Trace } from "./common.ts";
import { housingDeduction, type HouseholdFacts } from "./facts.ts";
import { rsaHousingFlat } from "./rsa.ts";
import type { RuleOutcome } from "./types.ts";

/** Ceiling for a household size from a table [1, 2, 3, 4 persons, per further person]. */
export function ceilingFor(table: readonly number[], persons: number): number {
  if (persons <= 4) return table[persons - 1];
  return table[3] + (persons - 4) * table[4];
}

/** Monthly contribution of one covered person by age band (age on 1 January of the year, approximated by age). */
export function contributionForAge(age: number, p: ParamsAt): number {
  const bands = p.list("css", "contributionAgeBands");
  const amounts = p.list("css", "contributionByBand");
  const band = bands.findIndex((upper) => age <= upper);
  return amounts[band === -1 ? bands.length : band];
}

function contribution(h: Household, p: ParamsAt, t: Trace): number {
  let total = 0;
  for (const person of [...h.adults, ...h.children]) {
    total += t.step("css.contributionForPerson", contributionForAge(person.age, p), { age: person.age });
  }
  return t.step("css.monthlyContribution", total);
}

export function cssRule(
  h: Household,
  f: HouseholdFacts,
  p: ParamsAt,
  prior: { rsaEligible: boolean; aspaMonthly: number },
  t: Trace,
): RuleOutcome {
  if (!h.lawfulResidence) {
    t.because("css.lawfulResidenceRequired");
    t.because("css.ameHint");
    return { eligible: false, monthlyAmount: 0 };
  }
  if (prior.rsaEligible) {
    t.because("css.freeForRsaRecipients");
    return { eligible: true, monthlyAmount: 0, variant: "free", monthlyContribution: 0 };
  }

  const monthly = cents(f.earnedIncome + f.pensions + f.otherIncome + f.familyBenefits + prior.aspaMonthly);
  if (f.familyBenefitsEstimated) t.because("common.familyBenefitsEstimated", { amount: f.familyBenefits });
  const housing = housingDeduction(f, rsaHousingFlat(f, p));
  if (housing.aidAmountUnknown) t.because("common.housingAidAmountUnknown");
  const yearly = t.step("css.yearlyResources", cents(12 * (monthly + housing.amount)), {
    monthly,
    housingFlat: housing.amount,
  });
  const free = t.step("css.ceilingFree", ceilingFor(p.list("css", "ceilingsFree"), f.persons), { persons: f.persons });
  const withContribution = t.step(
    "css.ceilingWithContribution",
    ceilingFor(p.list("css", "ceilingsWithContribution"), f.persons),
    { persons: f.persons },
  );
  const nearCeiling = (ceiling: number) => Math.abs(yearly - ceiling) <= NEAR_CEILING_MARGIN * ceiling;

  if (yearly <= free) {
    t.because("css.free", { ceiling: free });
    if (nearCeiling(free)) t.because("css.mayNeedContribution", { ceiling: free });
    return { eligible: true, monthlyAmount: 0, variant: "free", monthlyContribution: 0 };
  }
  if (yearly <= withContribution) {
    t.because("css.withContribution", { ceiling: withContribution });
    if (nearCeiling(free)) t.because("css.mayBeFree", { ceiling: free });
    const eligible = nearCeiling(withContribution) ? "maybe" : true;
    if (eligible === "maybe") t.because("common.nearCeiling", { ceiling: withContribution });
    return { eligible, monthlyAmount: 0, variant: "withContribution", monthlyContribution: contribution(h, p, t) };
  }
  t.because("css.resourcesTooHigh", { ceiling: withContribution });
  if (nearCeiling(withContribution)) {
    t.because("common.nearCeiling", { ceiling: withContribution });
    return { eligible: "maybe", monthlyAmount: 0, variant: "withContribution", monthlyContribution: contribution(h, p, t) };
  }
  return { eligible: false, monthlyAmount: 0 };
}
