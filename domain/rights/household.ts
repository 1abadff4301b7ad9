// The household a citizen describes in the rights simulator: what a short plain questionnaire can ask.
// Shared by the browser, the Worker and the command line. No names, no identifiers.
// Disability recognition is an eligibility input of the rules only, never an input of any model.
import { z } from "zod";

const euros = z.number().min(0).max(1_000_000);

export const Adult = z.strictObject({
  age: z.number().int().min(16).max(120).describe("Age in years"),
  earnedIncomeMonthly: euros.describe("Net earned income (wages, self-employment), average of the last 3 months, €/month"),
  pensionsMonthly: euros.default(0).describe("Retirement, survivor or invalidity pensions, average of the last 3 months, €/month"),
  otherIncomeMonthly: euros
    .default(0)
    .describe("Other income (unemployment benefit, alimony...), average of the last 3 months, €/month"),
  aahMonthly: euros.default(0).describe("Allocation aux adultes handicapés received, €/month"),
  disabilityRecognised: z
    .boolean()
    .default(false)
    .describe("Disability recognised (AAH, invalidity card, invalidity pension 2nd/3rd group...)"),
  student: z.boolean().default(false).describe("Full-time student or intern"),
});

export const Child = z.strictObject({
  age: z.number().int().min(0).max(24).describe("Age in years of a child living in the household"),
});

export const HousingStatus = z.enum(["tenantPrivate", "tenantSocial", "owner", "hostedFree", "homeless"]);

export const Housing = z.strictObject({
  status: HousingStatus,
  rentMonthly: euros
    .default(0)
    .describe("Rent with charges (tenants) or loan repayment (owners), €/month"),
  chargesMonthly: euros
    .optional()
    .describe("Tenants: the part of the rent that is charges, €/month, if known (housing aid uses the rent without charges)"),
  receivesHousingAid: z.boolean().describe("Receives APL, ALS or ALF"),
  housingAidMonthly: euros.optional().describe("Amount of APL/ALS/ALF received, €/month, if known"),
});

export const Household = z.strictObject({
  adults: z.array(Adult).min(1).max(2),
  children: z.array(Child).max(12).default([]),
  housing: Housing,
  savings: euros.default(0).describe("Total savings (bank books, accounts), €"),
  familyBenefitsMonthly: euros
    .optional()
    .describe("Family benefits received except housing aid and ASF (allocations familiales, complément familial, PAJE...), €/month; estimated if empty"),
  supportAllowanceMonthly: euros
    .optional()
    .describe("Allocation de soutien familial (ASF) received, €/month; estimated with the other family benefits if empty"),
  receivesChildMaintenance: z
    .boolean()
    .optional()
    .describe("Single parents: receives child maintenance (pension alimentaire) from the other parent for every child"),
  lawfulResidence: z.boolean().describe("Lives in France lawfully and stably (French, EU national or valid residence permit)"),
  residencePermitYears: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe("Only for non-EU nationals: years holding a residence permit allowing work; empty for French and EU"),
  arrondissement: z.number().int().min(1).max(20).optional().describe("Paris arrondissement; empty if not living in Paris"),
  parisResidenceYears: z
    .number()
    .min(0)
    .max(5)
    .optional()
    .describe("Years lived in Paris during the last 5 years"),
});

export type Adult = z.infer<typeof Adult>;
export type Child = z.infer<typeof Child>;
export type Housing = z.infer<typeof Housing>;
export type HousingStatus = z.infer<typeof HousingStatus>;
export type Household = z.infer<typeof Household>;
/** What a caller may pass before defaults are filled in (e.g. a JSON file). */
export type HouseholdInput = z.input<typeof Household>;

export function householdJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Household, { io: "input" }) as Record<string, unknown>;
}
