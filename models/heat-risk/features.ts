// Heat-risk features of one person facing one heat episode: the declared factors of the person plus the hazard,
// turned into the Float32 vector (fixed, named order) that the heat-risk ONNX model takes, and the person's
// reasons (factors that raise the risk) with French and English labels. The same code runs in the Worker
// (call priority) and in the browser (self-assessment). Shared code.
import riskFactors from "./risk-factors.json";
import type { HeatThresholds } from "../../domain/heat/hazard.ts";

export const MOBILITIES = ["independent", "limited", "bedridden"] as const;
export type Mobility = (typeof MOBILITIES)[number];

/** What a person (or the register on their behalf) declares. */
export interface HeatRiskPerson {
  age: number;
  livesAlone: boolean;
  /** "limited": does not leave home every day; "bedridden": confined to bed. */
  mobility: Mobility;
  sleepsUnderRoof: boolean;
  airConditioning: boolean;
  coolPlaceAccess: boolean;
  cardiovascular: boolean;
  respiratory: boolean;
  psychiatric: boolean;
  /** No regular visits. */
  isolated: boolean;
}

/** The heat the person faces: 3-day means over the coming days, the thresholds they are judged against, and
 * the number of consecutive alert days so far. */
export interface HeatExposure {
  ibmn: number;
  ibmx: number;
  thresholds: HeatThresholds;
  heatDays: number;
}

export const HEAT_RISK_FEATURES = [
  "ageDecadesOver65",
  "livesAlone",
  "confinedToBed",
  "limitedMobility",
  "sleepsUnderRoof",
  "airConditioning",
  "coolPlaceAccess",
  "cardiovascular",
  "respiratory",
  "psychiatric",
  "isolated",
  "ibmxExcess",
  "ibmnExcess",
  "heatDays",
] as const;

export type HeatRiskFeature = (typeof HEAT_RISK_FEATURES)[number];

export interface Reason {
  code: HeatRiskFeature;
  labels: { fr: string; en: string };
}

const factorTable = riskFactors.factors as Record<HeatRiskFeature, { labels: { fr: string; en: string }; oddsRatio: number }>;

/** What each feature means, in French and English (model card, explanations): the factor table's labels. */
export const HEAT_RISK_FEATURE_LABELS: Record<HeatRiskFeature, { fr: string; en: string }> = Object.fromEntries(
  HEAT_RISK_FEATURES.map((name) => [name, factorTable[name].labels]),
) as Record<HeatRiskFeature, { fr: string; en: string }>;

/** Writes the features of one person and heat into `out` at row `row`, in HEAT_RISK_FEATURES order (batch
 * encoding without allocating a row). Throws on an impossible age or hazard rather than encoding it. */
export function encodeHeatRisk(person: HeatRiskPerson, exposure: HeatExposure, out: Float32Array, row = 0): void {
  const values: Record<HeatRiskFeature, number> = {
    ...personValues(person),
    ibmxExcess: exposure.ibmx - exposure.thresholds.ibmx,
    ibmnExcess: exposure.ibmn - exposure.thresholds.ibmn,
    heatDays: exposure.heatDays,
  };
  if (![exposure.ibmn, exposure.ibmx].every(Number.isFinite)) throw new RangeError("IBMn and IBMx must be numbers");
  if (!Number.isInteger(exposure.heatDays) || exposure.heatDays < 0) {
    throw new RangeError(`heatDays must be a whole number of days, got ${exposure.heatDays}`);
  }
  const base = row * HEAT_RISK_FEATURES.length;
  for (let j = 0; j < HEAT_RISK_FEATURES.length; j++) out[base + j] = values[HEAT_RISK_FEATURES[j]];
}

/** The feature vector of one person and heat, in HEAT_RISK_FEATURES order. */
export function heatRiskFeatures(person: HeatRiskPerson, exposure: HeatExposure): Float32Array {
  const out = new Float32Array(HEAT_RISK_FEATURES.length);
  encodeHeatRisk(person, exposure, out);
  return out;
}

/** The person's factors that raise the risk, strongest first (by the odds ratio they carry for this person):
 * every present factor with an odds ratio above 1, and age once it at least doubles the odds (75 and over). */
export function heatRiskReasons(person: HeatRiskPerson): Reason[] {
  const values = personValues(person);
  return (Object.keys(values) as (keyof typeof values)[])
    .map((code) => ({ code, logOdds: values[code] * Math.log(factorTable[code].oddsRatio) }))
    .filter((r) => (r.code === "ageDecadesOver65" ? r.logOdds >= Math.log(2) - 1e-12 : r.logOdds > 0))
    .sort((a, b) => b.logOdds - a.logOdds || HEAT_RISK_FEATURES.indexOf(a.code) - HEAT_RISK_FEATURES.indexOf(b.code))
    .map(({ code }) => ({ code, labels: factorTable[code].labels }));
}

function personValues(person: HeatRiskPerson): Record<Exclude<HeatRiskFeature, "ibmxExcess" | "ibmnExcess" | "heatDays">, number> {
  if (!Number.isFinite(person.age) || person.age < 0 || person.age > 125) {
    throw new RangeError(`impossible age: ${person.age}`);
  }
  const flag = (b: boolean) => (b ? 1 : 0);
  return {
    ageDecadesOver65: Math.max(0, person.age - 65) / 10,
    livesAlone: flag(person.livesAlone),
    confinedToBed: flag(person.mobility === "bedridden"),
    limitedMobility: flag(person.mobility === "limited"),
    sleepsUnderRoof: flag(person.sleepsUnderRoof),
    airConditioning: flag(person.airConditioning),
    coolPlaceAccess: flag(person.coolPlaceAccess),
    cardiovascular: flag(person.cardiovascular),
    respiratory: flag(person.respiratory),
    psychiatric: flag(person.psychiatric),
    isolated: flag(person.isolated),
  };
}
