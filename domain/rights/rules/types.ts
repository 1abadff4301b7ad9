// Result types of the rights engine: eligibility, amount, reasons and arithmetic steps as message codes.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import type { MessageCode } from "../translations.ts";
import type { Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";

export type BenefitId =
  | "rsa"
  | "primeActivite"
  | "aspa"
  | "css"
  | "parisSolidarite"
  | "parisLogement"
  | "parisLogementFamilles"
  | "parisLogementFamillesMonoparentales"
  | "allocationsFamiliales"
  | "supportAllowance"
  | "familyComplement"
  | "schoolAllowance"
  | "babyAllowance"
  | "aah"
  | "housingAid"
  | "energyCheque"
  | "navigo"
  | "parisEnergieFamilles"
  | "parisForfaitFamilles"
  | "complementSanteParis";

export type Eligibility = boolean | "maybe";
export type MessageParams = Record<string, number | string>;

export interface Reason {
  code: MessageCode;
  params: MessageParams;
}

/** One line of the arithmetic shown to the citizen and in the public algorithm register. */
export interface Step {
  label: MessageCode;
  value: number;
  params?: MessageParams;
}

/** A rule that needs what earlier rules decided (`prior`): the engine runs the legal rights first. */
export type RuleAfter<Prior> = (h: Household, f: HouseholdFacts, p: ParamsAt, prior: Prior, t: Trace) => RuleOutcome;

/** What a rule decides; the engine adds the benefit id, reasons, steps and how to claim. */
export interface RuleOutcome {
  eligible: Eligibility;
  monthlyAmount: number | null;
  variant?: "free" | "withContribution";
  monthlyContribution?: number;
  yearlyAmount?: number;
  fareReduction?: number;
}

export interface BenefitResult {
  benefit: BenefitId;
  eligible: Eligibility;
  /** Estimated €/month paid to the household; null when the engine cannot estimate it. */
  monthlyAmount: number | null;
  /** Complémentaire santé solidaire only: free, or with a monthly contribution. */
  variant?: "free" | "withContribution";
  /** Complémentaire santé solidaire only: total monthly contribution of the household, €. */
  monthlyContribution?: number;
  /** Aids paid once a year (allocation de rentrée scolaire): the yearly amount, €; monthlyAmount is then 0. */
  yearlyAmount?: number;
  /** Navigo Solidarité only: share of the Navigo Mois pass price waived (0.75 = 75 % off, 1 = free). */
  fareReduction?: number;
  reasons: Reason[];
  steps: Step[];
  howToClaim: { code: MessageCode; url: string };
}

export interface SimulationResult {
  date: string;
  results: BenefitResult[];
}
