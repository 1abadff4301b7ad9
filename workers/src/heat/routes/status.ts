// GET /heat/status (public, cacheable): the levels of the forecast in use for today and the next days, with
// IBMn/IBMx, the thresholds, when and by whom the forecast was issued, and the open alert episode.
import { createRoute, z } from "@hono/zod-openapi";
import { HEAT_LEVELS, LEVEL_RULE_ALGORITHM, sourcedDepartements, thresholdsFor } from "../../../../domain/heat/hazard";
import { publicRoute } from "../../platform/access";
import { ApiError, errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { openEpisode } from "../episodes";
import { currentForecast } from "../forecasts";
import { forecastOutlook } from "../outlook";

const level = z.enum(HEAT_LEVELS as [string, ...string[]]);

export const statusSchema = z
  .object({
    departement: z.string(),
    thresholds: z.object({ ibmn: z.number(), ibmx: z.number() }),
    levelRule: z.object({ id: z.string(), version: z.string(), description: z.string() }),
    forecast: z.object({ id: z.string(), source: z.string(), issuedAt: z.string(), receivedAt: z.string(), replay: z.boolean() }).nullable(),
    today: z.string().nullable().openapi({ description: "The forecast's issue day (Paris time)" }),
    days: z.array(
      z.object({
        date: z.string(),
        tn: z.number(),
        tx: z.number(),
        ibmn: z.number().nullable().openapi({ description: "Mean TN over this day and the next two" }),
        ibmx: z.number().nullable(),
        level: level.nullable().openapi({ description: "Null when the forecast lacks a day the rule needs (D−1 … D+3)" }),
        atLeast: level.nullable().openapi({ description: "The level, or its lower bound from the 3-day windows held when days are missing" }),
        missingDays: z.array(z.string()).openapi({ description: "Days of D−1 … D+3 the level needs and the forecast lacks" }),
      }),
    ),
    episode: z.object({ id: z.string(), startDate: z.string(), peakLevel: z.string(), lastAlertDate: z.string(), round: z.number() }).nullable(),
    generatedAt: z.string(),
  })
  .openapi("HeatStatus");

const CACHE = "public, max-age=300, stale-while-revalidate=600";

export const statusRoutes = subApp().openapi(
  createRoute({
    method: "get",
    path: "/heat/status",
    tags: ["heat"],
    summary: "Heat levels for today and the next days, with the indicators, thresholds and the forecast's time",
    ...publicRoute,
    request: { query: z.object({ departement: z.string().max(3).default("75") }) },
    responses: {
      200: { description: "The current status (forecast null before the first forecast)", content: { "application/json": { schema: statusSchema } } },
      ...errorResponses("validation_failed", "not_found"),
    },
  }),
  async (c) => {
    const { departement } = c.req.valid("query");
    if (!sourcedDepartements().includes(departement)) throw new ApiError("not_found", `No sourced heat thresholds for département ${departement}.`);
    const db = c.env.DB;
    const [forecast, episode] = await Promise.all([currentForecast(db, departement), openEpisode(db, departement)]);
    const outlook = forecast ? await forecastOutlook(db, forecast) : null;
    c.header("Cache-Control", CACHE);
    return c.json(
      {
        departement,
        thresholds: thresholdsFor(departement),
        levelRule: { ...LEVEL_RULE_ALGORITHM, description: "domain/heat/levels.md" },
        forecast: forecast
          ? { id: forecast.id, source: forecast.source, issuedAt: forecast.issued_at, receivedAt: forecast.received_at, replay: forecast.replay === 1 }
          : null,
        today: forecast?.issue_day ?? null,
        days: (outlook?.days ?? []).map((d) => ({ date: d.date, tn: d.tn, tx: d.tx, ibmn: d.window?.ibmn ?? null, ibmx: d.window?.ibmx ?? null, level: d.level, atLeast: d.atLeast, missingDays: d.missingDays })),
        episode: episode
          ? { id: episode.id, startDate: episode.start_date, peakLevel: episode.peak_level, lastAlertDate: episode.last_alert_date, round: episode.current_round }
          : null,
        generatedAt: new Date().toISOString(),
      },
      200,
    );
  },
);
