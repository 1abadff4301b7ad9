// The register's citizen API: what a registration may contain — only what the register needs (name, a phone or
// an e-mail, the arrondissement or address, the hazards and channels chosen, a contact person and whether they are
// told when the person cannot be reached, the risk factors the person agrees to share) and an explicit consent;
// phones are French numbers, normalised to +33 — and what the person gets back: the access code once (and a secret
// the device keeps), access with phone or e-mail and a code, everything the register holds (the export), the
// renewal and the erasure. Shared code: the Worker validates with it, the pages type their calls with it.
import { z } from "zod";
import { ACCESS_CODE_DIGITS } from "../climate/register/access-code.ts";
import { HAZARDS, hazardsChosenByDefault } from "../climate/hazards.ts";
import { MOBILITIES } from "../../models/heat-risk/features.ts";
import { CALL_STATUSES, FOLLOW_UP_KINDS, FOLLOW_UP_TEAMS, OUTCOMES } from "../heat/calls.ts";
import { SHAREABLE_FACTORS, type SharedFactor } from "../heat/register-factors.ts";
import { CHANNELS, MESSAGE_KINDS, OUTBOX_STATUSES } from "../heat/warnings.ts";
import { singleLineText } from "./text.ts";

/** The header that carries the secret the registering device keeps. */
export const SECRET_HEADER = "X-Registration-Secret";
/** The header that carries a token from POST /heat/access (phone or e-mail and a code). */
export const TOKEN_HEADER = "X-Registration-Token";

/** "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678" → "+33612345678"; null otherwise. */
export function normalizeFrenchPhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "");
  const national = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact)?.[1];
  return national ? `+33${national}` : null;
}

export const isMobile = (e164: string) => /^\+33[67]/.test(e164);

const phone = singleLineText()
  .max(30)
  .transform((value, ctx) => {
    const normalized = normalizeFrenchPhone(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "must be a French phone number, e.g. 06 12 34 56 78" });
      return z.NEVER;
    }
    return normalized;
  })
  .meta({ example: "06 12 34 56 78" });

const sharedFactorsSchema = z
  .object({
    birthYear: z.number().int().min(1900).refine((year) => year <= new Date().getUTCFullYear(), "is in the future"),
    livesAlone: z.boolean(),
    mobility: z.enum(MOBILITIES),
    sleepsUnderRoof: z.boolean(),
    airConditioning: z.boolean(),
    coolPlaceAccess: z.boolean(),
    cardiovascular: z.boolean(),
    respiratory: z.boolean(),
    psychiatric: z.boolean(),
    isolated: z.boolean(),
    poorlyHeatedHome: z.boolean(),
  } satisfies Record<SharedFactor, z.ZodType>)
  .partial()
  .strict()
  .meta({ description: `Only the risk factors the person agrees to share (any of: ${SHAREABLE_FACTORS.join(", ")}).` });

