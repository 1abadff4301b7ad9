// GET /ping: the lightest possible JSON answer (uptime checks, and the reference in latency benchmarks).
import { createRoute } from "@hono/zod-openapi";
import { pingSchema } from "../../../domain/contracts/platform";
import { publicRoute } from "../platform/access";
import { subApp } from "../platform/openapi";

export const ping = subApp().openapi(
  createRoute({
    method: "get",
    path: "/ping",
    tags: ["platform"],
    summary: "Liveness: answers immediately, touches nothing",
    ...publicRoute,
    responses: { 200: { description: "Alive", content: { "application/json": { schema: pingSchema } } } },
  }),
  (c) => c.json({ ok: true as const }, 200),
);
