// The risk model's input for a registered person in a call round: the factors the person shared (the others count
// as absent), their age in the round's year, and the round's heat or cold. Scoring, the call list's reasons and the
// explanation all derive it here, so they always agree. Heat rounds use the heat-risk model, cold rounds cold-risk.
import { encodeRows, featureDefinition, type ColdRiskInput, type HeatRiskInput, type ModelId } from "../../../models/features";
import { coldRiskReasons } from "../../../models/cold-risk/features";
import { heatRiskReasons, type Reason } from "../../../models/heat-risk/features";
import { coldPersonFromFactors, personFromFactors, type SharedFactors } from "../../../domain/heat/register-factors";
import type { ColdRoundExposure, Exposure } from "./episodes";

/** The hazards whose episodes call the register, and the model that orders their call lists. */
export const RISK_MODELS = { heat: "heat-risk", cold: "cold-risk" } as const satisfies Record<string, ModelId>;
export type CallHazard = keyof typeof RISK_MODELS;
export const isCallHazard = (hazard: string): hazard is CallHazard => Object.hasOwn(RISK_MODELS, hazard);

const shared = (factors: string) => JSON.parse(factors) as SharedFactors;
const yearOf = (day: string) => Number(day.slice(0, 4));

export const personInRound = (factors: string, day: string) => personFromFactors(shared(factors), yearOf(day));

const heatInput = (factors: string, day: string, exposure: Exposure): HeatRiskInput => ({ person: personInRound(factors, day), exposure });
const coldInput = (factors: string, day: string, exposure: ColdRoundExposure): ColdRiskInput => ({ person: coldPersonFromFactors(shared(factors), yearOf(day)), exposure });

/** The model inputs of people (their shared factors) in a round of `hazard`, as one row-major batch of its model. */
export function riskRows(hazard: CallHazard, factors: readonly string[], day: string, exposure: unknown): Float32Array {
  if (hazard === "cold") return encodeRows(featureDefinition(RISK_MODELS.cold), factors.map((f) => coldInput(f, day, exposure as ColdRoundExposure)), null);
  return encodeRows(featureDefinition(RISK_MODELS.heat), factors.map((f) => heatInput(f, day, exposure as Exposure)), null);
}

export const reasonsInRound = (hazard: CallHazard, factors: string, day: string): Reason[] | ReturnType<typeof coldRiskReasons> =>
  hazard === "cold" ? coldRiskReasons(coldPersonFromFactors(shared(factors), yearOf(day))) : heatRiskReasons(personInRound(factors, day));
