// The heat agents' work: the call list of the current round (highest risk first, with each person's reasons),
// recording a call outcome, and the follow-up lists (home visits, emergency doctors, social workers).
import { createRoute, z } from "@hono/zod-openapi";
import { agentOf, forRoles } from "../../platform/access";
import { ApiError, errorResponses } from "../../platform/errors";
import { pageQuery, subApp } from "../../platform/openapi";
import { CALL_STATUSES, OUTCOMES, episodeForCalls, listCalls, listFollowUps, recordOutcome } from "../calls";

const person = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable().optional(),
  arrondissement: z.number(),
  address: z.string().nullable(),
  contact: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
});
const reason = z.object({ code: z.string(), labels: z.object({ fr: z.string(), en: z.string() }) });
const episodeSummary = z.object({ id: z.string(), hazard: z.string(), status: z.string(), startDate: z.string(), peakLevel: z.string(), currentRound: z.number() });

const callListSchema = z
  .object({
    episode: episodeSummary.nullable(),
    round: z.number().nullable(),
    items: z.array(
      z.object({
        callId: z.string(), registrationId: z.string(), rank: z.number(), risk: z.number(), reasons: z.array(reason),
        status: z.enum(CALL_STATUSES), attempts: z.number(), lastOutcome: z.string().nullable(), lastOutcomeAt: z.string().nullable(), person,
      }),
    ),
    total: z.number(),
    limit: z.number(),
    offset: z.number(),
  })
  .openapi("HeatCallList");

const summary = (e: { id: string; hazard: string; status: string; start_date: string; peak_level: string; current_round: number }) => ({
  id: e.id, hazard: e.hazard, status: e.status, startDate: e.start_date, peakLevel: e.peak_level, currentRound: e.current_round,
});

export const callRoutes = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/calls",
      tags: ["heat"],
      summary: "The call list of an episode's round (default: the open or latest episode, its latest round, calls still to make), highest risk first",
      ...forRoles("heat-agent"),
      request: {
        query: pageQuery.extend({
          episodeId: z.string().max(80).optional(),
          round: z.coerce.number().int().min(1).max(1000).optional(),
          status: z.enum(["open", "all", ...CALL_STATUSES]).default("open"),
          arrondissement: z.coerce.number().int().min(1).max(20).optional(),
        }),
      },
      responses: {
        200: { description: "A page of the call list", content: { "application/json": { schema: callListSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const { episodeId, round, status, arrondissement, limit, offset } = c.req.valid("query");
      const episode = await episodeForCalls(c.env.DB, episodeId);
      if (!episode) {
        if (episodeId) throw new ApiError("not_found", `No episode ${episodeId}.`);
        return c.json({ episode: null, round: null, items: [], total: 0, limit, offset }, 200);
      }
      const page = await listCalls(c.env.DB, episode, { round, status, arrondissement, limit, offset });
      return c.json({ episode: summary(episode), ...page, limit, offset }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/calls/{registrationId}/outcomes",
      tags: ["heat"],
      summary: "Record the outcome of a call to a registered person (audited); may route them to a follow-up team",
      ...forRoles("heat-agent"),
      request: {
        params: z.object({ registrationId: z.string().min(1).max(40) }),
        body: {
          required: true,
          content: {
            "application/json": {
              schema: z
                .object({
                  outcome: z.enum(OUTCOMES),
                  note: z.string().trim().max(500).optional(),
                  episodeId: z.string().max(80).optional().openapi({ description: "The episode of the call (default: the open one, else the latest)" }),
                })
                .openapi("HeatCallOutcome"),
            },
          },
        },
      },
      responses: {
        201: {
          description: "Recorded",
          content: {
            "application/json": {
              schema: z.object({
                callId: z.string(), status: z.enum(CALL_STATUSES), unansweredWithin48h: z.number(),
                followUp: z.object({ kind: z.string(), team: z.string() }).nullable(),
                contactTold: z.boolean().openapi({ description: "The contact the person named is being told they could not be reached" }),
              }),
            },
          },
        },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const { registrationId } = c.req.valid("param");
      return c.json(await recordOutcome(c.env.DB, { registrationId, ...c.req.valid("json") }, agentOf(c), new Date(), c.env.EVENTS), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/followups",
      tags: ["heat"],
      summary: "Follow-ups of an episode: home visits needed, people routed to emergency doctors or social workers",
      ...forRoles("heat-agent"),
      request: { query: z.object({ episodeId: z.string().max(80).optional(), kind: z.enum(["visit", "health", "social"]).optional() }) },
      responses: {
        200: {
          description: "Follow-ups, newest first",
          content: {
            "application/json": {
              schema: z.object({
                episode: episodeSummary.nullable(),
                items: z.array(z.object({ registrationId: z.string(), kind: z.string(), team: z.string(), reason: z.string(), createdAt: z.string(), createdBy: z.string(), person })),
              }),
            },
          },
        },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const { episodeId, kind } = c.req.valid("query");
      const episode = await episodeForCalls(c.env.DB, episodeId);
      if (!episode && episodeId) throw new ApiError("not_found", `No episode ${episodeId}.`);
      return c.json({ episode: episode ? summary(episode) : null, items: episode ? await listFollowUps(c.env.DB, episode, kind) : [] }, 200);
    },
  );
