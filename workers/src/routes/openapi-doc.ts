// The OpenAPI 3.1 document, generated from the route definitions, and a readable HTML page made from it
// on the server (no script, so it works under the strict Content-Security-Policy).
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import pkg from "../../../package.json";
import type { AppEnv } from "../env";
import { publicRoute } from "../platform/access";
import { renderApiPage } from "./api-page";

export const documentConfig = {
  openapi: "3.1.0",
  info: {
    title: "Recoque API",
    version: pkg.version,
    description:
      "Public-interest AI hub of the City of Paris: heat alerts, social rights, property-sale triage. " +
      "Agent routes take a bearer JWT (HS256) whose `roles` claim names the agent's use case.",
    license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
  },
  servers: [{ url: "/" }],
};

export function mountOpenApi(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  // Generated on first use and kept for the isolate's life: the routes do not change once mounted.
  let generated: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  const document = () => (generated ??= app.getOpenAPI31Document(documentConfig));
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/openapi.json",
      tags: ["platform"],
      summary: "This OpenAPI 3.1 document",
      ...publicRoute,
      responses: { 200: { description: "OpenAPI document", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } } },
    }),
    (c) => c.json(document() as unknown as Record<string, unknown>, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/docs",
      tags: ["platform"],
      summary: "Readable API reference (HTML)",
      ...publicRoute,
      responses: { 200: { description: "HTML page", content: { "text/html": { schema: z.string() } } } },
    }),
    (c) => c.html(renderApiPage(document())),
  );
}
