// The climate alerts' HTTP API, mounted under /api/v1 by app.ts: ops push the official inputs (the fallback of the
// cron pull), anyone reads every hazard's level today with its sources, and agents see the coming days, the
// episodes of every hazard, the inputs received and whether each can be graded.
import { createRoute, z } from "@hono/zod-openapi";
import { CLIMATE_INPUT_KINDS, HAZARDS } from "../../../domain/climate/hazards";
import { LEVELS } from "../../../domain/climate/levels";
import { agentOf, forRoles, forRolesWithBody, publicRoute } from "../platform/access";
import { ApiError, errorResponses } from "../platform/errors";
import { subApp } from "../platform/openapi";
import { REGISTER_DEPARTEMENT } from "../heat/ids";
import { inputClockProblems, loadInput, receiveInput } from "./inputs";
import { hazardStatuses, inputsHeld, statusDay } from "./overview";
import { floodInput, pollutionInput, vigilanceInput, type Read } from "./readers";

/** A full vigilance map is about 200 KB; the product may grow. */
const MAX_INPUT_BYTES = 2 * 1024 * 1024;

const level = z.enum(LEVELS);
const hazard = z.enum(HAZARDS);

const receiptSchema = z
  .object({
    inputId: z.string(),
    kind: z.enum(CLIMATE_INPUT_KINDS),
    issueDay: z.string(),
    duplicate: z.boolean(),
    queued: z.boolean(),
    levels: z.record(z.string(), z.array(z.object({ day: z.string(), level: level.nullable(), detail: z.unknown() }))).openapi({ description: "Each hazard's level by day, as read from this input" }),
  })
  .openapi("ClimateInputReceipt");

const replayQuery = z.object({
  replay: z.enum(["true", "false"]).default("false").openapi({ description: "Replay a past document (refused in production)" }),
});

const sourceSchema = z.object({ kind: z.string(), inputId: z.string(), source: z.string(), issuedAt: z.string(), level: level.nullable() });

const statusSchema = z
  .object({
    departement: z.string(),
    today: z.string().nullable().openapi({ description: "The latest issue day of the inputs held (Paris time)" }),
    hazards: z.array(
      z.object({
        hazard,
        days: z.array(z.object({ date: z.string(), level: level.nullable(), sources: z.array(sourceSchema) })),
        today: z.object({ level: level.nullable(), sources: z.array(sourceSchema.extend({ detail: z.unknown() })) }).nullable(),
        episode: z.object({ id: z.string(), startDate: z.string(), peakLevel: z.string(), lastAlertDate: z.string(), round: z.number() }).nullable(),
      }),
    ),
    generatedAt: z.string(),
  })
  .openapi("ClimateStatus");

const CACHE = "public, max-age=300, stale-while-revalidate=600";

function pushRoute(path: string, summary: string) {
  return createRoute({
    method: "post",
    path,
    tags: ["heat"],
    summary,
    ...forRolesWithBody(MAX_INPUT_BYTES, "ops"),
    request: {
      query: replayQuery.extend({ source: z.string().trim().min(1).max(200).optional().openapi({ description: "Who published the document (Seine heights)" }) }),
      body: { required: true, content: { "application/json": { schema: z.unknown().openapi({ description: "The document as its feed publishes it (README)" }) } } },
    },
    responses: {
      202: { description: "Accepted: the pipeline applies it to the episodes", content: { "application/json": { schema: receiptSchema } } },
      ...errorResponses("validation_failed", "malformed_body", "payload_too_large", "unauthenticated", "forbidden"),
    },
  });
}

const READERS = {
  vigilance: (document: unknown) => vigilanceInput(document, REGISTER_DEPARTEMENT),
  seine: (document: unknown, source?: string) => floodInput(document, source ?? "Seine à Paris-Austerlitz (pushed by ops)"),
  pollution: (document: unknown) => pollutionInput(document),
};

async function accept(c: { env: Env; get(key: "agent"): ReturnType<typeof agentOf> | undefined }, read: Read, replay: boolean) {
  if (!read.ok) throw new ApiError("validation_failed", "The document is not valid: see fields.", read.problems);
  const problems = inputClockProblems(read.input, { now: new Date(), replay, replayAllowed: c.env.ENVIRONMENT !== "production" });
  if (problems.length) throw new ApiError("validation_failed", "The document is not valid: see fields.", problems);
  const agent = agentOf(c);
  return receiveInput(c.env, read.input, replay, { actor: agent.id, role: agent.role });
}

