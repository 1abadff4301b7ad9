// On-demand scoring of one sale (tax agents): its geo-dvf rows in, its expected price, triage signals and
// evidence out; the score is audited, nothing else is stored.
import { createRoute } from "@hono/zod-openapi";
import { scoreRequestSchema, scoreSchema } from "../../../../domain/contracts/sales";
import { agentOf, forRoles } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { scoreSale } from "../on-demand-score";
import { REVIEW_NOTICE } from "../texts";
import { evidenceView } from "./cases";

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
        content: { "application/json": { schema: scoreRequestSchema } },
      },
    },
    responses: {
      200: { description: "The sale's expected price, signals and evidence", content: { "application/json": { schema: scoreSchema } } },
      ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden"),
    },
  }),
  async (c) => {
    const score = await scoreSale(c.env, c.req.valid("json").rows, agentOf(c));
    return c.json({ ...score, notice: REVIEW_NOTICE, evidence: evidenceView(score.expectedPrice, score.evidence) }, 200);
  },
);
