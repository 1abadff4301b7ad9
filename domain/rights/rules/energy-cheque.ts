// Chèque énergie: a yearly amount sent by the State to households whose revenu fiscal de référence (RFR) per
// consumption unit is under 10,800 €, by band (Code de l'énergie, L124-1, R124-3; arrêté du 26 décembre 2018).
// The RFR is the one of the tax return of two years before: the engine estimates it from today's income.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { cents, nearCeiling, type Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";
import { yearlyTaxableIncome } from "./taxable-income.ts";
import type { Eligibility, RuleOutcome } from "./types.ts";

/** Consumption units: 1 for the first person, 0.5 for the second, 0.3 for each further one. */
export function consumptionUnits(persons: number, p: ParamsAt): number {
  const [first, second, further] = p.list("energyCheque", "consumptionUnits");
  return Math.round((first + (persons >= 2 ? second : 0) + Math.max(0, persons - 2) * further) * 100) / 100;
}

function amountsFor(units: number, p: ParamsAt): readonly number[] {
  if (units <= 1) return p.list("energyCheque", "amountsOneUnit");
  return p.list("energyCheque", units < 2 ? "amountsUnderTwoUnits" : "amountsTwoUnitsOrMore");
}

export function energyChequeRule(h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace): RuleOutcome {
  if (h.housing.status === "hostedFree" || h.housing.status === "homeless") {
    t.because("energyCheque.ownHomeRequired");
    return { eligible: false, monthlyAmount: 0 };
  }
  const units = consumptionUnits(f.persons, p);
  const income = t.step("energyCheque.referenceIncome", yearlyTaxableIncome(h, p));
  const perUnit = t.step("energyCheque.incomePerUnit", cents(income / units), { units });
  t.because("energyCheque.incomeOfTwoYearsAgo");
  const ceilings = p.list("energyCheque", "bandCeilings");
  const close = ceilings.find((c) => nearCeiling(perUnit, c, f));
  let eligible: Eligibility = true;
  if (close !== undefined) {
    t.because("common.nearCeiling", { ceiling: close });
    eligible = "maybe";
  }
  // Near a band limit, the amount of the band just below it: the tax administration's income may be lower.
  const assessed = close === undefined ? perUnit : Math.min(perUnit, close - 0.01);
  const band = ceilings.findIndex((c) => assessed < c);
  if (band === -1) {
    t.because("energyCheque.incomeTooHigh", { ceiling: ceilings[ceilings.length - 1] });
    return { eligible: false, monthlyAmount: 0 };
  }
  const yearly = t.step("energyCheque.amount", amountsFor(units, p)[band], { band: band + 1 });
  t.because("energyCheque.sentAfterTaxReturn");
  return { eligible, monthlyAmount: 0, yearlyAmount: yearly };
}
