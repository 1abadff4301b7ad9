// GET /agent/session: who the caller is signed in as, for the agent pages. Open to anyone (an anonymous caller
// learns only whether the token sign-in is offered); credentials present but wrong are refused as on every agent
// route. In production Cloudflare Access covers this path, so only people of the city reach it.
import { createRoute } from "@hono/zod-openapi";
import { agentSessionSchema } from "../../../domain/contracts/session";
import { publicRoute } from "../platform/access";
import { errorResponses } from "../platform/errors";
import { identify, tokenSignInAllowed } from "../platform/identity";
import { subApp } from "../platform/openapi";

export const session = subApp().openapi(
  createRoute({
    method: "get",
    path: "/agent/session",
    tags: ["platform"],
    summary: "The signed-in agent (or none), and whether token sign-in is offered",
    ...publicRoute,
    responses: {
      200: { description: "The session", content: { "application/json": { schema: agentSessionSchema } } },
      ...errorResponses("unauthenticated", "forbidden", "unavailable"),
    },
  }),
  async (c) => {
    const agent = await identify(c);
    c.header("Cache-Control", "no-store");
    return c.json({ agent, tokenSignIn: tokenSignInAllowed(c.env) }, 200);
  },
);
