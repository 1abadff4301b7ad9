// The household's yearly net taxable income as the income tax counts it, estimated from the monthly amounts of
// the questionnaire: wages and unemployment benefit less the 10 % deduction for professional expenses (CGI art.
// 83, 3°), pensions less their 10 % allowance (CGI art. 158, 5, a). Non-taxable benefits (RSA, prime d'activité,
// AAH, ASPA, family benefits, housing aid) are left out. Used by the housing aid and the chèque énergie.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { cents } from "./common.ts";

/** A [rate, minimum, maximum] deduction on a yearly income, never above the income. */
function deduction(income: number, [rate, minimum, maximum]: readonly number[]): number {
  if (income <= 0) return 0;
  return Math.min(income, Math.max(minimum, Math.min(maximum, rate * income)));
}

/** Yearly net taxable income; `withoutEarnings` leaves wages and unemployment benefit out (RSA recipients' housing aid). */
export function yearlyTaxableIncome(h: Household, p: ParamsAt, { withoutEarnings = false } = {}): number {
  const [rate, minimum, maximum] = p.list("incomeTax", "pensionDeduction");
  let wages = 0;
  let pensions = 0;
  let pensionAllowance = 0;
  for (const a of h.adults) {
    const earned = withoutEarnings ? 0 : 12 * (a.earnedIncomeMonthly + a.otherIncomeMonthly);
    wages += earned - deduction(earned, p.list("incomeTax", "earnedIncomeDeduction"));
    const pension = 12 * a.pensionsMonthly;
    pensions += pension;
    pensionAllowance += deduction(pension, [rate, minimum, Number.POSITIVE_INFINITY]);
  }
  return cents(wages + pensions - Math.min(pensionAllowance, maximum));
}
