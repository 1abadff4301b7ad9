// Heat-risk features: fixed named order, values of a known person and hazard, reasons, refusals.
import { describe, expect, test } from "vitest";
import riskFactors from "../../../models/heat-risk/risk-factors.json";
import {
  HEAT_RISK_FEATURES,
  heatRiskFeatures,
  heatRiskReasons,
  type HeatExposure,
  type HeatRiskPerson,
} from "../../../models/heat-risk/features.ts";

const nobody: HeatRiskPerson = {
  age: 65,
  livesAlone: false,
  mobility: "independent",
  sleepsUnderRoof: false,
  airConditioning: false,
  coolPlaceAccess: false,
  cardiovascular: false,
  respiratory: false,
  psychiatric: false,
  isolated: false,
};
const paris = { ibmn: 21, ibmx: 31 };
const heat: HeatExposure = { ibmn: 22.5, ibmx: 34, thresholds: paris, heatDays: 3 };

function valueOf(vector: Float32Array, name: (typeof HEAT_RISK_FEATURES)[number]): number {
  return vector[HEAT_RISK_FEATURES.indexOf(name)];
}

describe("heatRiskFeatures", () => {
  test("every feature has a label and an odds ratio in risk-factors.json, in one fixed order", () => {
    expect(HEAT_RISK_FEATURES).toHaveLength(14);
    expect(new Set(HEAT_RISK_FEATURES).size).toBe(14);
    expect(Object.keys(riskFactors.factors).sort()).toEqual([...HEAT_RISK_FEATURES].sort());
  });

  test("encodes a known person and hazard", () => {
    const person: HeatRiskPerson = { ...nobody, age: 87, livesAlone: true, mobility: "bedridden", respiratory: true };
    const v = heatRiskFeatures(person, heat);
    expect(v).toBeInstanceOf(Float32Array);
    expect(Array.from(v)).toEqual([2.2, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 3, 1.5, 3].map(Math.fround));
  });

  test("mobility sets exactly one of the two mobility features", () => {
    const bed = heatRiskFeatures({ ...nobody, mobility: "bedridden" }, heat);
    const limited = heatRiskFeatures({ ...nobody, mobility: "limited" }, heat);
    const independent = heatRiskFeatures(nobody, heat);
    expect([valueOf(bed, "confinedToBed"), valueOf(bed, "limitedMobility")]).toEqual([1, 0]);
    expect([valueOf(limited, "confinedToBed"), valueOf(limited, "limitedMobility")]).toEqual([0, 1]);
    expect([valueOf(independent, "confinedToBed"), valueOf(independent, "limitedMobility")]).toEqual([0, 0]);
  });

  test("age below 65 counts as 65, hazard is measured from the given thresholds", () => {
    const v = heatRiskFeatures({ ...nobody, age: 50 }, { ibmn: 19, ibmx: 33, thresholds: { ibmn: 20, ibmx: 35 }, heatDays: 0 });
    expect(valueOf(v, "ageDecadesOver65")).toBe(0);
    expect(valueOf(v, "ibmxExcess")).toBe(-2);
    expect(valueOf(v, "ibmnExcess")).toBe(-1);
  });

  test("refuses impossible inputs instead of encoding them", () => {
    expect(() => heatRiskFeatures({ ...nobody, age: Number.NaN }, heat)).toThrow(/impossible age/);
    expect(() => heatRiskFeatures({ ...nobody, age: 140 }, heat)).toThrow(/impossible age/);
    expect(() => heatRiskFeatures(nobody, { ...heat, heatDays: 1.5 })).toThrow(/heatDays/);
    expect(() => heatRiskFeatures(nobody, { ...heat, ibmx: Number.POSITIVE_INFINITY })).toThrow(/IBMn and IBMx/);
  });
});

describe("heatRiskReasons", () => {
  test("a person without risk factors has no reasons, whatever their protections", () => {
    expect(heatRiskReasons({ ...nobody, airConditioning: true, coolPlaceAccess: true })).toEqual([]);
    expect(heatRiskReasons({ ...nobody, age: 74 })).toEqual([]);
  });

  test("reasons come strongest first, with French and English labels", () => {
    const person: HeatRiskPerson = { ...nobody, age: 85, livesAlone: true, mobility: "bedridden", psychiatric: true, respiratory: true };
    const reasons = heatRiskReasons(person);
    // bedridden 6.44 > age 85 (2² = 4) > psychiatric 3.61 > respiratory 1.61 > alone 1.3
    expect(reasons.map((r) => r.code)).toEqual(["confinedToBed", "ageDecadesOver65", "psychiatric", "respiratory", "livesAlone"]);
    expect(reasons[0].labels).toEqual({ fr: "Alité ou alitée", en: "Confined to bed" });
  });

  test("age becomes a reason when it doubles the odds (75 and over)", () => {
    expect(heatRiskReasons({ ...nobody, age: 75 }).map((r) => r.code)).toEqual(["ageDecadesOver65"]);
  });
});
