// Answers that the household schema accepts one by one but that cannot be true together (a child older than
// its parents, a rent paid by someone hosted free of charge...). The citizen form shows them next to the field
// and the household file reader rejects the line; both name the field by its schema path. Shared code.
import type { Household } from "./household.ts";

/** A parent is at least this many years older than a child living in the household. */
export const MIN_PARENT_CHILD_AGE_GAP = 12;

export type ConsistencyCode =
  | "childOlderThanParents"
  | "rentWithoutPaying"
  | "chargesAboveRent"
  | "aidAmountWithoutAid"
  | "permitLongerThanAdultLife";

export interface ConsistencyProblem {
  /** Schema path of the field at fault, e.g. `children.2.age`. */
  path: string;
  code: ConsistencyCode;
  params: Record<string, number>;
}

export function householdProblems(h: Household): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const oldest = Math.max(...h.adults.map((a) => a.age));
  h.children.forEach((child, i) => {
    if (child.age > oldest - MIN_PARENT_CHILD_AGE_GAP) {
      problems.push({ path: `children.${i}.age`, code: "childOlderThanParents", params: { max: Math.max(0, oldest - MIN_PARENT_CHILD_AGE_GAP) } });
    }
  });
  if ((h.housing.status === "hostedFree" || h.housing.status === "homeless") && h.housing.rentMonthly > 0) {
    problems.push({ path: "housing.rentMonthly", code: "rentWithoutPaying", params: {} });
  }
  if ((h.housing.chargesMonthly ?? 0) > h.housing.rentMonthly) {
    problems.push({ path: "housing.chargesMonthly", code: "chargesAboveRent", params: {} });
  }
  if (!h.housing.receivesHousingAid && (h.housing.housingAidMonthly ?? 0) > 0) {
    problems.push({ path: "housing.housingAidMonthly", code: "aidAmountWithoutAid", params: {} });
  }
  if (h.residencePermitYears !== undefined && h.residencePermitYears > oldest) {
    problems.push({ path: "residencePermitYears", code: "permitLongerThanAdultLife", params: { max: oldest } });
  }
  return problems;
}