export const climateRoutes = subApp()
  .openapi(pushRoute("/climate/vigilance", "Push a Météo-France vigilance map (the DPVigilance carte product as published)"), async (c) => {
    const { replay } = c.req.valid("query");
    return c.json(await accept(c, READERS.vigilance(c.req.valid("json")), replay === "true"), 202);
  })
  .openapi(pushRoute("/climate/seine", "Push Seine heights at Paris-Austerlitz (Hub'Eau observations_tr or Vigicrues observations.json)"), async (c) => {
    const { replay, source } = c.req.valid("query");
    return c.json(await accept(c, READERS.seine(c.req.valid("json"), source), replay === "true"), 202);
  })
  .openapi(pushRoute("/climate/pollution", "Push a pollution bulletin (O₃, NO₂, PM10 by day)"), async (c) => {
    const { replay } = c.req.valid("query");
    return c.json(await accept(c, READERS.pollution(c.req.valid("json")), replay === "true"), 202);
  })
  .openapi(
    createRoute({
      method: "get",
      path: "/climate/inputs/{id}",
      tags: ["heat"],
      summary: "Whether an official input has been handled, and what it did to each hazard's episode",
      ...forRoles("ops", "heat-agent"),
      request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }) },
      responses: {
        200: {
          description: "The input's handling",
          content: {
            "application/json": {
              schema: z.object({
                inputId: z.string(), kind: z.string(), source: z.string(), issuedAt: z.string(), issueDay: z.string(), receivedAt: z.string(), processedAt: z.string().nullable(),
                outcome: z.record(z.string(), z.unknown()).nullable(),
              }),
            },
          },
        },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const input = await loadInput(c.env.DB, c.req.valid("param").id);
      if (!input) throw new ApiError("not_found", "No such input.");
      return c.json({
        inputId: input.id, kind: input.kind, source: input.source, issuedAt: input.issued_at, issueDay: input.issue_day, receivedAt: input.received_at, processedAt: input.processed_at,
        outcome: input.outcome ? (JSON.parse(input.outcome) as Record<string, unknown>) : null,
      }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/climate/status",
      tags: ["heat"],
      summary: "Every hazard's level today and the next days in Paris, with the sources and their time, and the alerts under way",
      ...publicRoute,
      responses: { 200: { description: "The current status", content: { "application/json": { schema: statusSchema } } } },
    }),
    async (c) => {
      const today = await statusDay(c.env.DB, REGISTER_DEPARTEMENT);
      c.header("Cache-Control", CACHE);
      return c.json({ departement: REGISTER_DEPARTEMENT, today, hazards: await hazardStatuses(c.env.DB, REGISTER_DEPARTEMENT, today, 3), generatedAt: new Date().toISOString() }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/climate/overview",
      tags: ["heat"],
      summary: "For agents and ops: every hazard's level for today and the next four days with its sources, and the inputs held (latest of each kind, whether handled, missing forecast days)",
      ...forRoles("heat-agent", "ops"),
      responses: {
        200: {
          description: "The overview",
          content: {
            "application/json": {
              schema: z.object({
                today: z.string().nullable(),
                hazards: statusSchema.shape.hazards,
                inputs: z.array(z.object({ kind: z.string(), inputId: z.string(), source: z.string(), issuedAt: z.string(), receivedAt: z.string(), processedAt: z.string().nullable(), missingDays: z.array(z.string()) })),
                unhandled: z.number().openapi({ description: "Inputs and forecasts received but not yet handled by the pipeline" }),
                generatedAt: z.string(),
              }),
            },
          },
        },
        ...errorResponses("unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const db = c.env.DB;
      const today = await statusDay(db, REGISTER_DEPARTEMENT);
      const [hazards, held] = await Promise.all([hazardStatuses(db, REGISTER_DEPARTEMENT, today, 4), inputsHeld(db, REGISTER_DEPARTEMENT)]);
      return c.json({ today, hazards, ...held, generatedAt: new Date().toISOString() }, 200);
    },
  );
