// Aids of the City of Paris (Espaces parisiens des solidarités, ex-CASVP): Paris Solidarité and the Paris
// Logement family. Where the city's current amounts or ceilings could not be checked, the answer is "maybe".
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { both, cents, nearCeiling, type Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";
import type { BenefitResult, Eligibility, RuleOutcome, RuleAfter } from "./types.ts";

const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };
const ADULT_CHILD_AGE = 18;

/** Conditions common to the city's aids: living in Paris for 3 of the last 5 years, lawful residence. */
export function parisConditions(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): Eligibility {
  if (!f.livesInParis) {
    t.because("paris.notParisResident");
    return false;
  }
  if (!h.lawfulResidence) {
    t.because("common.lawfulResidenceRequired");
    return false;
  }
  const years = p.num("paris", "minResidenceYears");
  if (h.parisResidenceYears === undefined) {
    t.because("paris.residenceDurationUnknown", { years });
    return "maybe";
  }
  if (h.parisResidenceYears < years) {
    t.because("paris.residenceTooShort", { years });
    return false;
  }
  return true;
}

/** Monthly resources the city compares with its ceilings (housing aid excluded). */
export function parisResources(f: HouseholdFacts, aspaMonthly: number): number {
  return cents(f.earnedIncome + f.pensions + f.otherIncome + f.aah + f.family.total + aspaMonthly);
}

const isTenant = (h: Household) => h.housing.status === "tenantPrivate" || h.housing.status === "tenantSocial";

/**
 * Paris Solidarité comes after the legal rights: it tops up the resources above the ASPA due. When the ASPA is
 * only "maybe", so is Paris Solidarité, and it is at most the top-up above that ASPA.
 */
export function parisSolidariteRule(h: Household, f: HouseholdFacts, p: ParamsAt, aspa: BenefitResult, t: Trace): RuleOutcome {
  let base = parisConditions(h, f, p, t);
  if (base === false) return notEligible;
  const minimumAge = p.num("paris", "solidariteMinAge");
  if (!h.adults.some((a) => a.age >= minimumAge)) {
    if (h.adults.some((a) => a.disabilityRecognised)) {
      t.because("parisSolidarite.disabilityVariantUnverified");
      return { eligible: "maybe", monthlyAmount: null };
    }
    t.because("parisSolidarite.ageOrDisabilityRequired", { age: minimumAge });
    return notEligible;
  }
  if (aspa.eligible === "maybe") {
    t.because("parisSolidarite.afterUncertainAspa");
    base = both(base, "maybe");
    if (aspa.monthlyAmount === null) return { eligible: "maybe", monthlyAmount: null };
  }
  const aspaMonthly = aspa.eligible === false ? 0 : (aspa.monthlyAmount ?? 0);
  const resources = t.step("parisSolidarite.resources", parisResources(f, aspaMonthly), { aspa: aspaMonthly });
  const ceiling = t.step(
    "parisSolidarite.ceiling",
    p.num("paris", f.couple ? "solidariteCeilingCouple" : "solidariteCeilingSingle"),
    { couple: f.couple ? 1 : 0 },
  );
  const amount = t.step("parisSolidarite.amount", Math.max(0, cents(ceiling - resources)));
  if (amount <= 0) {
    t.because("parisSolidarite.resourcesTooHigh", { ceiling });
    return notEligible;
  }
  if (aspaMonthly > 0) t.because("parisSolidarite.afterAspa");
  t.because("parisSolidarite.recovery");
  return { eligible: base, monthlyAmount: amount };
}

