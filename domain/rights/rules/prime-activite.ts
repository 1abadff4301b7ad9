// Prime d'activité: montant forfaitaire + 59.85 % of earnings + individual bonuses - max(forfaitaire, resources).
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { both, cents, compositionMultiplier, floorCents, housingFlatAmount } from "./common.ts";
import { explainHousingAid, housingDeduction, minimumIncomeFamilyResources } from "./facts.ts";
import { MissingParameter } from "../params/index.ts";
import { residenceCondition } from "./residence.ts";
import { compositionRates, explainFamilyBenefits, isolatedParentOfYoungChild } from "./rsa.ts";
import type { RuleOutcome, RuleAfter } from "./types.ts";

const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };

/** Individual bonus: 0 up to 59 h of SMIC, linear up to its maximum at 120 h of SMIC (CSS D843-2). */
export function individualBonus(earnings: number, p: ParamsAt): number {
  const smicHour = p.num("smic", "hourlyGross");
  const start = p.num("primeActivite", "bonusStartHours") * smicHour;
  const full = p.num("primeActivite", "bonusFullHours") * smicHour;
  const maximum = cents(p.num("primeActivite", "bonusMaxRate") * p.num("primeActivite", "baseAmount"));
  if (earnings <= start) return 0;
  if (earnings >= full) return maximum;
  return cents((maximum * (earnings - start)) / (full - start));
}

export const primeActiviteRule: RuleAfter<number> = (h, f, p, aspaMonthly, t) => {
  const eligible = residenceCondition(h, p.num("primeActivite", "residencePermitYears"), t);
  if (eligible === false) return notEligible;
  if (!h.adults.some((a) => a.age >= p.num("primeActivite", "minimumAge"))) {
    t.because("primeActivite.underMinimumAge", { age: p.num("primeActivite", "minimumAge") });
    return notEligible;
  }
  if (f.earnedIncome <= 0) {
    t.because("primeActivite.noEarnedIncome");
    return notEligible;
  }
  const aahThreshold = p.num("primeActivite", "aahAsEarningsSmicHours") * p.num("smic", "hourlyGross");
  const earningsOf = (a: Household["adults"][number]) => a.earnedIncomeMonthly + (a.earnedIncomeMonthly >= aahThreshold ? a.aahMonthly : 0);
  const earned = cents(h.adults.reduce((s, a) => s + earningsOf(a), 0));
  if (earned > f.earnedIncome) t.because("primeActivite.aahCountsAsEarnings", { threshold: cents(aahThreshold) });
  const studentThreshold = cents(p.num("primeActivite", "studentEarningsSmicHours") * p.num("smic", "hourlyGross"));
  const workers = h.adults.filter(
    (a) => a.earnedIncomeMonthly > 0 && (!a.student || a.earnedIncomeMonthly >= studentThreshold),
  );
  if (workers.length === 0) {
    t.because("primeActivite.studentEarningsTooLow", { threshold: studentThreshold });
    return notEligible;
  }

  const base = t.step("primeActivite.baseAmount", p.num("primeActivite", "baseAmount"));
  const increased = isolatedParentOfYoungChild(f, p.num("rsa", "singleParentYoungestChildMaxAge"));
  const multiplier = increased
    ? p.num("primeActivite", "singleParentBaseRate") + f.children * p.num("primeActivite", "singleParentPerChildRate")
    : compositionMultiplier(f.adults, f.children, compositionRates(p, "primeActivite"));
  if (increased) t.because("primeActivite.isolatedParentIncrease");
  const forfaitaire = t.step("primeActivite.forfaitaire", floorCents(base * multiplier), {
    adults: f.adults,
    children: f.children,
  });
  const rate = p.num("primeActivite", "earnedIncomeRate");
  const earnedShare = t.step("primeActivite.earnedIncomeShare", cents(rate * earned), {
    rate: Math.round(rate * 10000) / 100,
    earned,
  });
  let bonuses = 0;
  let bonusUnknown = false;
  for (const worker of workers) {
    try {
      const bonus = individualBonus(earningsOf(worker), p);
      bonuses += t.step("primeActivite.individualBonus", bonus, { earned: earningsOf(worker) });
    } catch (error) {
      if (!(error instanceof MissingParameter)) throw error;
      bonusUnknown = true;
    }
  }
  if (bonusUnknown) t.because("primeActivite.bonusUnknown", { date: p.date });

  const family = minimumIncomeFamilyResources(h, f, p, "primeActivite");
  const resources = cents(earned + f.pensions + f.otherIncome + (f.aah - (earned - f.earnedIncome)) + family + aspaMonthly);
  explainFamilyBenefits(h, f, family, t);
  t.step("primeActivite.resources", resources);
  const flat = housingFlatAmount(
    base,
    f.persons,
    {
      onePerson: p.num("primeActivite", "housingFlatRateOnePerson"),
      twoPersons: p.num("primeActivite", "housingFlatRateTwoPersons"),
      threeOrMore: p.num("primeActivite", "housingFlatRateThreeOrMore"),
    },
    compositionRates(p, "primeActivite"),
  );
  const housing = housingDeduction(f, flat);
  explainHousingAid(f, housing.aidAmountUnknown, t);
  if (housing.amount > 0) t.step("primeActivite.housingFlatDeduction", housing.amount, { persons: f.persons });
  const deducted = t.step("primeActivite.deduction", Math.max(forfaitaire, cents(resources + housing.amount)));

  const amount = t.step(
    "primeActivite.amount",
    Math.max(0, cents(forfaitaire + earnedShare + cents(bonuses) - deducted)),
  );
  const minimum = p.num("primeActivite", "minimumPayment");
  if (amount < minimum) {
    if (bonusUnknown) return { eligible: both(eligible, "maybe"), monthlyAmount: null };
    t.because("primeActivite.belowMinimumPayment", { minimum });
    return notEligible;
  }
  t.because("primeActivite.quarterlyReview");
  return { eligible: both(eligible, bonusUnknown ? "maybe" : true), monthlyAmount: amount };
};
