// Cold-risk features of one person facing one cold episode: the factors the person declared plus the cold, turned
// into the Float32 vector (fixed, named order) that the cold-risk ONNX model takes, and the person's reasons
// (factors that raise the risk) with French and English labels. The same code runs in the Worker (call priority
// during a cold episode) and in the browser (the cold self-assessment). Shared code.
import riskFactors from "./risk-factors.json";
import { sharedPersonValues, type Mobility } from "../heat-risk/features.ts";

/** What a person (or the register on their behalf) declares. */
export interface ColdRiskPerson {
  age: number;
  livesAlone: boolean;
  mobility: Mobility;
  cardiovascular: boolean;
  respiratory: boolean;
  /** No regular visits. */
  isolated: boolean;
  /** Finds it hard to keep the home warm (poor heating or insulation, bills too high). */
  poorlyHeatedHome: boolean;
}

/** The cold the person faces: the mean daily temperature of the episode's 3-day window, and its days so far. */
export interface ColdExposure {
  meanTemperature: number;
  coldDays: number;
}

/** Daily mean at or below which a day counts in a cold wave (Météo-France's criterion, domain/climate/cold). */
const COLD_WAVE_MEAN = 0.9;

export const COLD_RISK_FEATURES = [
  "ageDecadesOver65",
  "livesAlone",
  "confinedToBed",
  "limitedMobility",
  "cardiovascular",
  "respiratory",
  "isolated",
  "poorlyHeatedHome",
  "coldDegrees",
  "coldDays",
] as const;

export type ColdRiskFeature = (typeof COLD_RISK_FEATURES)[number];

export interface ColdReason {
  code: ColdRiskFeature;
  labels: { fr: string; en: string };
}

export const coldFactorTable = riskFactors.factors as Record<ColdRiskFeature, { labels: { fr: string; en: string }; oddsRatio: number }>;

/** What each feature means, in French and English (model card, explanations): the factor table's labels. */
export const COLD_RISK_FEATURE_LABELS: Record<ColdRiskFeature, { fr: string; en: string }> = Object.fromEntries(
  COLD_RISK_FEATURES.map((name) => [name, coldFactorTable[name].labels]),
) as Record<ColdRiskFeature, { fr: string; en: string }>;

/** Writes the features of one person and cold into `out` at row `row`, in COLD_RISK_FEATURES order (batch
 * encoding without allocating a row). Throws on an impossible age or exposure rather than encoding it. */
export function encodeColdRisk(person: ColdRiskPerson, exposure: ColdExposure, out: Float32Array, row = 0): void {
  if (!Number.isFinite(exposure.meanTemperature)) throw new RangeError("the mean temperature must be a number");
  if (!Number.isInteger(exposure.coldDays) || exposure.coldDays < 0) throw new RangeError(`coldDays must be a whole number of days, got ${exposure.coldDays}`);
  const values: Record<ColdRiskFeature, number> = {
    ...personValues(person),
    coldDegrees: Math.max(0, COLD_WAVE_MEAN - exposure.meanTemperature),
    coldDays: exposure.coldDays,
  };
  const base = row * COLD_RISK_FEATURES.length;
  for (let j = 0; j < COLD_RISK_FEATURES.length; j++) out[base + j] = values[COLD_RISK_FEATURES[j]];
}

/** The person's factors that raise the risk, strongest first: present factors with an odds ratio above 1, and age
 * once it at least doubles the odds (from 83 years, at 1.5 a decade). */
export function coldRiskReasons(person: ColdRiskPerson): ColdReason[] {
  const values = personValues(person);
  return (Object.keys(values) as (keyof typeof values)[])
    .map((code) => ({ code, logOdds: values[code] * Math.log(coldFactorTable[code].oddsRatio) }))
    .filter((r) => (r.code === "ageDecadesOver65" ? r.logOdds >= Math.log(2) - 1e-12 : r.logOdds > 0))
    .sort((a, b) => b.logOdds - a.logOdds || COLD_RISK_FEATURES.indexOf(a.code) - COLD_RISK_FEATURES.indexOf(b.code))
    .map(({ code }) => ({ code, labels: coldFactorTable[code].labels }));
}

function personValues(person: ColdRiskPerson): Record<Exclude<ColdRiskFeature, "coldDegrees" | "coldDays">, number> {
  return { ...sharedPersonValues(person), poorlyHeatedHome: person.poorlyHeatedHome ? 1 : 0 };
}
