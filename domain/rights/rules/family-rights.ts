// The CAF family benefits as rights to claim (allocations familiales, ASF, complément familial, allocation de
// rentrée scolaire, PAJE allocation de base), with their arithmetic. Amounts come from rules/family.ts, the same
// functions that estimate the family benefits counted by the minimum incomes.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { both, nearCeiling, type Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";
import {
  allocationsFamiliales,
  babyAllowance,
  benefitChildren,
  familyComplement,
  familyYearlyResources,
  schoolAllowance,
  supportAllowance,
  supportAllowancePerChild,
} from "./family.ts";
import type { Eligibility, RuleOutcome } from "./types.ts";

const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };

/** Family benefits need lawful residence in France (CSS L512-2); the resources are those of year N-2. */
function familyCondition(h: Household, t: Trace): Eligibility {
  if (!h.lawfulResidence) {
    t.because("common.lawfulResidenceRequired");
    return false;
  }
  return true;
}

function yearlyResources(h: Household, t: Trace): number {
  const resources = t.step("family.yearlyResources", familyYearlyResources(h));
  t.because("family.resourcesOfYearMinusTwo");
  return resources;
}

/** "maybe" when the yearly resources are close to one of the ceilings that changed the answer. */
function nearAny(resources: number, ceilings: readonly number[], f: HouseholdFacts, t: Trace): Eligibility {
  const ceiling = ceilings.find((c) => nearCeiling(resources, c, f));
  if (ceiling === undefined) return true;
  t.because("common.nearCeiling", { ceiling });
  return "maybe";
}

export function allocationsFamilialesRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  if (familyCondition(h, t) === false) return notEligible;
  const children = benefitChildren(h, p).length;
  if (children < 2) {
    t.because("allocationsFamiliales.twoChildrenRequired");
    return notEligible;
  }
  const resources = yearlyResources(h, t);
  const af = allocationsFamiliales(h, p);
  const [first, second] = p.list("familyBenefits", "afCeilingsTwoChildren");
  const extra = (children - 2) * p.num("familyBenefits", "afCeilingPerFurtherChild");
  const amount = t.step("allocationsFamiliales.amount", af.amount, { children, share: Math.round(af.share * 100) });
  if (af.share < 1) t.because("allocationsFamiliales.reducedByResources", { share: Math.round(af.share * 100) });
  return { eligible: nearAny(resources, [first + extra, second + extra], f, t), monthlyAmount: amount };
}

export function supportAllowanceRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  if (familyCondition(h, t) === false) return notEligible;
  if (f.couple) {
    t.because("supportAllowance.singleParentsOnly");
    return notEligible;
  }
  const children = benefitChildren(h, p).length;
  if (children === 0) {
    t.because("supportAllowance.childRequired");
    return notEligible;
  }
  if (h.receivesChildMaintenance === true) {
    t.because("supportAllowance.maintenancePaid", { perChild: supportAllowancePerChild(p) });
    return notEligible;
  }
  const amount = t.step("supportAllowance.amount", supportAllowance(h, p), { children, perChild: supportAllowancePerChild(p) });
  t.because("supportAllowance.noResourceCondition");
  if (h.receivesChildMaintenance === undefined) {
    t.because("supportAllowance.ifNoMaintenance");
    return { eligible: "maybe", monthlyAmount: amount };
  }
  return { eligible: true, monthlyAmount: amount };
}

export function familyComplementRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  if (familyCondition(h, t) === false) return notEligible;
  const minAge = p.num("familyBenefits", "familyComplementMinChildAge");
  if (benefitChildren(h, p).filter((age) => age >= minAge).length < 3) {
    t.because("familyComplement.threeChildrenRequired", { age: minAge });
    return notEligible;
  }
  const resources = yearlyResources(h, t);
  const cf = familyComplement(h, p);
  t.step("familyComplement.ceiling", cf.ceiling);
  const eligible = nearAny(resources, [cf.ceiling, cf.ceiling / 2], f, t);
  if (cf.amount === 0) {
    if (eligible === "maybe") return { eligible, monthlyAmount: null };
    t.because("familyComplement.resourcesTooHigh", { ceiling: cf.ceiling });
    return notEligible;
  }
  if (cf.increased) t.because("familyComplement.increasedRate");
  return { eligible, monthlyAmount: t.step("familyComplement.amount", cf.amount) };
}

export function schoolAllowanceRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  if (familyCondition(h, t) === false) return notEligible;
  const ars = schoolAllowance(h, p);
  if (ars.children === 0) {
    t.because("schoolAllowance.schoolChildRequired");
    return notEligible;
  }
  const resources = yearlyResources(h, t);
  t.step("schoolAllowance.ceiling", ars.ceiling);
  const eligible = nearAny(resources, [ars.ceiling], f, t);
  if (ars.yearlyAmount === 0) {
    if (eligible === "maybe") return { eligible, monthlyAmount: null };
    t.because("schoolAllowance.resourcesTooHigh", { ceiling: ars.ceiling });
    return notEligible;
  }
  t.because("schoolAllowance.paidInAugust");
  const yearly = t.step("schoolAllowance.amount", ars.yearlyAmount, { children: ars.children });
  return { eligible, monthlyAmount: 0, yearlyAmount: yearly };
}

export function babyAllowanceRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  if (familyCondition(h, t) === false) return notEligible;
  if (!h.children.some((c) => c.age < 3)) {
    t.because("babyAllowance.childUnderThreeRequired");
    return notEligible;
  }
  const resources = yearlyResources(h, t);
  const paje = babyAllowance(h, p);
  t.step("babyAllowance.ceilingFull", paje.ceilings[0]);
  t.step("babyAllowance.ceilingPartial", paje.ceilings[1]);
  const eligible = both(nearAny(resources, paje.ceilings, f, t), true);
  if (paje.rate === "none") {
    if (eligible === "maybe") return { eligible, monthlyAmount: null };
    t.because("babyAllowance.resourcesTooHigh", { ceiling: paje.ceilings[1] });
    return notEligible;
  }
  t.because(paje.rate === "full" ? "babyAllowance.fullRate" : "babyAllowance.partialRate");
  t.because("babyAllowance.oneChildAtATime");
  return { eligible, monthlyAmount: t.step("babyAllowance.amount", paje.amount) };
}
