// GET /explanations/{kind}/{id}: the explanation of one individual result, for the agents of its use case.
import { createRoute, z } from "@hono/zod-openapi";
import { explanationSchema } from "../../../domain/contracts/explanation";
import { explainers } from "../explanations/registry";
import { agentOf, forRoles } from "../platform/access";
import { ApiError, errorResponses } from "../platform/errors";
import { subApp } from "../platform/openapi";

export const explanations = subApp().openapi(
  createRoute({
    method: "get",
    path: "/explanations/{kind}/{id}",
    tags: ["transparency"],
    summary: "How the algorithm contributed to one individual result (CRPA R311-3-1-2)",
    ...forRoles("heat-agent", "social-agent", "tax-agent", "requests-agent"),
    request: { params: z.object({ kind: z.string().max(50), id: z.string().max(200) }) },
    responses: {
      200: { description: "The explanation", content: { "application/json": { schema: explanationSchema } } },
      ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found", "unavailable"),
    },
  }),
  async (c) => {
    const { kind, id } = c.req.valid("param");
    // Own keys only: "__proto__" or "constructor" must not find an inherited property (found by the fuzz tests).
    const explainer = Object.hasOwn(explainers, kind) ? explainers[kind] : undefined;
    if (!explainer) throw new ApiError("not_found", `No explanations of kind "${kind}". Kinds: ${Object.keys(explainers).join(", ") || "none yet"}.`);
    // Any role the agent holds counts, not only the one it was admitted under (an agent may serve two use cases).
    if (!explainer.roles.some((role) => agentOf(c).roles.includes(role))) throw new ApiError("forbidden", `Explanations of kind "${kind}" are reserved to: ${explainer.roles.join(", ")}.`);
    const explanation = await explainer.explain(c.env, id);
    if (!explanation) throw new ApiError("not_found", `No ${kind} with id ${id}.`);
    return c.json(explanation, 200);
  },
);
