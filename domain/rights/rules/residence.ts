// Lawful residence conditions shared by the national benefits.
import type { Household } from "../household.ts";
import type { Trace } from "./common.ts";
import type { Eligibility } from "./types.ts";

/**
 * False without lawful residence; "maybe" for a non-EU national whose permit is more recent than the
 * required years (refugees and some others are exempt, which the questionnaire does not ask).
 */
export function residenceCondition(h: Household, requiredPermitYears: number, t: Trace): Eligibility {
  if (!h.lawfulResidence) {
    t.because("common.lawfulResidenceRequired");
    return false;
  }
  if (h.residencePermitYears !== undefined && h.residencePermitYears < requiredPermitYears) {
    t.because("common.residencePermitTooRecent", { years: requiredPermitYears });
    return "maybe";
  }
  return true;
}