export const registrationSchema = z
  .object({
    name: singleLineText().trim().min(2, "is required").max(120),
    phone: phone.optional(),
    email: z.email("must be an e-mail address").max(200).transform((e) => e.toLowerCase()).optional(),
    channels: z
      .array(z.enum(CHANNELS))
      .min(1, "choose at least one way to be warned")
      .max(3)
      .refine((c) => new Set(c).size === c.length, "each channel once"),
    hazards: z
      .array(z.enum(HAZARDS))
      .min(1, "choose at least one kind of alert")
      .refine((h) => new Set(h).size === h.length, "each hazard once")
      .default(["heat"])
      .meta({ description: `The alerts the person wants (default, as before other hazards existed: heat; the pages offer ${hazardsChosenByDefault().join(", ")} ticked, pollution and storm advice unticked)` }),
    arrondissement: z.number().int().min(1).max(20),
    address: singleLineText().trim().max(200).optional(),
    contact: z
      .object({
        name: singleLineText().trim().min(2, "is required").max(120),
        phone,
        told: z.boolean().default(false).meta({ description: "Tell this person when the registered person cannot be reached after the last call" }),
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
  .meta({ id: "HeatRegistration" });

/** The body the page sends; `Registration` is what the Worker stores once it is validated. */
export type RegistrationRequest = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;

export const registrationCreatedSchema = z
  .object({
    id: z.string(),
    secret: z.string().meta({ description: "Kept by the device that registered: with the id, it opens the registration there" }),
    accessCode: z.string().meta({ description: `The person's access code, ${ACCESS_CODE_DIGITS} digits in pairs, shown once: with their phone number or e-mail it opens the registration anywhere` }),
    expiresAt: z.string(),
    hazards: z.array(z.enum(HAZARDS)),
    alertUnderWay: z.boolean(),
    alertsUnderWay: z.array(z.enum(HAZARDS)).meta({ description: "Hazards of the registration whose alert is under way: the person is warned at once" }),
  })
  .meta({ id: "HeatRegistrationCreated" });
export type RegistrationCreated = z.infer<typeof registrationCreatedSchema>;

export const registrationExportSchema = z
  .object({
    registration: z.object({
      id: z.string(),
      name: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      channels: z.array(z.enum(CHANNELS)),
      hazards: z.array(z.enum(HAZARDS)),
      arrondissement: z.number().int(),
      address: z.string().nullable(),
      contact: z.object({ name: z.string(), phone: z.string().nullable(), told: z.boolean() }).nullable(),
      factors: sharedFactorsSchema,
      consent: z.object({ version: z.string(), at: z.string() }),
      registeredBy: z.enum(["self", "agent"]).meta({ description: "By the person, or by an agent of the 3975 line on their behalf" }),
      createdAt: z.string(),
      expiresAt: z.string(),
      renewedAt: z.string().nullable(),
    }),
    calls: z.array(z.object({ episodeId: z.string(), round: z.number().int(), risk: z.number(), status: z.enum(CALL_STATUSES), createdAt: z.string() })),
    outcomes: z.array(z.object({ outcome: z.enum(OUTCOMES), note: z.string().nullable(), recordedAt: z.string() })),
    followups: z.array(
      z.object({
        kind: z.enum(FOLLOW_UP_KINDS),
        team: z.enum(FOLLOW_UP_TEAMS),
        reason: z.enum(OUTCOMES).meta({ description: "The call outcome that led to the follow-up" }),
        createdAt: z.string(),
      }),
    ),
    messages: z.array(
      z.object({
        kind: z.enum(MESSAGE_KINDS),
        hazard: z.enum(HAZARDS).nullable(),
        channel: z.enum(CHANNELS),
        recipient: z.string(),
        subject: z.string().nullable(),
        body: z.string(),
        status: z.enum(OUTBOX_STATUSES),
        createdAt: z.string(),
        sentAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "HeatRegistrationExport", description: "Everything the register holds about the person" });
export type RegistrationExport = z.infer<typeof registrationExportSchema>;

export const erasedSchema = z.object({ erased: z.record(z.string(), z.number().int()).meta({ description: "Rows removed, by table" }) });
export const renewedSchema = z.object({ expiresAt: z.string() });

export const accessRequestSchema = z
  .object({
    contact: singleLineText().min(3).max(200).meta({ description: "The phone number or e-mail given at registration", example: "06 12 34 56 78" }),
    code: singleLineText().min(1).max(40).meta({ description: "The access code, or a one-time code received by SMS or e-mail", example: "48 29 15 07 32 26" }),
  })
  .meta({ id: "HeatRegistrationAccess" });

export const accessGrantedSchema = z.object({ registrationId: z.string(), token: z.string(), expiresAt: z.string() });

export const oneTimeCodeRequestSchema = z.object({ contact: accessRequestSchema.shape.contact }).meta({ id: "HeatOneTimeCodeRequest" });
