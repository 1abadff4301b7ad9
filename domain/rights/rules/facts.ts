// Facts derived once from a household and shared by every rule: composition, incomes, housing, family benefits.
import type { ParamsAt } from "../params/index.ts";
import type { Household } from "../household.ts";
import { cents, type Trace } from "./common.ts";
import { allocationsFamiliales, babyAllowance, familyComplement, supportAllowance } from "./family.ts";

/**
 * Family benefits by kind, declared or estimated: each minimum income counts them differently (the RSA and the
 * prime d'activité count the ASF up to a flat amount per child, the complément familial and the allocations
 * familiales without their increases; the CSS counts them in full but not the PAJE).
 */
export interface FamilyBenefits {
  estimated: boolean;
  /** Declared by the household as one total (except the ASF): counted as given by every rule. */
  declaredOther: number;
  allocationsFamiliales: number;
  allocationsFamilialesBase: number;
  familyComplement: number;
  familyComplementBase: number;
  babyAllowance: number;
  supportAllowance: number;
  total: number;
}

export interface HouseholdFacts {
  adults: number;
  children: number;
  persons: number;
  couple: boolean;
  earnedIncome: number;
  pensions: number;
  otherIncome: number;
  /** AAH received by the household. */
  aah: number;
  /** Family benefits, declared by the household or estimated. */
  family: FamilyBenefits;
  /** Earnings or other income that change month to month: the engine's 3-month average may differ from the agency's period. */
  resourcesVary: boolean;
  youngestChildAge: number | undefined;
  /** Owner without loan repayment, or hosted free of charge: the forfait logement applies in full. */
  housingInKind: boolean;
  /** Housing aid amount; undefined when the household receives some but did not give the amount. */
  housingAid: number | undefined;
  receivesHousingAid: boolean;
  /** The housing aid amount is the engine's estimate (not given, or not claimed yet): rules say so. */
  housingAidEstimated: boolean;
  livesInParis: boolean;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const NO_FAMILY_BENEFITS: FamilyBenefits = {
  estimated: false,
  declaredOther: 0,
  allocationsFamiliales: 0,
  allocationsFamilialesBase: 0,
  familyComplement: 0,
  familyComplementBase: 0,
  babyAllowance: 0,
  supportAllowance: 0,
  total: 0,
};

/**
 * The household's family benefits: the amounts it gives, or else those it is entitled to (allocations familiales,
 * complément familial, PAJE allocation de base and, for a single parent without maintenance, the ASF).
 */
export function familyBenefitsOf(h: Household, p: ParamsAt): FamilyBenefits {
  const single = h.adults.length === 1;
  const asf =
    h.supportAllowanceMonthly ?? (single && h.children.length > 0 && h.receivesChildMaintenance !== true ? supportAllowance(h, p) : 0);
  if (h.familyBenefitsMonthly !== undefined) {
    return {
      estimated: h.supportAllowanceMonthly === undefined && asf > 0,
      declaredOther: h.familyBenefitsMonthly,
      allocationsFamiliales: 0,
      allocationsFamilialesBase: 0,
      familyComplement: 0,
      familyComplementBase: 0,
      babyAllowance: 0,
      supportAllowance: asf,
      total: cents(h.familyBenefitsMonthly + asf),
    };
  }
  const af = allocationsFamiliales(h, p);
  const cf = familyComplement(h, p);
  const paje = babyAllowance(h, p).amount;
  return {
    estimated: h.children.length > 0,
    declaredOther: 0,
    allocationsFamiliales: af.amount,
    allocationsFamilialesBase: af.base,
    familyComplement: cf.amount,
    familyComplementBase: cf.base,
    babyAllowance: paje,
    supportAllowance: asf,
    total: cents(af.amount + cf.amount + paje + asf),
  };
}

export function householdFacts(h: Household, p: ParamsAt): HouseholdFacts {
  const ages = h.children.map((c) => c.age);
  const { status, rentMonthly, receivesHousingAid, housingAidMonthly } = h.housing;
  return {
    adults: h.adults.length,
    children: ages.length,
    persons: h.adults.length + ages.length,
    couple: h.adults.length === 2,
    earnedIncome: sum(h.adults.map((a) => a.earnedIncomeMonthly)),
    pensions: sum(h.adults.map((a) => a.pensionsMonthly)),
    otherIncome: sum(h.adults.map((a) => a.otherIncomeMonthly)),
    aah: sum(h.adults.map((a) => a.aahMonthly)),
    family: h.children.length > 0 || h.familyBenefitsMonthly !== undefined || h.supportAllowanceMonthly !== undefined ? familyBenefitsOf(h, p) : NO_FAMILY_BENEFITS,
    resourcesVary: h.adults.some((a) => a.earnedIncomeMonthly > 0 || a.otherIncomeMonthly > 0),
    youngestChildAge: ages.length ? Math.min(...ages) : undefined,
    housingInKind: status === "hostedFree" || (status === "owner" && rentMonthly === 0),
    housingAid: receivesHousingAid ? housingAidMonthly : 0,
    receivesHousingAid,
    housingAidEstimated: false,
    livesInParis: h.arrondissement !== undefined,
  };
}

/**
 * The facts with the housing aid the engine estimates: for a household that receives some without giving the
 * amount, and for one that may claim it (the minimum incomes are then computed as once both are claimed).
 */
export function withEstimatedHousingAid(f: HouseholdFacts, estimate: number | null, claimable: boolean): HouseholdFacts {
  if (estimate === null || (f.receivesHousingAid && f.housingAid !== undefined)) return f;
  if (f.receivesHousingAid) return { ...f, housingAid: estimate, housingAidEstimated: true };
  return claimable ? { ...f, receivesHousingAid: true, housingAid: estimate, housingAidEstimated: true } : f;
}

export interface HousingDeduction {
  amount: number;
  /** The household receives housing aid but did not give its amount: the whole forfait is deducted. */
  aidAmountUnknown: boolean;
}

/** Says how the housing aid was counted: the whole forfait for lack of an amount, or the engine's estimate. */
export function explainHousingAid(f: HouseholdFacts, aidAmountUnknown: boolean, t: Trace): void {
  if (aidAmountUnknown) t.because("common.housingAidAmountUnknown");
  else if (f.housingAidEstimated && !f.housingInKind) t.because("common.housingAidEstimated", { amount: f.housingAid ?? 0 });
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

/**
 * Family benefits counted by the RSA (CASF R262-10-1, R262-11) and the prime d'activité (CSS R844-4, R844-5): the
 * ASF up to a flat share of the BMAF per child, the complément familial at its base rate, the allocations
 * familiales without their increases for age, the PAJE allocation de base in full; a declared total as given.
 */
export function minimumIncomeFamilyResources(h: Household, f: HouseholdFacts, p: ParamsAt, group: "rsa" | "primeActivite"): number {
  const fb = f.family;
  const children = h.children.filter((c) => c.age <= p.num("familyBenefits", "maxChildAge")).length;
  const flat = cents(children * p.num("familyBenefits", "bmaf") * p.num(group, "supportAllowanceFlatRate"));
  return cents(fb.declaredOther + fb.allocationsFamilialesBase + fb.familyComplementBase + fb.babyAllowance + Math.min(fb.supportAllowance, flat));
}
