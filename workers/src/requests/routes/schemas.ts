// The requests API's schemas: what the form and a letter upload send, and what an agent reads.
import { z } from "@hono/zod-openapi";
import { DRAFT_TEMPLATES } from "../../../../domain/requests/draft";
import { OFFICES, PII_LABELS, THEMES } from "../../../../domain/requests/labels";
import { CHANNELS, REQUEST_STATUSES } from "../../../../domain/requests/statuses";
import { multiLineText, singleLineText } from "../../../../domain/contracts/text";

const oneLine = (max: number) => singleLineText().max(max);

export const contactFormSchema = z
  .object({
    subject: oneLine(200).default(""),
    message: multiLineText().trim().min(10, "at least 10 characters").max(10_000),
    name: oneLine(200).trim().min(1).optional(),
    email: z.email().max(200).optional(),
    phone: z.string().regex(/^\+?[\d\s.()-]{6,25}$/, "a phone number").optional(),
    consent: z.literal(true, { error: "consent to the handling of the request is required" }),
  })
  .openapi("RequestContactForm");

export const mappingEntrySchema = z.object({
  placeholder: z.string().regex(/^\[[A-ZÉÈ\- ]+ \d+\]$/, "a placeholder such as [NOM 1]"),
  label: z.enum(PII_LABELS),
  value: singleLineText().min(1).max(500),
});

export const letterSchema = z
  .object({
    subject: oneLine(200).default(""),
    text: multiLineText().trim().min(1).max(50_000).openapi({ description: "The letter's text, pseudonymised in the agent's browser" }),
    mapping: z.array(mappingEntrySchema).max(500).default([]),
    attachments: z.array(z.object({ name: oneLine(300), type: oneLine(100), bytes: z.number().int().nonnegative() })).max(20).default([]),
  })
  .openapi("RequestLetter");

const ranked = <T extends readonly [string, ...string[]]>(labels: T) => z.array(z.object({ label: z.enum(labels), p: z.number() }));

export const proposalSchema = z.object({
  theme: z.enum(THEMES),
  whereToGo: z.enum(OFFICES),
  top3: ranked(OFFICES),
  themeTop3: ranked(THEMES),
  modelId: z.string(),
  modelVersion: z.string(),
  inputHash: z.string(),
  at: z.string(),
});

export const ficheCitationSchema = z.object({ id: z.string(), title: z.string(), url: z.string(), date: z.string(), score: z.number() });

export const requestSchema = z
  .object({
    id: z.string(),
    channel: z.enum(CHANNELS),
    receivedAt: z.string(),
    subject: z.string(),
    body: z.string().openapi({ description: "Pseudonymised text" }),
    attachments: z.array(z.object({ name: z.string(), type: z.string(), bytes: z.number() })),
    placeholders: z.array(z.object({ placeholder: z.string(), label: z.enum(PII_LABELS), value: z.string().nullable().openapi({ description: "Only for the agent the request is assigned to" }) })),
    replyTo: z.string().nullable(),
    status: z.enum(REQUEST_STATUSES),
    service: z.enum(OFFICES).nullable(),
    theme: z.enum(THEMES).nullable(),
    confirmed: z.boolean(),
    assignedTo: z.string().nullable(),
    proposal: proposalSchema.nullable(),
    fiches: z.array(ficheCitationSchema),
    reply: z.string().nullable(),
    dueAt: z.string().nullable(),
    overdue: z.boolean(),
    answeredAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
  })
  .openapi("Request");

export const reviewSchema = z.object({ theme: z.enum(THEMES), whereToGo: z.enum(OFFICES) }).openapi("RequestReview");

export const spanCorrectionSchema = z
  .object({
    mask: z.array(z.object({ text: multiLineText().min(2).max(300), label: z.enum(PII_LABELS) })).max(50).default([]),
    unmask: z.array(oneLine(40)).max(50).default([]),
  })
  .openapi("RequestSpanCorrection");

export const draftRequestSchema = z
  .object({
    template: z.enum(DRAFT_TEMPLATES),
    ficheIds: z.array(oneLine(20)).max(5),
    office: z.enum(OFFICES).nullable().default(null),
  })
  .openapi("RequestDraftInput");

export const analysisSchema = z
  .object({
    text: z.string().openapi({ description: "The text with its personal data replaced by placeholders" }),
    placeholders: z.array(z.object({ placeholder: z.string(), label: z.enum(PII_LABELS) })),
    proposal: proposalSchema.omit({ at: true }),
  })
  .openapi("RequestAnalysis");

export const answerSchema = z.object({ reply: multiLineText().trim().min(1).max(20_000) }).openapi("RequestAnswer");
