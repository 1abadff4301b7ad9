// The risk factors a person may share with the heat register, each optional (only what the person agrees to
// share), and the person the heat-risk model scores from them: a factor not shared counts as absent, and an age
// not shared as 65 (no age effect). Used by the registration form, the Worker's scoring and the demo seed.
// Shared code.
import type { HeatRiskPerson } from "../../models/heat-risk/features.ts";

export const SHAREABLE_FACTORS = [
  "birthYear",
  "livesAlone",
  "mobility",
  "sleepsUnderRoof",
  "airConditioning",
  "coolPlaceAccess",
  "cardiovascular",
  "respiratory",
  "psychiatric",
  "isolated",
] as const satisfies readonly (keyof SharedFactors)[];
export type SharedFactor = (typeof SHAREABLE_FACTORS)[number];

/** What a person shares: the person's factors, the birth year standing for the age. */
export type SharedFactors = Partial<Omit<HeatRiskPerson, "age"> & { birthYear: number }>;

/** Age used when the birth year is not shared: the register's usual lower bound, which carries no age effect. */
export const AGE_WHEN_NOT_SHARED = 65;

/** The person scored on a day of year `year`. */
export function personFromFactors(factors: SharedFactors, year: number): HeatRiskPerson {
  return {
    age: factors.birthYear === undefined ? AGE_WHEN_NOT_SHARED : Math.max(0, year - factors.birthYear),
    livesAlone: factors.livesAlone ?? false,
    mobility: factors.mobility ?? "independent",
    sleepsUnderRoof: factors.sleepsUnderRoof ?? false,
    airConditioning: factors.airConditioning ?? false,
    coolPlaceAccess: factors.coolPlaceAccess ?? false,
    cardiovascular: factors.cardiovascular ?? false,
    respiratory: factors.respiratory ?? false,
    psychiatric: factors.psychiatric ?? false,
    isolated: factors.isolated ?? false,
  };
}

/** Every factor of a person, as shared in full in a given year (the demo register shares everything). */
export function factorsFromPerson(person: HeatRiskPerson, year: number): SharedFactors {
  const { age, ...rest } = person;
  return { birthYear: year - age, ...rest };
}
