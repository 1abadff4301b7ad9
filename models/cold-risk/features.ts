// Cold-risk features of one person facing one cold episode: the factors the person declared plus the cold, turned
// into the Float32 vector (fixed, named order) that the cold-risk ONNX model takes, and the person's reasons
// (factors that raise the risk) with French and English labels. The same code runs in the Worker (call priority
// during a cold episode) and in the browser (the cold self-assessment). Shared code.
import riskFactors from "./risk-factors.json";
import type { Mobility } from "../heat-risk/features.ts";

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

/** Values in COLD_RISK_FEATURES order. Throws on an impossible age or exposure rather than encoding it. */
export function coldRiskFeatures(person: ColdRiskPerson, exposure: ColdExposure): Float32Array {
  if (!Number.isFinite(exposure.meanTemperature)) throw new RangeError("the mean temperature must be a number");
  if (!Number.isInteger(exposure.coldDays) || exposure.coldDays < 0) throw new RangeError(`coldDays must be a whole number of days, got ${exposure.coldDays}`);
  const values: Record<ColdRiskFeature, number> = {
    ...personValues(person),
    coldDegrees: Math.max(0, COLD_WAVE_MEAN - exposure.meanTemperature),
    coldDays: exposure.coldDays,
  };
  return Float32Array.from(COLD_RISK_FEATURES, (name) => values[name]);
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
  if (!Number.isFinite(person.age) || person.age < 0 || person.age > 125) throw new RangeError(`impossible age: ${person.age}`);
  const flag = (b: boolean) => (b ? 1 : 0);
  return {
    ageDecadesOver65: Math.max(0, person.age - 65) / 10,
    livesAlone: flag(person.livesAlone),
    confinedToBed: flag(person.mobility === "bedridden"),
    limitedMobility: flag(person.mobility === "limited"),
    cardiovascular: flag(person.cardiovascular),
    respiratory: flag(person.respiratory),
    isolated: flag(person.isolated),
    poorlyHeatedHome: flag(person.poorlyHeatedHome),
  };
}
