// Facts derived once from a household and shared by every rule: composition, incomes, housing, family benefits.
import type { ParamsAt } from "../params/index.ts";
import type { Household } from "../household.ts";
import { cents } from "./common.ts";

export interface HouseholdFacts {
  adults: number;
  children: number;
  persons: number;
  couple: boolean;
  earnedIncome: number;
  pensions: number;
  otherIncome: number;
  /** Family benefits, declared by the household or estimated (allocations familiales only). */
  familyBenefits: number;
  familyBenefitsEstimated: boolean;
  youngestChildAge: number | undefined;
  /** Owner without loan repayment, or hosted free of charge: the forfait logement applies in full. */
  housingInKind: boolean;
  /** Housing aid amount; undefined when the household receives some but did not give the amount. */
  housingAid: number | undefined;
  receivesHousingAid: boolean;
  livesInParis: boolean;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Allocations familiales at full rate, net of CRDS, for the children under 20 (CSS D521-1). */
export function estimatedFamilyAllowances(childAges: number[], p: ParamsAt): number {
  const eligible = childAges.filter((age) => age <= p.num("familyAllowances", "maxChildAge")).length;
  if (eligible < 2) return 0;
  const rate =
    p.num("familyAllowances", "twoChildrenRate") + (eligible - 2) * p.num("familyAllowances", "furtherChildRate");
  return cents(p.num("familyAllowances", "bmaf") * rate * (1 - p.num("familyAllowances", "crdsRate")));
}

export function householdFacts(h: Household, p: ParamsAt): HouseholdFacts {
  const ages = h.children.map((c) => c.age);
  const familyBenefitsEstimated = h.familyBenefitsMonthly === undefined && ages.length >= 2;
  const familyBenefits =
    h.familyBenefitsMonthly ?? (familyBenefitsEstimated ? estimatedFamilyAllowances(ages, p) : 0);
  const { status, rentMonthly, receivesHousingAid, housingAidMonthly } = h.housing;
  return {
    adults: h.adults.length,
    children: ages.length,
    persons: h.adults.length + ages.length,
    couple: h.adults.length === 2,
    earnedIncome: sum(h.adults.map((a) => a.earnedIncomeMonthly)),
    pensions: sum(h.adults.map((a) => a.pensionsMonthly)),
    otherIncome: sum(h.adults.map((a) => a.otherIncomeMonthly)),
    familyBenefits,
    familyBenefitsEstimated,
    youngestChildAge: ages.length ? Math.min(...ages) : undefined,
    housingInKind: status === "hostedFree" || (status === "owner" && rentMonthly === 0),
    housingAid: receivesHousingAid ? housingAidMonthly : 0,
    receivesHousingAid,
    livesInParis: h.arrondissement !== undefined,
  };
}

export interface HousingDeduction {
  amount: number;
  /** The household receives housing aid but did not give its amount: the whole forfait is deducted. */
  aidAmountUnknown: boolean;
}

/**
 * Forfait logement to deduct (CASF R262-9, R262-10): the whole forfait when housing is provided in kind,
 * housing aid up to the forfait when housing aid is received, nothing otherwise.
 */
export function housingDeduction(f: HouseholdFacts, forfait: number): HousingDeduction {
  if (f.housingInKind) return { amount: forfait, aidAmountUnknown: false };
  if (!f.receivesHousingAid) return { amount: 0, aidAmountUnknown: false };
  if (f.housingAid === undefined) return { amount: forfait, aidAmountUnknown: true };
  return { amount: Math.min(f.housingAid, forfait), aidAmountUnknown: false };
}
