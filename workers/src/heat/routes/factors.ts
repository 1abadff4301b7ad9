// The rotation path of the health factors' keyring (ops): re-encrypt one batch of the register under the current key
// (plaintext rows from before encryption too) and say how many rows remain. The nightly cron does the same for the
// whole register; this route lets ops finish a rotation or the first encryption at once (docs/trust.md).
import { createRoute } from "@hono/zod-openapi";
import { reencryptQuery, reencryptReportSchema } from "../../../../domain/contracts/health-factors";
import { agentOf, forRoles } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { reencryptFactors } from "../factors-at-rest";

export const factorRoutes = subApp().openapi(
  createRoute({
    method: "post",
    path: "/heat/factors/reencrypt",
    tags: ["heat"],
    summary: "Re-encrypt one batch of the register's health factors under the keyring's current key (audited, idempotent)",
    ...forRoles("ops"),
    request: { query: reencryptQuery },
    responses: {
      200: { description: "What the batch did, and where the next one starts", content: { "application/json": { schema: reencryptReportSchema } } },
      ...errorResponses("validation_failed", "unauthenticated", "forbidden", "unavailable"),
    },
  }),
  async (c) => {
    const { afterSeq, limit } = c.req.valid("query");
    const agent = agentOf(c);
    return c.json(await reencryptFactors(c.env, { afterSeq, limit, by: { actor: agent.id, role: agent.role } }), 200);
  },
);
