// The rights use case's HTTP API, mounted under /api/v1 by app.ts. Household data never comes here: the
// outreach list is built in the social worker's browser, and only counts of households by arrondissement
// (cells of at least 10) may be sent and read back.
import { createRoute, z } from "@hono/zod-openapi";
import { MIN_CELL_HOUSEHOLDS, STATS_METRICS, type StatsMetric } from "../../../domain/rights/outreach/stats";
import { edgeModels } from "../inference/registry";
import { agentOf, forRoles } from "../platform/access";
import { errorResponses, validationError } from "../platform/errors";
import { subApp } from "../platform/openapi";
import { statsTotals, storeSubmission } from "./stats";

const MAX_COUNT = 10_000_000;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const count = z.number().int().min(0).max(MAX_COUNT).nullable();

const arrondissementCounts = z
  .object({
    arrondissement: z.number().int().min(1).max(20),
    ...(Object.fromEntries(STATS_METRICS.map((m) => [m, count])) as Record<StatsMetric, typeof count>),
  })
  .strict()
  .superRefine((row, ctx) => {
    for (const metric of STATS_METRICS) {
      if (metric === "households" || row[metric] === null || row.households === null) continue;
      if (row[metric]! > row.households) ctx.addIssue({ code: "custom", path: [metric], message: `cannot exceed households (${row.households})` });
    }
  });

const submissionSchema = z
  .object({
    submissionId: z.uuid().openapi({ description: "Chosen by the console: sending the same submission again stores nothing new" }),
    modelId: z.literal("non-take-up"),
    modelVersion: z.string().max(20),
    rulesDate: isoDate,
    topShare: z.number().gt(0).max(1),
    arrondissements: z
      .array(arrondissementCounts)
      .min(1)
      .max(20)
      .superRefine((rows, ctx) => {
        const seen = new Set<number>();
        rows.forEach((row, i) => {
          if (seen.has(row.arrondissement)) ctx.addIssue({ code: "custom", path: [i, "arrondissement"], message: "arrondissement given twice" });
          seen.add(row.arrondissement);
        });
      }),
  })
  .strict()
  .openapi("RightsStatsSubmission", {
    description: `Counts of households by arrondissement from one outreach list. Cells under ${MIN_CELL_HOUSEHOLDS} households (or whose complement in the arrondissement is) must be null; the Worker suppresses any it receives.`,
  });

const storedSchema = z
  .object({ submissionId: z.string(), created: z.boolean(), storedCells: z.number().int(), suppressed: z.array(z.string()) })
  .openapi("RightsStatsStored");

const total = z.object({ households: z.number().int(), submissions: z.number().int() }).nullable();
const totalsSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    submissions: z.number().int(),
    arrondissements: z.array(z.object({ arrondissement: z.number().int(), ...(Object.fromEntries(STATS_METRICS.map((m) => [m, total])) as Record<StatsMetric, typeof total>) })),
  })
  .openapi("RightsStatsTotals");

export const rights = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/rights/stats",
      tags: ["rights"],
      summary: "Store the counts by arrondissement of an outreach list (small cells suppressed; audited)",
      ...forRoles("social-agent"),
      request: { body: { required: true, content: { "application/json": { schema: submissionSchema } } } },
      responses: {
        200: { description: "Already stored (same submission id): nothing written", content: { "application/json": { schema: storedSchema } } },
        201: { description: "Stored", content: { "application/json": { schema: storedSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "payload_too_large"),
      },
    }),
    async (c) => {
      const submission = c.req.valid("json");
      if (!edgeModels.find(submission.modelId, submission.modelVersion)) {
        throw validationError([{ code: "custom", path: ["modelVersion"], message: `unknown version of ${submission.modelId}`, input: submission.modelVersion }]);
      }
      const stored = await storeSubmission(c.env.DB, agentOf(c), submission);
      return c.json(stored, stored.created ? 201 : 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/rights/stats",
      tags: ["rights"],
      summary: "Counts of households by arrondissement summed over the submissions of a period",
      ...forRoles("social-agent"),
      request: { query: z.object({ from: isoDate.optional(), to: isoDate.optional() }) },
      responses: {
        200: { description: "Totals by arrondissement and metric", content: { "application/json": { schema: totalsSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { from, to } = c.req.valid("query");
      return c.json(await statsTotals(c.env.DB, from ?? null, to ?? null), 200);
    },
  );
