// The heat register's citizen API: what a registration may contain — only what the register needs (name, a
// phone or an e-mail, the arrondissement or address, the channels, a contact person, the risk factors the
// person agrees to share) and an explicit consent; phones are French numbers, normalised to +33 — and what the
// person gets back: the personal codes once, everything the register holds (the export), the renewal and the
// erasure. Shared code: the Worker validates with it, the heat page types its calls with it.
import { z } from "zod";
import { MOBILITIES } from "../../models/heat-risk/features.ts";
import { CALL_STATUSES, FOLLOW_UP_KINDS, FOLLOW_UP_TEAMS, OUTCOMES } from "../heat/calls.ts";
import { SHAREABLE_FACTORS, type SharedFactor } from "../heat/register-factors.ts";
import { CHANNELS, MESSAGE_KINDS, OUTBOX_STATUSES } from "../heat/warnings.ts";

/** The header that carries the personal secret given at registration. */
export const SECRET_HEADER = "X-Registration-Secret";

/** "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678" → "+33612345678"; null otherwise. */
function normalizeFrenchPhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "");
  const national = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact)?.[1];
  return national ? `+33${national}` : null;
}

const isMobile = (e164: string) => /^\+33[67]/.test(e164);

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
  } satisfies Record<SharedFactor, z.ZodType>)
  .partial()
  .strict()
  .meta({ description: `Only the risk factors the person agrees to share (any of: ${SHAREABLE_FACTORS.join(", ")}).` });

export const registrationSchema = z
  .object({
    name: z.string().trim().min(2, "is required").max(120),
    phone: phone.optional(),
    email: z.email("must be an e-mail address").max(200).transform((e) => e.toLowerCase()).optional(),
    channels: z
      .array(z.enum(CHANNELS))
      .min(1, "choose at least one way to be warned")
      .max(3)
      .refine((c) => new Set(c).size === c.length, "each channel once"),
    arrondissement: z.number().int().min(1).max(20),
    address: z.string().trim().max(200).optional(),
    contact: z.object({ name: z.string().trim().min(2, "is required").max(120), phone }).optional(),
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
    secret: z.string().meta({ description: "Shown once: with the id, it lets the person see, export, renew and delete their data" }),
    expiresAt: z.string(),
    alertUnderWay: z.boolean(),
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
      arrondissement: z.number().int(),
      address: z.string().nullable(),
      contact: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
      factors: sharedFactorsSchema,
      consent: z.object({ version: z.string(), at: z.string() }),
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
