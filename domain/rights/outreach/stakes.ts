// The rights a household could claim, as the outreach list and the non-take-up model see them: the benefits
// the rules find claimable (not already received), each with the monthly amount at stake. For the RSA, the
// prime d'activité and the ASPA it is the estimated payment; the complémentaire santé solidaire pays no money,
// so its stake is the cost of the cover per person (stakes.json) less the household's contribution. Shared code.
import type { Household } from "../household.ts";
import { cents } from "../rules/common.ts";
import type { BenefitId, BenefitResult, SimulationResult } from "../simulate.ts";
import stakes from "./stakes.json" with { type: "json" };

/** The rights the non-take-up model knows: DREES measured non-take-up for each (the CSS split in two). */
export const MODEL_BENEFITS = ["rsa", "primeActivite", "aspa", "cssFree", "cssWithContribution"] as const;
export type ModelBenefit = (typeof MODEL_BENEFITS)[number];

/** Benefits a household file may say are already received (they are then left out of the outreach). */
export const RECEIVABLE_BENEFITS = ["rsa", "primeActivite", "aspa", "css"] as const satisfies readonly BenefitId[];
export type ReceivableBenefit = (typeof RECEIVABLE_BENEFITS)[number];

export const CSS_MONTHLY_VALUE_PER_PERSON = cents(stakes.cssYearlyCostPerBeneficiary.value / 12);

export interface ClaimableRight {
  benefit: ModelBenefit;
  /** Estimated €/month the household goes without while the right is not claimed. */
  monthlyStake: number;
}

function modelBenefit(result: BenefitResult): ModelBenefit | null {
  if (result.benefit === "css") return result.variant === "withContribution" ? "cssWithContribution" : "cssFree";
  return result.benefit === "rsa" || result.benefit === "primeActivite" || result.benefit === "aspa" ? result.benefit : null;
}

function monthlyStake(h: Household, result: BenefitResult): number {
  if (result.benefit !== "css") return result.monthlyAmount ?? 0;
  const persons = h.adults.length + h.children.length;
  return Math.max(0, cents(persons * CSS_MONTHLY_VALUE_PER_PERSON - (result.monthlyContribution ?? 0)));
}

/**
 * The rights the rules find certainly claimable (eligible: true) and not already received, with their stake.
 * Rights the rules answer "maybe" are left to the agent's check: they carry no estimate to rank on.
 */
export function claimableRights(h: Household, simulation: SimulationResult, received: readonly ReceivableBenefit[] = []): ClaimableRight[] {
  const rights: ClaimableRight[] = [];
  for (const result of simulation.results) {
    const benefit = modelBenefit(result);
    if (!benefit || result.eligible !== true || received.includes(result.benefit as ReceivableBenefit)) continue;
    rights.push({ benefit, monthlyStake: monthlyStake(h, result) });
  }
  return rights;
}
