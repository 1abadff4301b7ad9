// What a registration to the register may contain: only what the register needs (name, a phone or an e-mail, the
// arrondissement or address, the hazards and channels chosen, a contact person and whether they are told when the
// person cannot be reached, the risk factors the person agrees to share) and an explicit consent. Phones are
// French numbers, normalised to +33.
import { z } from "@hono/zod-openapi";
import { HAZARDS, hazardsChosenByDefault } from "../../../domain/climate/hazards";
import { SHAREABLE_FACTORS } from "../../../domain/heat/register-factors";
import { CHANNELS } from "./warning-texts";

/** "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678" → "+33612345678"; null otherwise. */
export function normalizeFrenchPhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "");
  const national = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact)?.[1];
  return national ? `+33${national}` : null;
}

export const isMobile = (e164: string) => /^\+33[67]/.test(e164);

const phone = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const normalized = normalizeFrenchPhone(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "must be a French phone number, e.g. 06 12 34 56 78" });
      return z.NEVER;
    }
    return normalized;
  })
  .openapi({ example: "06 12 34 56 78" });

export const sharedFactorsSchema = z
  .object({
    birthYear: z.number().int().min(1900).refine((year) => year <= new Date().getUTCFullYear(), "is in the future"),
    livesAlone: z.boolean(),
    mobility: z.enum(["independent", "limited", "bedridden"]),
    sleepsUnderRoof: z.boolean(),
    airConditioning: z.boolean(),
    coolPlaceAccess: z.boolean(),
    cardiovascular: z.boolean(),
    respiratory: z.boolean(),
    psychiatric: z.boolean(),
    isolated: z.boolean(),
    poorlyHeatedHome: z.boolean(),
  })
  .partial()
  .strict()
  .openapi({ description: `Only the risk factors the person agrees to share (any of: ${SHAREABLE_FACTORS.join(", ")}).` });

export const registrationSchema = z
  .object({
    name: z.string().trim().min(2, "is required").max(120),
    phone: phone.optional(),
    email: z.email("must be an e-mail address").max(200).transform((e) => e.toLowerCase()).optional(),
    channels: z
      .array(z.enum(CHANNELS as [string, ...string[]]))
      .min(1, "choose at least one way to be warned")
      .max(3)
      .refine((c) => new Set(c).size === c.length, "each channel once"),
    hazards: z
      .array(z.enum(HAZARDS as [string, ...string[]]))
      .min(1, "choose at least one kind of alert")
      .refine((h) => new Set(h).size === h.length, "each hazard once")
      .default(["heat"])
      .openapi({ description: `The alerts the person wants (default, as before other hazards existed: heat; the pages offer ${hazardsChosenByDefault().join(", ")} ticked, pollution and storm advice unticked)` }),
    arrondissement: z.number().int().min(1).max(20),
    address: z.string().trim().max(200).optional(),
    contact: z
      .object({
        name: z.string().trim().min(2, "is required").max(120),
        phone,
        told: z.boolean().default(false).openapi({ description: "Tell this person when the registered person cannot be reached after the last call" }),
      })
      .optional(),
    factors: sharedFactorsSchema.default({}),
    consent: z.literal(true, { error: "must be true: registration needs your explicit consent" }),
  })
  .superRefine((r, ctx) => {
    const voiceOrSms = r.channels.includes("sms") || r.channels.includes("voice");
    if (r.phone === undefined && r.email === undefined) ctx.addIssue({ code: "custom", path: ["phone"], message: "give a phone number or an e-mail address" });
    else if (voiceOrSms && r.phone === undefined) ctx.addIssue({ code: "custom", path: ["phone"], message: "is needed for SMS and voice messages" });
    if (r.channels.includes("sms") && typeof r.phone === "string" && !isMobile(r.phone)) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "SMS needs a mobile number (06 or 07)" });
    }
    if (r.channels.includes("email") && r.email === undefined) ctx.addIssue({ code: "custom", path: ["email"], message: "is needed for e-mail messages" });
  }, { when: (payload) => Array.isArray((payload.value as { channels?: unknown } | undefined)?.channels) })
  .openapi("HeatRegistration");

export type Registration = z.output<typeof registrationSchema>;

/** Version of the consent text the person accepted (the text itself is on the /canicule page). */
export const CONSENT_VERSION = "heat-register-consent-2026-1";
