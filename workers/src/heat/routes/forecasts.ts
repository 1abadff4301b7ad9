// POST /heat/forecasts: daily forecasts from ops or heat agents. Every problem of the body is reported with the
// field it concerns and nothing is applied; an accepted forecast is stored, audited and handed to the pipeline.
import { createRoute, z } from "@hono/zod-openapi";
import { forecastHandlingSchema, forecastReceiptSchema, type ForecastOutcome } from "../../../../domain/contracts/heat";
import { clockProblems, forecastSchema } from "../../../../domain/heat/forecast";
import { agentOf, forRoles } from "../../platform/access";
import { ApiError, errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { loadForecast, receiveForecast } from "../forecasts";

export const forecastRoutes = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/forecasts",
      tags: ["heat"],
      summary: "Send a daily heat forecast (TN/TX for consecutive days, at least the issue day and the two after)",
      ...forRoles("ops", "heat-agent"),
      request: { body: { required: true, content: { "application/json": { schema: forecastSchema } } } },
      responses: {
        202: { description: "Accepted: the pipeline grades it and updates the alert episode", content: { "application/json": { schema: forecastReceiptSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "conflict"),
      },
    }),
    async (c) => {
      const forecast = c.req.valid("json");
      const problems = clockProblems(forecast, { now: new Date(), replayAllowed: c.env.ENVIRONMENT !== "production" });
      if (problems.length) throw new ApiError("validation_failed", "The forecast is not valid: see fields.", problems);
      const agent = agentOf(c);
      return c.json(await receiveForecast(c.env, forecast, { actor: agent.id, role: agent.role }), 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/forecasts/{id}",
      tags: ["heat"],
      summary: "Whether a forecast has been handled by the pipeline, and what it did to the alert episode",
      ...forRoles("ops", "heat-agent"),
      request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }) },
      responses: {
        200: { description: "The forecast's handling", content: { "application/json": { schema: forecastHandlingSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const forecast = await loadForecast(c.env.DB, c.req.valid("param").id);
      if (!forecast) throw new ApiError("not_found", "No such forecast.");
      return c.json({
        forecastId: forecast.id, issueDay: forecast.issue_day, receivedAt: forecast.received_at, processedAt: forecast.processed_at,
        outcome: forecast.outcome ? (JSON.parse(forecast.outcome) as ForecastOutcome) : null,
      }, 200);
    },
  );