export const parisLogementRule: RuleAfter<number> = (h, f, p, aspaMonthly, t) => {
  let eligible = parisConditions(h, f, p, t);
  if (eligible === false) return notEligible;
  if (!isTenant(h)) {
    t.because("parisLogement.tenantsOnly");
    return notEligible;
  }
  let maximum: number;
  if (!f.couple && f.children === 0) maximum = p.num("paris", "logementAmountSingle");
  else if (f.couple && f.children === 0) maximum = p.num("paris", "logementAmountCouple");
  else if (f.couple && f.children === 1) {
    maximum = p.num("paris", "logementAmountCoupleOneChild");
    t.because("parisLogement.coupleWithChildCeilingUnverified");
    eligible = both(eligible, "maybe");
  } else {
    t.because("parisLogement.compositionNotCovered");
    return notEligible;
  }

  const resources = t.step("parisLogement.resources", parisResources(f, aspaMonthly));
  if (f.housingAid === undefined) {
    t.because("common.housingAidAmountUnknown");
    return { eligible: "maybe", monthlyAmount: null };
  }
  if (f.housingAidEstimated) t.because("common.housingAidEstimated", { amount: f.housingAid });
  const netHousingCost = t.step("parisLogement.netHousingCost", Math.max(0, cents(h.housing.rentMonthly - f.housingAid)));
  const effortRate = p.num("paris", "logementEffortRate");
  if (netHousingCost < effortRate * resources) {
    t.because("parisLogement.effortRateTooLow", { rate: Math.round(effortRate * 100) });
    return notEligible;
  }
  const ceiling = p.num("paris", "logementResourceCeiling");
  const seniorOrDisabled = h.adults.some((a) => a.age >= p.num("paris", "solidariteMinAge") || a.disabilityRecognised);
  if (resources > ceiling) {
    if (!seniorOrDisabled && !nearCeiling(resources, ceiling, f)) {
      t.because("parisLogement.resourcesTooHigh", { ceiling });
      return notEligible;
    }
    t.because(seniorOrDisabled ? "parisLogement.seniorCeilingUnverified" : "common.nearCeiling", { ceiling });
    eligible = both(eligible, "maybe");
  } else if (nearCeiling(resources, ceiling, f)) {
    t.because("common.nearCeiling", { ceiling });
    eligible = both(eligible, "maybe");
  }
  const amount = t.step("parisLogement.amount", Math.min(maximum, netHousingCost), { maximum });
  if (amount <= 0) return notEligible;
  t.because("parisLogement.notWithFamilyAids");
  return { eligible, monthlyAmount: amount };
};

/** Paris Logement Familles amount for a number of children and a monthly income, 0 if none. */
function famillesAmount(children: number, income: number, p: ParamsAt): number {
  if (children < 2) return 0;
  if (children === 2) return income <= p.num("paris", "famillesTwoChildrenCeiling") ? p.num("paris", "famillesTwoChildrenAmount") : 0;
  const extra = children - 3;
  if (income <= p.num("paris", "famillesLargeLowCeiling"))
    return p.num("paris", "famillesLargeLowAmount") + extra * p.num("paris", "famillesLargeLowPerExtraChild");
  if (income <= p.num("paris", "famillesLargeHighCeiling"))
    return p.num("paris", "famillesLargeHighAmount") + extra * p.num("paris", "famillesLargeHighPerExtraChild");
  return 0;
}

export const parisLogementFamillesRule: RuleAfter<number> = (h, f, p, aspaMonthly, t) => {
  let eligible = parisConditions(h, f, p, t);
  if (eligible === false) return notEligible;
  if (h.housing.status === "hostedFree" || h.housing.status === "homeless") {
    t.because("parisLogementFamilles.housingStatus");
    return notEligible;
  }
  if (f.children < 2) {
    t.because("parisLogementFamilles.twoChildrenRequired");
    return notEligible;
  }
  const income = t.step("parisLogementFamilles.income", parisResources(f, aspaMonthly));
  const ceilings =
    f.children === 2
      ? [p.num("paris", "famillesTwoChildrenCeiling")]
      : [p.num("paris", "famillesLargeLowCeiling"), p.num("paris", "famillesLargeHighCeiling")];
  const closeCeiling = ceilings.find((ceiling) => nearCeiling(income, ceiling, f));
  // Near a ceiling, show the amount due just below it: the city's income definition may differ from ours.
  const assessedIncome = closeCeiling === undefined ? income : Math.min(income, closeCeiling);
  const amount = t.step("parisLogementFamilles.amount", famillesAmount(f.children, assessedIncome, p), {
    children: f.children,
  });
  if (closeCeiling !== undefined) {
    t.because("common.nearCeiling", { ceiling: closeCeiling });
    eligible = both(eligible, "maybe");
  }
  const minors = h.children.filter((c) => c.age < ADULT_CHILD_AGE).length;
  if (famillesAmount(minors, assessedIncome, p) !== amount) {
    t.because("parisLogementFamilles.adultChildrenCount");
    eligible = both(eligible, "maybe");
  }
  if (amount <= 0) {
    t.because("parisLogementFamilles.incomeTooHigh");
    return notEligible;
  }
  t.because("parisLogementFamilles.grantedForOneYear");
  return { eligible, monthlyAmount: amount };
};

export function parisLogementFamillesMonoparentalesRule(
  h: Household,
  f: HouseholdFacts,
  p: ParamsAt,
  t: Trace,
): RuleOutcome {
  const base = parisConditions(h, f, p, t);
  if (base === false) return notEligible;
  if (f.couple || f.children === 0) {
    t.because("parisLogementFamillesMonoparentales.singleParentsOnly");
    return notEligible;
  }
  if (h.housing.status === "hostedFree" || h.housing.status === "homeless") {
    t.because("parisLogementFamilles.housingStatus");
    return notEligible;
  }
  t.because("parisLogementFamillesMonoparentales.amountUnverified");
  if (f.children >= 2) t.because("parisLogementFamillesMonoparentales.notWithFamilles");
  return { eligible: "maybe", monthlyAmount: null };
}
