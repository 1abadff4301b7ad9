// Allocation aux adultes handicapés: for an adult whose disability rate the MDPH recognises (80 %, or 50 % with a
// lasting restriction of access to work, which the questionnaire cannot tell apart): "maybe" with the amount
// the person's own resources leave (the AAH no longer counts the partner's income since October 2023).
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { cents, type Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";
import type { RuleOutcome } from "./types.ts";

const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };

/** Earnings counted for the AAH after the allowance of CSS D821-9 (80 % below 30 % of the SMIC, 40 % above). */
export function aahCountedEarnings(earnings: number, p: ParamsAt): number {
  const monthlySmic = (p.num("smic", "hourlyGross") * 35 * 52) / 12;
  const limit = p.num("aah", "earningsAllowanceSmicShare") * monthlySmic;
  const [below, above] = p.list("aah", "earningsAllowanceRates");
  return cents(Math.min(earnings, limit) * (1 - below) + Math.max(0, earnings - limit) * (1 - above));
}

export function aahRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  if (!h.lawfulResidence) {
    t.because("common.lawfulResidenceRequired");
    return notEligible;
  }
  const minimumAge = p.num("aah", "minimumAge");
  const candidates = h.adults.filter((a) => a.disabilityRecognised && a.age >= minimumAge);
  if (candidates.length === 0) {
    t.because("aah.disabilityRequired", { age: minimumAge });
    return notEligible;
  }
  const maximum = t.step("aah.maximum", p.num("aah", "maximumAmount"));
  let total = 0;
  let received = 0;
  for (const adult of candidates) {
    if (adult.aahMonthly > 0) {
      received += adult.aahMonthly;
      continue;
    }
    const resources = t.step("aah.ownResources", cents(aahCountedEarnings(adult.earnedIncomeMonthly, p) + adult.pensionsMonthly + adult.otherIncomeMonthly), {
      age: adult.age,
    });
    total += t.step("aah.amount", Math.max(0, cents(maximum - resources)), { age: adult.age });
  }
  if (received > 0 && total === 0) {
    t.because("aah.alreadyReceived", { amount: received });
    return notEligible;
  }
  if (total <= 0) {
    t.because("aah.resourcesTooHigh", { maximum });
    return notEligible;
  }
  t.because("aah.mdphDecides");
  if (f.earnedIncome > 0) t.because("aah.withPrimeActivite");
  return { eligible: "maybe", monthlyAmount: cents(total) };
}
