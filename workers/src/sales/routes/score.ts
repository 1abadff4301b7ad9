// On-demand scoring of one sale (tax agents): its geo-dvf rows in, its expected price, triage signals and
// evidence out; the score is audited, nothing else is stored.
import { createRoute, z } from "@hono/zod-openapi";
import { agentOf, forRoles } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { scoreSale, SCORE_COLUMNS } from "../on-demand-score";
import { REVIEW_NOTICE } from "../texts";
import { evidenceView } from "./cases";
import { scoreSchema } from "./schemas";

const cell = z.union([z.string().max(300), z.number(), z.null()]).optional();
const rowSchema = z.strictObject(Object.fromEntries(SCORE_COLUMNS.map((column) => [column, cell])) as Record<(typeof SCORE_COLUMNS)[number], typeof cell>);

export const scoreRoutes = subApp().openapi(
  createRoute({
    method: "post",
    path: "/sales/score",
    tags: ["sales"],
    summary: "Score one sale given as its geo-dvf rows (keys: the published column names); audited, nothing stored",
    ...forRoles("tax-agent"),
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: z.object({ rows: z.array(rowSchema).min(1).max(100) }).openapi("SalesScoreRequest") } },
      },
    },
    responses: {
      200: { description: "The sale's expected price, signals and evidence", content: { "application/json": { schema: scoreSchema } } },
      ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden"),
    },
  }),
  async (c) => {
    const score = await scoreSale(c.env, c.req.valid("json").rows, agentOf(c));
    const { evidence, sale, ...rest } = score;
    return c.json({ ...rest, sale: sale as unknown as Record<string, unknown>, notice: REVIEW_NOTICE, evidence: evidenceView(score.expectedPrice, evidence) }, 200);
  },
);
