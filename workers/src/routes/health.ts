// GET /health: the Worker's version, whether D1 answers, and every edge model loaded with its hash.
import { createRoute } from "@hono/zod-openapi";
import { healthSchema } from "../../../domain/contracts/platform";
import pkg from "../../../package.json";
import { manifest } from "../../../models/artifacts";
import { edgeModels } from "../inference/registry";
import { publicRoute } from "../platform/access";
import { subApp } from "../platform/openapi";

export const health = subApp().openapi(
  createRoute({
    method: "get",
    path: "/health",
    tags: ["platform"],
    summary: "Service health: version, database, models",
    ...publicRoute,
    responses: {
      200: { description: "All components answer", content: { "application/json": { schema: healthSchema } } },
      503: { description: "A component is down", content: { "application/json": { schema: healthSchema } } },
    },
  }),
  async (c) => {
    const database = await c.env.DB.prepare("SELECT 1 AS one")
      .first()
      .then(() => ({ reachable: true }))
      .catch((error: unknown) => {
        console.error("health: database unreachable", error);
        return { reachable: false, error: "database unreachable (details in the Worker's logs)" };
      });
    const models = await Promise.all(
      manifest.models
        .filter((m) => m.runsOn.includes("edge"))
        .map(async (m) => {
          try {
            const loaded = await edgeModels.load(m.id, m.version);
            return { id: m.id, version: m.version, sha256: loaded.sha256, loaded: true, loadedAt: loaded.loadedAt };
          } catch (error) {
            console.error(`health: model ${m.id}@${m.version} failed to load`, error);
            return { id: m.id, version: m.version, sha256: m.sha256, loaded: false, error: "model failed to load (details in the Worker's logs)" };
          }
        }),
    );
    const ok = database.reachable && models.every((m) => m.loaded);
    const body = {
      status: ok ? ("ok" as const) : ("degraded" as const),
      version: pkg.version,
      environment: c.env.ENVIRONMENT,
      database,
      models,
      time: new Date().toISOString(),
    };
    return ok ? c.json(body, 200) : c.json(body, 503);
  },
);
