// The heat API for agents and the public (the register's citizen routes: ./heat-registration.ts): the
// public status of the coming days, forecasts received and what they did, the call list of a round, call
// outcomes and the follow-ups they lead to, and the oversight of episodes and messages. Shared code: the
// Worker's routes validate and document with it (workers/src/heat/routes/), the pages type their calls with it.
import { z } from "zod";
import { CALL_LIST_FILTERS, CALL_STATUSES, FOLLOW_UP_KINDS, FOLLOW_UP_TEAMS, OUTCOMES } from "../heat/calls.ts";
import { EPISODE_STATUSES, FORECAST_OUTCOMES, ROUND_REASONS } from "../heat/episodes.ts";
import { ALERT_LEVELS, HEAT_LEVELS } from "../heat/hazard.ts";
import { CHANNELS, MESSAGE_KINDS } from "../heat/warnings.ts";
import { pageQuery } from "./common.ts";

// ---------------------------------------------------------------- public status

export const statusQuery = z.object({ departement: z.string().max(3).default("75") });

export const statusSchema = z
  .object({
    departement: z.string(),
    thresholds: z.object({ ibmn: z.number(), ibmx: z.number() }),
    levelRule: z.object({ id: z.string(), version: z.string(), description: z.string() }),
    forecast: z.object({ id: z.string(), source: z.string(), issuedAt: z.string(), receivedAt: z.string(), replay: z.boolean() }).nullable(),
    today: z.string().nullable().meta({ description: "The forecast's issue day (Paris time)" }),
    days: z.array(
      z.object({
        date: z.string(),
        tn: z.number(),
        tx: z.number(),
        ibmn: z.number().nullable().meta({ description: "Mean TN over this day and the next two" }),
        ibmx: z.number().nullable(),
        level: z.enum(HEAT_LEVELS).nullable().meta({ description: "Null when the forecast lacks a day the rule needs (D−1 … D+3)" }),
      }),
    ),
    episode: z.object({ id: z.string(), startDate: z.string(), peakLevel: z.enum(ALERT_LEVELS), lastAlertDate: z.string(), round: z.number() }).nullable(),
    generatedAt: z.string(),
  })
  .meta({ id: "HeatStatus" });
export type HeatStatus = z.infer<typeof statusSchema>;

// ---------------------------------------------------------------- forecasts

export const forecastReceiptSchema = z
  .object({
    forecastId: z.string(),
    issueDay: z.string(),
    duplicate: z.boolean().meta({ description: "The same forecast was already received: nothing new is applied." }),
    queued: z.boolean().meta({ description: "Handed to the pipeline now (otherwise the next cron pull does it)." }),
  })
  .meta({ id: "HeatForecastReceipt" });

const forecastOutcomeSchema = z.object({
  kind: z.enum(FORECAST_OUTCOMES),
  level: z.enum(HEAT_LEVELS).nullable().meta({ description: "The level of the forecast's issue day" }),
  episodeId: z.string().optional(),
  round: z.object({ number: z.number().int(), reason: z.enum(ROUND_REASONS) }).optional().meta({ description: "A call round started by this forecast" }),
});
export type ForecastOutcome = z.infer<typeof forecastOutcomeSchema>;

export const forecastHandlingSchema = z
  .object({
    forecastId: z.string(),
    issueDay: z.string(),
    receivedAt: z.string(),
    processedAt: z.string().nullable(),
    outcome: forecastOutcomeSchema.nullable().meta({ description: "What the forecast did to the alert episode, once handled" }),
  })
  .meta({ id: "HeatForecastHandling" });

// ---------------------------------------------------------------- calls and follow-ups

const personSchema = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable().optional(),
  arrondissement: z.number(),
  address: z.string().nullable(),
  contact: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
});

const episodeSummarySchema = z.object({
  id: z.string(),
  status: z.enum(EPISODE_STATUSES),
  startDate: z.string(),
  peakLevel: z.enum(ALERT_LEVELS),
  currentRound: z.number(),
});
export type EpisodeSummary = z.infer<typeof episodeSummarySchema>;

