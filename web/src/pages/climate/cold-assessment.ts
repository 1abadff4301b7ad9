// The on-device cold self-assessment: the person's answers and the forecast cold go through the shared feature code
// into the cold-risk ONNX model, in this browser; nothing is sent. As for heat, the result is a ratio to a person
// aged 65 with no risk factor.
import { encodeRows, featureDefinition, type ModelId } from "../../../../models/features";
import { coldRiskReasons, type ColdExposure, type ColdReason, type ColdRiskPerson } from "../../../../models/cold-risk/features";
import { coldPersonFromFactors } from "../../../../domain/heat/register-factors";
import { deviceModel } from "../../inference/ort";
import { riskCategory, type RiskCategory } from "../heat/assessment";
import type { ClimateStatus } from "./status";

export const COLD_RISK_MODEL = "cold-risk" satisfies ModelId;

/** A cold wave at Météo-France's criterion (a daily mean of −2 °C), when no cold alert is forecast. */
const REFERENCE_COLD: ColdExposure = { meanTemperature: -2, coldDays: 1 };

export interface ColdAssessment {
  ratio: number;
  category: RiskCategory;
  reasons: ColdReason[];
  fromForecast: boolean;
}

/** The cold to assess against: today's forecast window when the cold level is an alert, else the reference cold. */
export function coldExposureFrom(status: ClimateStatus | null): { exposure: ColdExposure; fromForecast: boolean } {
  const cold = status?.hazards.find((h) => h.hazard === "cold")?.today;
  const alert = cold?.level === "orange" || cold?.level === "red";
  const window = cold?.sources.find((s) => s.kind === "forecast")?.detail as { window?: { meanTemperature?: number } | null } | undefined;
  const mean = window?.window?.meanTemperature;
  return alert && typeof mean === "number" ? { exposure: { meanTemperature: mean, coldDays: 1 }, fromForecast: true } : { exposure: REFERENCE_COLD, fromForecast: false };
}

export async function assessCold(person: ColdRiskPerson, status: ClimateStatus | null): Promise<ColdAssessment> {
  const { exposure, fromForecast } = coldExposureFrom(status);
  const model = await deviceModel(COLD_RISK_MODEL);
  const reference = coldPersonFromFactors({}, new Date().getFullYear());
  const rows = encodeRows(featureDefinition(COLD_RISK_MODEL), [{ person, exposure }, { person: reference, exposure }], model.context);
  const [risk, baseline] = await model.run(rows);
  const ratio = risk / baseline;
  return { ratio, category: riskCategory(ratio), reasons: coldRiskReasons(person), fromForecast };
}
