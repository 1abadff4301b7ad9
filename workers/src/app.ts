// The HTTP API: one Hono app, every route under /api/v1 from a sub-app per resource or use case, one
// error body for every failure, security headers and CORS for the app's own origin only.
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { cors } from "hono/cors";
import type { AppEnv } from "./env";
import { ApiError, errorResponse } from "./platform/errors";
import { apiOnlyHeaders, securityHeaders } from "../../domain/platform/security-headers";
import { audit } from "./routes/audit";
import { explanations } from "./routes/explanations";
import { climateRoutes } from "./climate/routes";
import { heat } from "./heat/routes";
import { sales } from "./sales/routes";
import { health } from "./routes/health";
import { models } from "./routes/models";
import { mountOpenApi } from "./routes/openapi-doc";
import { ops } from "./routes/ops";
import { ping } from "./routes/ping";
import { register } from "./routes/algorithm-register";
import { rights } from "./rights/routes";
import { session } from "./routes/session";
import { requests } from "./requests/routes";

export const app = new OpenAPIHono<AppEnv>();

app.use("*", async (c, next) => {
  const requestId = crypto.randomUUID();
  c.set("requestId", requestId);
  await next();
  c.header("X-Request-Id", requestId);
  for (const [name, value] of Object.entries({ ...securityHeaders, ...apiOnlyHeaders })) c.header(name, value);
});

app.use("/api/*", async (c, next) =>
  cors({
    origin: (origin) => (origin === c.env.APP_ORIGIN ? origin : null),
    allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
    exposeHeaders: ["X-Request-Id", "Retry-After", "ETag"],
    maxAge: 600,
  })(c, next),
);

app.route("/api/v1", ping);
app.route("/api/v1", session);
app.route("/api/v1", health);
app.route("/api/v1", models);
app.route("/api/v1", ops);
app.route("/api/v1", audit);
app.route("/api/v1", explanations);
app.route("/api/v1", register);
app.route("/api/v1", heat);
app.route("/api/v1", climateRoutes);
app.route("/api/v1", sales);
app.route("/api/v1", rights);
app.route("/api/v1", requests);
mountOpenApi(app);

app.notFound(() => {
  throw new ApiError("not_found", "No such route.");
});

app.onError((error, c) => {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 413 ? "payload_too_large" : error.status === 415 ? "unsupported_media_type" : "malformed_body";
    return errorResponse(c, new ApiError(code, error.message || "The request body could not be read."));
  }
  console.error(`request ${c.get("requestId")} failed:`, error);
  return errorResponse(c, new ApiError("internal_error", "An unexpected error occurred; it has been logged."));
});
