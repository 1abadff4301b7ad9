// Complémentaire santé solidaire: free, or with a monthly contribution by age, under yearly resource ceilings.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { cents, compositionMultiplier, floorCents, nearCeiling, type Trace } from "./common.ts";
import { explainHousingAid, type HouseholdFacts } from "./facts.ts";
import { compositionRates } from "./rsa.ts";
import type { RuleOutcome, RuleAfter } from "./types.ts";

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

/**
 * Forfait logement added to the CSS resources: its own rates of the RSA amount for 1, 2 or 3+ persons, for
 * owners without loan and people hosted free (CSS R861-5), or up to the housing aid received (CSS R861-7).
 */
export function cssHousingFlat(f: HouseholdFacts, p: ParamsAt): { amount: number; aidAmountUnknown: boolean } {
  if (!f.housingInKind && !f.receivesHousingAid) return { amount: 0, aidAmountUnknown: false };
  const rates = p.list("css", f.housingInKind ? "housingFlatRatesInKind" : "housingFlatRatesWithAid");
  const persons = Math.min(f.persons, 3);
  const rsaAmount = floorCents(p.num("rsa", "baseAmount") * compositionMultiplier(Math.min(persons, 2), Math.max(0, persons - 2), compositionRates(p, "rsa")));
  const forfait = cents(rsaAmount * rates[persons - 1]);
  if (f.housingInKind) return { amount: forfait, aidAmountUnknown: false };
  if (f.housingAid === undefined) return { amount: forfait, aidAmountUnknown: true };
  return { amount: Math.min(f.housingAid, forfait), aidAmountUnknown: false };
}

/** ASPA and AAH counted after their allowances (instruction DSS/SD2A/2021/71). */
function allowanceBenefits(f: HouseholdFacts, aspaMonthly: number, p: ParamsAt, t: Trace): number {
  const aspaAllowance = aspaMonthly > 0 ? p.num("css", f.couple ? "aspaAllowanceCouple" : "aspaAllowanceSingle") : 0;
  const aahAllowance = f.aah > 0 ? p.num("css", "aahAllowance") : 0;
  if (aspaAllowance > 0) t.because("css.aspaAllowance", { allowance: aspaAllowance });
  if (aahAllowance > 0) t.because("css.aahAllowance", { allowance: aahAllowance });
  return cents(Math.max(0, aspaMonthly - aspaAllowance) + Math.max(0, f.aah - aahAllowance));
}

export const cssRule: RuleAfter<{ rsaEligible: boolean; aspaMonthly: number }> = (h, f, p, prior, t) => {
  if (!h.lawfulResidence) {
    t.because("css.lawfulResidenceRequired");
    t.because("css.ameHint");
    return { eligible: false, monthlyAmount: 0 };
  }
  if (prior.rsaEligible) {
    t.because("css.freeForRsaRecipients");
    return { eligible: true, monthlyAmount: 0, variant: "free", monthlyContribution: 0 };
  }

  // Family benefits in full, except the PAJE allocation de base (CSS R861-10).
  const family = cents(f.family.total - f.family.babyAllowance);
  const monthly = cents(f.earnedIncome + f.pensions + f.otherIncome + family + allowanceBenefits(f, prior.aspaMonthly, p, t));
  if (f.family.estimated) t.because("common.familyBenefitsEstimated", { amount: f.family.total });
  const housing = cssHousingFlat(f, p);
  explainHousingAid(f, housing.aidAmountUnknown, t);
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
  const near = (ceiling: number) => nearCeiling(yearly, ceiling, f);

  if (yearly <= free) {
    t.because("css.free", { ceiling: free });
    if (near(free)) t.because("css.mayNeedContribution", { ceiling: free });
    return { eligible: true, monthlyAmount: 0, variant: "free", monthlyContribution: 0 };
  }
  if (yearly <= withContribution) {
    t.because("css.withContribution", { ceiling: withContribution });
    if (near(free)) t.because("css.mayBeFree", { ceiling: free });
    const eligible = near(withContribution) ? "maybe" : true;
    if (eligible === "maybe") t.because("common.nearCeiling", { ceiling: withContribution });
    return { eligible, monthlyAmount: 0, variant: "withContribution", monthlyContribution: contribution(h, p, t) };
  }
  t.because("css.resourcesTooHigh", { ceiling: withContribution });
  if (near(withContribution)) {
    t.because("common.nearCeiling", { ceiling: withContribution });
    return { eligible: "maybe", monthlyAmount: 0, variant: "withContribution", monthlyContribution: contribution(h, p, t) };
  }
  return { eligible: false, monthlyAmount: 0 };
};
