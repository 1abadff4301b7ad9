// Where the non-take-up model tells households apart. Its synthetic population draws non-take-up from published
// subgroup rates (non-take-up-rates.json); DREES publishes none for the prime d'activité (its measure of the prime's
// non-take-up did not conclude: Les Dossiers de la DREES n° 92, February 2022) nor within either variant of the
// complémentaire santé solidaire (one national rate each). Within those rights the model gives every household
// the same probability (AUC 0.50 on a fresh sample, tests/node/rights/non-take-up.test.ts), so the console shows
// the national rate, named as such, never a household probability. Shared code.
import type { ModelBenefit } from "../../domain/rights/outreach/stakes.ts";

export const NATIONAL_RATE_ONLY: readonly ModelBenefit[] = ["primeActivite", "cssFree", "cssWithContribution"];

export const hasHouseholdSignal = (benefit: ModelBenefit) => !NATIONAL_RATE_ONLY.includes(benefit);
