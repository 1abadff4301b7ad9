// The heat-risk model's input for a registered person in a call round: the factors the person shared (the
// others count as absent), their age in the round's year, and the round's heat. Scoring, the call list's
// reasons and the explanation all derive it here, so they always agree.
import type { HeatRiskInput } from "../../../models/features";
import { personFromFactors, type SharedFactors } from "../../../domain/heat/register-factors";
import { heatRiskReasons, type Reason } from "../../../models/heat-risk/features";
import type { Exposure } from "./episodes";

export const personInRound = (factors: string, day: string) => personFromFactors(JSON.parse(factors) as SharedFactors, Number(day.slice(0, 4)));

export const riskInput = (factors: string, day: string, exposure: Exposure): HeatRiskInput => ({ person: personInRound(factors, day), exposure });

export const reasonsInRound = (factors: string, day: string): Reason[] => heatRiskReasons(personInRound(factors, day));
