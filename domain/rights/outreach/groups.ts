// The household groups of the outreach list: household type and age band of the oldest adult. They come from
// data the rules need anyway (never from a protected attribute), pace the list (ranking.ts) and slice the
// fairness report of the non-take-up model. Shared code.
import type { Household } from "../household.ts";

export const HOUSEHOLD_TYPES = ["single", "singleParent", "coupleNoChildren", "coupleWithChildren"] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

export const AGE_BANDS = ["16-29", "30-49", "50-64", "65+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function householdType(h: Household): HouseholdType {
  const couple = h.adults.length === 2;
  const children = h.children.length > 0;
  if (couple) return children ? "coupleWithChildren" : "coupleNoChildren";
  return children ? "singleParent" : "single";
}

export const oldestAdultAge = (h: Household) => Math.max(...h.adults.map((a) => a.age));

export function ageBandOf(age: number): AgeBand {
  if (age < 30) return "16-29";
  if (age < 50) return "30-49";
  if (age < 65) return "50-64";
  return "65+";
}

export const ageBand = (h: Household) => ageBandOf(oldestAdultAge(h));

