// The rights use case's HTTP API, mounted under /api/v1 by app.ts. Household data never comes here: the
// outreach list is built in the social worker's browser, and only counts of households by arrondissement
// (cells of at least 10) may be sent and read back.
import { createRoute } from "@hono/zod-openapi";
import { statsStoredSchema, statsSubmissionSchema, statsTotalsQuery, statsTotalsSchema } from "../../../domain/contracts/rights";
import { edgeModels } from "../inference/registry";
import { agentOf, forRoles } from "../platform/access";
import { errorResponses, validationError } from "../platform/errors";
import { subApp } from "../platform/openapi";
import { statsTotals, storeSubmission } from "./stats";

export const rights = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/rights/stats",
      tags: ["rights"],
      summary: "Store the counts by arrondissement of an outreach list (small cells suppressed; audited)",
      ...forRoles("social-agent"),
      request: { body: { required: true, content: { "application/json": { schema: statsSubmissionSchema } } } },
      responses: {
        200: { description: "Already stored (same submission id): nothing written", content: { "application/json": { schema: statsStoredSchema } } },
        201: { description: "Stored", content: { "application/json": { schema: statsStoredSchema } } },
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
      request: { query: statsTotalsQuery },
      responses: {
        200: { description: "Totals by arrondissement and metric", content: { "application/json": { schema: statsTotalsSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { from, to } = c.req.valid("query");
      return c.json(await statsTotals(c.env.DB, from ?? null, to ?? null), 200);
    },
  );
