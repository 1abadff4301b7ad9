// Allocation de solidarité aux personnes âgées: tops the household's resources up to the ASPA ceiling.
import type { Household } from "../household.ts";
import { paramsAt, type ParamsAt } from "../params/index.ts";
import { both, cents, type Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";
import { residenceCondition } from "./residence.ts";
import type { Eligibility, RuleOutcome } from "./types.ts";

const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };

/** Age at which an adult recognised as disabled or unfit for work may claim: the legal retirement age, 62 to 64. */
const EARLIEST_AGE_IF_UNFIT = 62;

/** Monthly share of the earned income allowance: per quarter, 0.9 (single) or 1.5 (couple) x the January SMIC. */
function earnedIncomeAllowance(couple: boolean, p: ParamsAt): number {
  const year = p.date.slice(0, 4);
  const januarySmic = (paramsAt(`${year}-01-01`).num("smic", "hourlyGross") * 35 * 52) / 12;
  const factor = p.num("aspa", couple ? "earnedIncomeAllowanceCouple" : "earnedIncomeAllowanceSingle");
  return cents((factor * januarySmic) / 3);
}

export function aspaRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  let eligible: Eligibility = residenceCondition(h, p.num("aspa", "residencePermitYears"), t);
  if (eligible === false) return notEligible;
  const minimumAge = p.num("aspa", "minimumAge");
  const ofAge = h.adults.filter((a) => a.age >= minimumAge).length;
  const unfit = h.adults.filter((a) => a.age < minimumAge && a.age >= EARLIEST_AGE_IF_UNFIT && a.disabilityRecognised);
  if (ofAge === 0 && unfit.length === 0) {
    t.because("aspa.underMinimumAge", { age: minimumAge });
    return notEligible;
  }
  if (unfit.length > 0) {
    t.because("aspa.earlierIfUnfitForWork", { age: EARLIEST_AGE_IF_UNFIT });
    eligible = both(eligible, "maybe");
  }
  const beneficiaries = ofAge + unfit.length;

  const allowance = earnedIncomeAllowance(f.couple, p);
  const earnedCounted = Math.max(0, cents(f.earnedIncome - allowance));
  if (f.earnedIncome > 0) t.step("aspa.earnedIncomeAfterAllowance", earnedCounted, { allowance });
  const savingsRate = p.num("aspa", "savingsYearlyRate");
  const savingsIncome = cents((h.savings * savingsRate) / 12);
  if (savingsIncome > 0) t.because("aspa.savingsDeemedIncome", { rate: Math.round(savingsRate * 10000) / 100 });
  const resources = t.step("aspa.resources", cents(f.pensions + f.otherIncome + earnedCounted + savingsIncome), {
    pensions: f.pensions,
    other: f.otherIncome,
    earned: earnedCounted,
    savings: savingsIncome,
  });

  const single = p.num("aspa", "ceilingSingle");
  const ceiling = t.step("aspa.ceiling", f.couple ? p.num("aspa", "ceilingCouple") : single, {
    couple: f.couple ? 1 : 0,
  });
  const gap = cents(ceiling - resources);
  const amount = t.step("aspa.amount", Math.max(0, f.couple && beneficiaries === 1 ? Math.min(single, gap) : gap));
  if (amount <= 0) {
    t.because("aspa.resourcesTooHigh", { ceiling });
    return notEligible;
  }
  if (f.couple && beneficiaries === 1) t.because("aspa.oneBeneficiaryInCouple", { maximum: single });
  t.because("aspa.estateRecovery", { threshold: p.num("aspa", "estateRecoveryThreshold") });
  return { eligible, monthlyAmount: amount };
}
