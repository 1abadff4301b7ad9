// The heat agents' work: the call list of the current round (highest risk first, with each person's reasons),
// recording a call outcome, and the follow-up lists (home visits, emergency doctors, social workers).
import { createRoute, z } from "@hono/zod-openapi";
import { callListQuery, callListSchema, callOutcomeRequestSchema, callOutcomeSchema, followUpsQuery, followUpsSchema, type EpisodeSummary } from "../../../../domain/contracts/heat";
import { agentOf, forRoles } from "../../platform/access";
import { ApiError, errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import type { EpisodeRow } from "../episodes";
import { episodeForCalls, listCalls, listFollowUps, recordOutcome } from "../calls";

const summary = (e: EpisodeRow): EpisodeSummary => ({
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
      request: { query: callListQuery },
      responses: {
        200: { description: "A page of the call list", content: { "application/json": { schema: callListSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found", "unavailable"),
      },
    }),
    async (c) => {
      const { episodeId, round, status, arrondissement, limit, offset } = c.req.valid("query");
      const episode = await episodeForCalls(c.env.DB, episodeId);
      if (!episode) {
        if (episodeId) throw new ApiError("not_found", `No episode ${episodeId}.`);
        return c.json({ episode: null, round: null, items: [], total: 0, limit, offset }, 200);
      }
      const page = await listCalls(c.env, episode, { round, status, arrondissement, limit, offset });
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
          content: { "application/json": { schema: callOutcomeRequestSchema } },
        },
      },
      responses: {
        201: { description: "Recorded", content: { "application/json": { schema: callOutcomeSchema } } },
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
      request: { query: followUpsQuery },
      responses: {
        200: { description: "Follow-ups, newest first", content: { "application/json": { schema: followUpsSchema } } },
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
