// GET /heat/status (public, cacheable): the levels of the forecast in use for today and the next days, with
// IBMn/IBMx, the thresholds, when and by whom the forecast was issued, and the open alert episode.
import { createRoute } from "@hono/zod-openapi";
import { statusQuery, statusSchema } from "../../../../domain/contracts/heat";
import { LEVEL_RULE_ALGORITHM, sourcedDepartements, thresholdsFor } from "../../../../domain/heat/hazard";
import { publicRoute } from "../../platform/access";
import { ApiError, errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { openEpisode } from "../episodes";
import { currentForecast } from "../forecasts";
import { forecastOutlook } from "../outlook";

const CACHE = "public, max-age=300, stale-while-revalidate=600";

export const statusRoutes = subApp().openapi(
  createRoute({
    method: "get",
    path: "/heat/status",
    tags: ["heat"],
    summary: "Heat levels for today and the next days, with the indicators, thresholds and the forecast's time",
    ...publicRoute,
    request: { query: statusQuery },
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
        days: (outlook?.days ?? []).map((d) => ({ date: d.date, tn: d.tn, tx: d.tx, ibmn: d.window?.ibmn ?? null, ibmx: d.window?.ibmx ?? null, level: d.level })),
        episode: episode
          ? { id: episode.id, startDate: episode.start_date, peakLevel: episode.peak_level, lastAlertDate: episode.last_alert_date, round: episode.current_round }
          : null,
        generatedAt: new Date().toISOString(),
      },
      200,
    );
  },
);
