// CAF family benefits: allocations familiales, allocation de soutien familial (ASF), complément familial,
// allocation de rentrée scolaire and the PAJE allocation de base. The same amounts serve twice: as rights to
// claim, and as the estimate of the family benefits that the RSA, the prime d'activité and the CSS count when
// the household leaves them empty. Resources are the household's yearly income (12 x the monthly average), where
// the CAF uses the net taxable income of year N-2: near a ceiling the answer is "maybe".
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { cents } from "./common.ts";

/** Children who give right to family benefits: under 20. */
export function benefitChildren(h: Household, p: ParamsAt): number[] {
  const maxAge = p.num("familyBenefits", "maxChildAge");
  return h.children.map((c) => c.age).filter((age) => age <= maxAge);
}

/** Paid amount of a gross family benefit: the CRDS is withheld. */
export function netOfCrds(gross: number, p: ParamsAt): number {
  return cents(gross * (1 - p.num("familyBenefits", "crdsRate")));
}

/** Yearly resources compared with the family benefits' ceilings (approximation of the N-2 taxable income). */
export function familyYearlyResources(h: Household): number {
  const monthly = h.adults.reduce((s, a) => s + a.earnedIncomeMonthly + a.pensionsMonthly + a.otherIncomeMonthly, 0);
  return cents(12 * monthly);
}

const isSingleOrTwoEarners = (h: Household) =>
  h.adults.length === 1 || h.adults.every((a) => a.earnedIncomeMonthly > 0);

export interface AllocationsFamiliales {
  /** Monthly amount paid, increases for age included. */
  amount: number;
  /** The part without the increases for age (the RSA and the prime d'activité count only this part). */
  base: number;
  /** Share of the full amount (1, 0.5 or 0.25) given by the resources band. */
  share: number;
}

/** Allocations familiales: 2 children or more, modulated by resources (CSS L521-1, D521-1, D521-3). */
export function allocationsFamiliales(h: Household, p: ParamsAt): AllocationsFamiliales {
  const ages = benefitChildren(h, p).sort((a, b) => b - a);
  if (ages.length < 2) return { amount: 0, base: 0, share: 0 };
  const bmaf = p.num("familyBenefits", "bmaf");
  const baseRate =
    p.num("familyBenefits", "afTwoChildrenRate") + (ages.length - 2) * p.num("familyBenefits", "afFurtherChildRate");
  // The eldest of a family of fewer than three children gives no increase for age.
  const increased = ages.filter((age, i) => age >= p.num("familyBenefits", "afAgeIncreaseAge") && (ages.length >= 3 || i > 0));
  const ageRate = increased.length * p.num("familyBenefits", "afAgeIncreaseRate");
  const [first, second] = p.list("familyBenefits", "afCeilingsTwoChildren");
  const perChild = (ages.length - 2) * p.num("familyBenefits", "afCeilingPerFurtherChild");
  const resources = familyYearlyResources(h);
  const shares = p.list("familyBenefits", "afModulationRates");
  const share = resources <= first + perChild ? shares[0] : resources <= second + perChild ? shares[1] : shares[2];
  return {
    amount: netOfCrds(bmaf * (baseRate + ageRate) * share, p),
    base: netOfCrds(bmaf * baseRate * share, p),
    share,
  };
}

/** Allocation de soutien familial per child, as paid (CSS L523-1, R523-7). */
export function supportAllowancePerChild(p: ParamsAt): number {
  return netOfCrds(p.num("familyBenefits", "bmaf") * p.num("familyBenefits", "supportAllowanceRate"), p);
}

/** ASF a single parent may claim when the other parent pays no maintenance; 0 for couples. */
export function supportAllowance(h: Household, p: ParamsAt): number {
  if (h.adults.length !== 1) return 0;
  return cents(benefitChildren(h, p).length * supportAllowancePerChild(p));
}

export interface FamilyComplement {
  amount: number;
  /** The amount at the base rate (the RSA and the prime d'activité count only this part). */
  base: number;
  ceiling: number;
  increased: boolean;
}