export const callListQuery = pageQuery.extend({
  episodeId: z.string().max(80).optional(),
  round: z.coerce.number().int().min(1).max(1000).optional(),
  status: z.enum(CALL_LIST_FILTERS).default("open"),
  arrondissement: z.coerce.number().int().min(1).max(20).optional(),
});

const callSchema = z.object({
  callId: z.string(),
  registrationId: z.string(),
  rank: z.number(),
  risk: z.number(),
  reasons: z.array(z.object({ code: z.string(), labels: z.object({ fr: z.string(), en: z.string() }) })),
  status: z.enum(CALL_STATUSES),
  attempts: z.number(),
  lastOutcome: z.enum(OUTCOMES).nullable(),
  lastOutcomeAt: z.string().nullable(),
  person: personSchema,
});
export type Call = z.infer<typeof callSchema>;

export const callListSchema = z
  .object({
    episode: episodeSummarySchema.nullable(),
    round: z.number().nullable(),
    items: z.array(callSchema),
    total: z.number(),
    limit: z.number(),
    offset: z.number(),
  })
  .meta({ id: "HeatCallList" });
/** A page of the call list. */
export type CallPage = z.infer<typeof callListSchema>;

export const callOutcomeRequestSchema = z
  .object({ outcome: z.enum(OUTCOMES), note: z.string().trim().max(500).optional() })
  .meta({ id: "HeatCallOutcome" });

const followUpRef = z.object({ kind: z.enum(FOLLOW_UP_KINDS), team: z.enum(FOLLOW_UP_TEAMS) });

export const callOutcomeSchema = z.object({
  callId: z.string(),
  status: z.enum(CALL_STATUSES),
  unansweredWithin48h: z.number(),
  followUp: followUpRef.nullable(),
});
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

export const followUpsQuery = z.object({ episodeId: z.string().max(80).optional(), kind: z.enum(FOLLOW_UP_KINDS).optional() });

const followUpSchema = followUpRef.extend({
  registrationId: z.string(),
  reason: z.enum(OUTCOMES).meta({ description: "The call outcome that led to the follow-up" }),
  unanswered: z
    .object({ calls: z.number().int(), withinHours: z.number() })
    .nullable()
    .meta({ description: "For a home visit after unanswered calls: how many, within how many hours" }),
  createdAt: z.string(),
  createdBy: z.string(),
  person: personSchema,
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpsSchema = z.object({ episode: episodeSummarySchema.nullable(), items: z.array(followUpSchema) });
export type FollowUps = z.infer<typeof followUpsSchema>;

// ---------------------------------------------------------------- oversight

export const episodesQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });

const episodeSchema = z
  .object({
    id: z.string(),
    departement: z.string(),
    status: z.enum(EPISODE_STATUSES),
    startDate: z.string(),
    lastAlertDate: z.string(),
    endDate: z.string().nullable(),
    peakLevel: z.enum(ALERT_LEVELS),
    currentRound: z.number(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    rounds: z.array(z.object({ round: z.number(), day: z.string(), reason: z.enum(ROUND_REASONS), messageKind: z.enum(MESSAGE_KINDS).nullable(), calls: z.number() })),
    messages: z.object({ pending: z.number(), sent: z.number() }),
  })
  .meta({ id: "HeatEpisode" });

export const episodesSchema = z.object({ registered: z.number(), items: z.array(episodeSchema) });

export const messagesQuery = pageQuery.extend({ episodeId: z.string().max(80).optional(), registrationId: z.string().max(40).optional() });

export const messageSchema = z
  .object({
    idempotencyKey: z.string(),
    registrationId: z.string(),
    episodeId: z.string(),
    kind: z.enum(MESSAGE_KINDS),
    channel: z.enum(CHANNELS),
    recipient: z.string().meta({ description: "Masked: the last two digits of a phone number, the domain of an e-mail address" }),
    subject: z.string().nullable(),
    body: z.string(),
    sentAt: z.string(),
  })
  .meta({ id: "HeatMessage" });
