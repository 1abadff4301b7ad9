// The heat API for agents and the public (the register's citizen routes: ./heat-registration.ts): the
// public status of the coming days, forecasts received and what they did, the call list of a round, call
// outcomes and the follow-ups they lead to, and the oversight of episodes and messages. Shared code: the
// Worker's routes validate and document with it (workers/src/heat/routes/), the pages type their calls with it.
import { z } from "zod";
import { HAZARDS } from "../climate/hazards.ts";
import { CALL_LIST_FILTERS, CALL_STATUSES, FOLLOW_UP_KINDS, FOLLOW_UP_TEAMS, OUTCOMES } from "../heat/calls.ts";
import { EPISODE_STATUSES, FORECAST_OUTCOMES, ROUND_REASONS } from "../heat/episodes.ts";
import { ALERT_LEVELS, HEAT_LEVELS } from "../heat/hazard.ts";
import { ALERT_KINDS, CHANNELS, MESSAGE_KINDS } from "../heat/warnings.ts";
import { pageQuery } from "./common.ts";
import { multiLineText, singleLineText } from "./text.ts";

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
        atLeast: z.enum(HEAT_LEVELS).nullable().meta({ description: "The level, or its lower bound from the 3-day windows held when days are missing" }),
        missingDays: z.array(z.string()).meta({ description: "Days of D−1 … D+3 the level needs and the forecast lacks" }),
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
    grading: z
      .object({
        issueDay: z.string(),
        level: z.enum(HEAT_LEVELS).nullable().meta({ description: "The issue day's level, null when the forecast and the days known before it lack some of D−1 … D+3" }),
        atLeast: z.enum(HEAT_LEVELS).nullable().meta({ description: "Lower bound of the level from the 3-day windows held; an alert is opened on it, never closed" }),
        missingDays: z.array(z.string()).meta({ description: "Days of D−1 … D+3 the level needs and nothing holds yet" }),
      })
      .meta({ description: "How the issue day can be graded with the days known now" }),
  })
  .meta({ id: "HeatForecastReceipt" });

const forecastOutcomeSchema = z.object({
  kind: z.enum(FORECAST_OUTCOMES),
  level: z.enum(HEAT_LEVELS).nullable().meta({ description: "The level of the forecast's issue day" }),
  episodeId: z.string().optional(),
  round: z.object({ number: z.number().int(), reason: z.enum(ROUND_REASONS) }).optional().meta({ description: "A call round started by this forecast" }),
  grading: z.literal("partial").optional().meta({ description: "The forecast lacks some of D−1 … D+3: graded on the 3-day windows it holds (a lower bound of the level)" }),
  missingDays: z.array(z.string()).optional().meta({ description: "The days of D−1 … D+3 the forecast lacks" }),
  atLeast: z.enum(HEAT_LEVELS).nullable().optional().meta({ description: "For insufficient-days: the lower bound the forecast gives, too low to prove or end an alert" }),
});
export type ForecastOutcome = z.infer<typeof forecastOutcomeSchema>;

export const forecastHandlingSchema = z
  .object({
    forecastId: z.string(),
    issueDay: z.string(),
    receivedAt: z.string(),
    processedAt: z.string().nullable(),
    outcome: forecastOutcomeSchema.nullable().meta({ description: "What the forecast did to the heat episode, once handled" }),
    hazardOutcomes: z
      .object({ cold: forecastOutcomeSchema.optional() })
      .nullable()
      .meta({ description: "What it did to the other hazards it grades (cold)" }),
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
  hazard: z.enum(HAZARDS),
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
  .object({
    outcome: z.enum(OUTCOMES),
    note: multiLineText().trim().max(500).optional(),
    episodeId: singleLineText().max(80).optional().meta({ description: "The episode of the call (default: the open one, else the latest)" }),
  })
  .meta({ id: "HeatCallOutcome" });

const followUpRef = z.object({ kind: z.enum(FOLLOW_UP_KINDS), team: z.enum(FOLLOW_UP_TEAMS) });

export const callOutcomeSchema = z.object({
  callId: z.string(),
  status: z.enum(CALL_STATUSES),
  unansweredWithin48h: z.number(),
  followUp: followUpRef.nullable(),
  contactTold: z.boolean().meta({ description: "The contact the person named is being told they could not be reached" }),
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

export const episodesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  hazard: z.enum(HAZARDS).optional().meta({ description: "Only this hazard's episodes" }),
});

const episodeSchema = z
  .object({
    id: z.string(),
    departement: z.string(),
    hazard: z.enum(HAZARDS),
    status: z.enum(EPISODE_STATUSES),
    startDate: z.string(),
    lastAlertDate: z.string(),
    endDate: z.string().nullable(),
    peakLevel: z.enum(ALERT_LEVELS),
    currentRound: z.number(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    rounds: z.array(z.object({ round: z.number(), day: z.string(), reason: z.enum(ROUND_REASONS), messageKind: z.enum(ALERT_KINDS).nullable(), calls: z.number() })),
    audience: z.number().meta({ description: "People registered now for this hazard (and, for floods, in a riverside arrondissement)" }),
    messages: z.object({ pending: z.number(), sent: z.number() }),
  })
  .meta({ id: "HeatEpisode" });

export const episodesSchema = z.object({ registered: z.number(), items: z.array(episodeSchema) });
export type Episodes = z.infer<typeof episodesSchema>;
export type Episode = Episodes["items"][number];

export const messagesQuery = pageQuery.extend({ episodeId: z.string().max(80).optional(), registrationId: z.string().max(40).optional() });

export const messageSchema = z
  .object({
    idempotencyKey: z.string(),
    registrationId: z.string(),
    episodeId: z.string().nullable().meta({ description: "Null for a message outside an episode (a one-time access code)" }),
    kind: z.enum(MESSAGE_KINDS),
    channel: z.enum(CHANNELS),
    recipient: z.string().meta({ description: "Masked: the last two digits of a phone number, the domain of an e-mail address" }),
    subject: z.string().nullable(),
    body: z.string(),
    sentAt: z.string(),
  })
  .meta({ id: "HeatMessage" });