/** Complément familial: 3 children or more all aged 3 to 20, under a resources ceiling (CSS L522-1, R522-2, D522-1/2). */
export function familyComplement(h: Household, p: ParamsAt): FamilyComplement {
  const ages = benefitChildren(h, p);
  const counted = ages.filter((age) => age >= p.num("familyBenefits", "familyComplementMinChildAge")).length;
  const none = { amount: 0, base: 0, ceiling: 0, increased: false };
  if (counted < 3) return none;
  const [firstTwo, further] = p.list("familyBenefits", "familyComplementCeilingChildRates");
  const base = p.num("familyBenefits", "familyComplementCeilingBase");
  const ceiling = cents(
    base * (1 + 2 * firstTwo + (ages.length - 2) * further) +
      (isSingleOrTwoEarners(h) ? p.num("familyBenefits", "familyComplementCeilingSingleOrTwoEarners") : 0),
  );
  const resources = familyYearlyResources(h);
  if (resources > ceiling) return { ...none, ceiling };
  const [baseRate, increasedRate] = p.list("familyBenefits", "familyComplementRates");
  const bmaf = p.num("familyBenefits", "bmaf");
  const increased = resources <= ceiling / 2;
  return {
    amount: netOfCrds(bmaf * (increased ? increasedRate : baseRate), p),
    base: netOfCrds(bmaf * baseRate, p),
    ceiling,
    increased,
  };
}

/** Ceiling for a benefit whose base is raised per child (first two, then further). */
function perChildCeiling(base: number, children: number, rates: readonly number[]): number {
  const [firstTwo, further] = rates;
  return cents(base * (1 + Math.min(children, 2) * firstTwo + Math.max(0, children - 2) * further));
}

export interface BabyAllowance {
  amount: number;
  ceilings: [number, number];
  rate: "full" | "partial" | "none";
}

/** PAJE allocation de base: a child under 3, full or partial rate under two ceilings (CSS L531-3, D531-3). */
export function babyAllowance(h: Household, p: ParamsAt): BabyAllowance {
  const children = benefitChildren(h, p);
  const [fullBase, partialBase] = p.list("familyBenefits", "babyAllowanceCeilingsBase");
  const [fullExtra, partialExtra] = p.list("familyBenefits", "babyAllowanceCeilingsSingleOrTwoEarners");
  const rates = p.list("familyBenefits", "babyAllowanceCeilingChildRates");
  const extra = isSingleOrTwoEarners(h);
  const ceilings: [number, number] = [
    perChildCeiling(fullBase, children.length, rates) + (extra ? fullExtra : 0),
    perChildCeiling(partialBase, children.length, rates) + (extra ? partialExtra : 0),
  ];
  if (!h.children.some((c) => c.age < 3)) return { amount: 0, ceilings, rate: "none" };
  const resources = familyYearlyResources(h);
  const [fullRate, partialRate] = p.list("familyBenefits", "babyAllowanceRates");
  const bmaf = p.num("familyBenefits", "bmaf");
  if (resources <= ceilings[0]) return { amount: netOfCrds(bmaf * fullRate, p), ceilings, rate: "full" };
  if (resources <= ceilings[1]) return { amount: netOfCrds(bmaf * partialRate, p), ceilings, rate: "partial" };
  return { amount: 0, ceilings, rate: "none" };
}

export interface SchoolAllowance {
  /** Paid once, in August, for the children of 6 to 18. */
  yearlyAmount: number;
  children: number;
  ceiling: number;
}

/** Allocation de rentrée scolaire: children of 6 to 18 at school, under a resources ceiling (CSS L543-1, D543-1). */
export function schoolAllowance(h: Household, p: ParamsAt): SchoolAllowance {
  const dependants = benefitChildren(h, p).length;
  const ceiling = cents(
    p.num("familyBenefits", "schoolAllowanceCeilingBase") *
      (1 + dependants * p.num("familyBenefits", "schoolAllowanceCeilingPerChild")),
  );
  const schoolAges = h.children.map((c) => c.age).filter((age) => age >= 6 && age <= 18);
  if (schoolAges.length === 0 || familyYearlyResources(h) > ceiling) return { yearlyAmount: 0, children: schoolAges.length, ceiling };
  const [primary, middle, high] = p.list("familyBenefits", "schoolAllowanceRates");
  const bmaf = p.num("familyBenefits", "bmaf");
  const total = schoolAges.reduce((s, age) => s + netOfCrds(bmaf * (age <= 10 ? primary : age <= 14 ? middle : high), p), 0);
  return { yearlyAmount: cents(total), children: schoolAges.length, ceiling };
}
