// How a result's amount is written: free or with a contribution (CSS), a fare reduction (Navigo), a yearly or a
// monthly amount, or "to be confirmed". Shared by the result cards and the printed recap.
import type { Translate } from "../../../../domain/i18n";
import type { BenefitResult } from "../../../../domain/rights/simulate";
import type { RightsKey } from "./translations";

export function amountText(result: BenefitResult, t: Translate<RightsKey>, euros: Intl.NumberFormat): string | null {
  if (result.eligible === false) return null;
  if (result.benefit === "css" && result.variant) {
    return result.variant === "free" ? t("cssFree") : t("cssContribution", { amount: euros.format(result.monthlyContribution ?? 0) });
  }
  if (result.fareReduction !== undefined) return t("fareReduction", { share: Math.round(result.fareReduction * 100) });
  if (result.yearlyAmount !== undefined) return t("perYear", { amount: euros.format(result.yearlyAmount) });
  return result.monthlyAmount === null ? t("amountUnknown") : t("perMonth", { amount: euros.format(result.monthlyAmount) });
}
