// The on-device self-assessment: the person's answers and the forecast heat go through the shared feature code
// into the heat-risk ONNX model, in this browser; nothing is sent. The result is told as a ratio to a person
// aged 65 with no risk factor (the model's probabilities are orders of magnitude, their ratios are sounder).
import { encodeRows, featureDefinition, type ModelId } from "../../../../models/features";
import { thresholdsFor } from "../../../../domain/heat/hazard";
import { personFromFactors } from "../../../../domain/heat/register-factors";
import { heatRiskReasons, type HeatExposure, type HeatRiskPerson, type Reason } from "../../../../models/heat-risk/features";
import { deviceModel } from "../../inference/ort";
import type { HeatStatus } from "../../../../domain/contracts/heat";

export type Answers = HeatRiskPerson;

export const HEAT_RISK_MODEL = "heat-risk" satisfies ModelId;

/** The département whose official thresholds apply when no status is known. */
const PARIS = "75";

export type RiskCategory = "low" | "raised" | "high";

/** Ratio to the reference person from which the risk is told as raised, then high. */
export const CATEGORY_RATIOS = { raised: 2, high: 6 } as const;

export interface Assessment {
  ratio: number;
  category: RiskCategory;
  reasons: Reason[];
  fromForecast: boolean;
}

/** The heat to assess against: the hottest alert window of the forecast, else an episode at the thresholds. */
export function exposureFrom(status: HeatStatus | null): { exposure: HeatExposure; fromForecast: boolean } {
  const thresholds = status?.thresholds ?? thresholdsFor(PARIS);
  const alertDays = (status?.days ?? []).filter((d) => (d.level === "orange" || d.level === "red") && d.ibmn !== null && d.ibmx !== null);
  const hottest = alertDays.sort((a, b) => b.ibmx! - a.ibmx!)[0];
  return hottest
    ? { exposure: { ibmn: hottest.ibmn!, ibmx: hottest.ibmx!, thresholds, heatDays: 1 }, fromForecast: true }
    : { exposure: { ibmn: thresholds.ibmn, ibmx: thresholds.ibmx, thresholds, heatDays: 1 }, fromForecast: false };
}

export async function assess(answers: Answers, status: HeatStatus | null): Promise<Assessment> {
  const { exposure, fromForecast } = exposureFrom(status);
  const model = await deviceModel(HEAT_RISK_MODEL);
  const reference = personFromFactors({}, new Date().getFullYear());
  const rows = encodeRows(featureDefinition(HEAT_RISK_MODEL), [{ person: answers, exposure }, { person: reference, exposure }], model.context);
  const [risk, baseline] = await model.run(rows);
  const ratio = risk / baseline;
  const category: RiskCategory = ratio >= CATEGORY_RATIOS.high ? "high" : ratio >= CATEGORY_RATIOS.raised ? "raised" : "low";
  return { ratio, category, reasons: heatRiskReasons(answers), fromForecast };
}
