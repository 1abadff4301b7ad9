// Forecast intake, shared by the POST route and the cron pull: the forecast is stored with its days in one
// batch (audited), then its event is published. The same forecast twice is one row and one event; a live
// forecast older than the one in use is refused; a forecast stored but not yet handled (queue down) is
// published again by the next cron pull, so nothing accepted is lost.
import type { Forecast } from "../../../domain/heat/forecast";
import { parisDay } from "../../../domain/time/paris";
import { makeEvent } from "../events/envelope";
import { publish } from "../events/publish";
import { withAudit, type AuditEntry } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { canonicalJson, hashInput, sha256Hex } from "../platform/hash";
import type { HeatEvent } from "./events";

export interface ForecastRow {
  seq: number;
  id: string;
  departement: string;
  source: string;
  issued_at: string;
  issue_day: string;
  replay: number;
  days: string;
  received_at: string;
  processed_at: string | null;
  outcome: string | null;
}

export interface Receipt {
  forecastId: string;
  issueDay: string;
  duplicate: boolean;
  queued: boolean;
}

/** Forecasts stored but not handled after this long are published again by the cron pull. */
const REPUBLISH_AFTER_MS = 60_000;

export const forecastEvent = (forecastId: string): HeatEvent =>
  makeEvent("heat.forecast-received", { forecastId }, { id: `heat.forecast:${forecastId}` });

const forecastIdOf = (f: Forecast) =>
  sha256Hex(canonicalJson({ departement: f.departement, source: f.source, issuedAt: f.issuedAt, days: f.days }));

async function queue(env: Env, forecastId: string): Promise<boolean> {
  try {
    await publish(env.EVENTS, forecastEvent(forecastId));
    return true;
  } catch (error) {
    console.error(`forecast ${forecastId} stored but not queued (the cron pull will retry):`, error);
    return false;
  }
}

export async function receiveForecast(
  env: Env,
  forecast: Forecast,
  by: Pick<AuditEntry, "actor" | "role">,
  now = new Date(),
): Promise<Receipt> {
  const db = env.DB;
  const id = await forecastIdOf(forecast);
  const issueDay = parisDay(forecast.issuedAt);
  const existing = await db.prepare("SELECT processed_at FROM heat_forecasts WHERE id = ?1").bind(id).first<{ processed_at: string | null }>();
  if (existing) {
    const queued = existing.processed_at === null && (await queue(env, id));
    return { forecastId: id, issueDay, duplicate: true, queued };
  }
  if (!forecast.replay) {
    const current = await db
      .prepare("SELECT issued_at FROM heat_forecasts WHERE departement = ?1 AND replay = 0 ORDER BY seq DESC LIMIT 1")
      .bind(forecast.departement)
      .first<{ issued_at: string }>();
    if (current && Date.parse(current.issued_at) > Date.parse(forecast.issuedAt)) {
      throw new ApiError("conflict", "A more recent forecast is already in use.", [
        { field: "issuedAt", message: `is older than the forecast in use, issued ${current.issued_at}` },
      ]);
    }
  }
  const days = JSON.stringify(forecast.days.map((d) => [d.date, d.tn, d.tx]));
  await withAudit(
    db,
    [{
      ...by,
      action: "heat.forecast-received",
      subjectKind: "heat-forecast",
      subjectId: id,
      inputHash: await hashInput(forecast),
      output: { departement: forecast.departement, source: forecast.source, issueDay, days: forecast.days.length, replay: forecast.replay },
    }],
    [
      db.prepare(
        `INSERT INTO heat_forecasts (id, departement, source, issued_at, issue_day, replay, days, received_at, received_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
      ).bind(id, forecast.departement, forecast.source, forecast.issuedAt, issueDay, forecast.replay ? 1 : 0, JSON.stringify(forecast.days), now.toISOString(), by.actor),
      db.prepare(
        `INSERT INTO heat_daily (departement, date, tn, tx, forecast_seq)
         SELECT ?1, value ->> 0, value ->> 1, value ->> 2, (SELECT seq FROM heat_forecasts WHERE id = ?3) FROM json_each(?2) WHERE true
         ON CONFLICT (departement, date) DO UPDATE SET tn = excluded.tn, tx = excluded.tx, forecast_seq = excluded.forecast_seq
         WHERE excluded.forecast_seq >= heat_daily.forecast_seq`,
      ).bind(forecast.departement, days, id),
    ],
  );
  return { forecastId: id, issueDay, duplicate: false, queued: await queue(env, id) };
}

/** Publishes again the events of forecasts stored but still unhandled (a publish that failed after the write). */
export async function republishUnhandled(env: Env, now = new Date()): Promise<number> {
  const { results } = await env.DB.prepare("SELECT id FROM heat_forecasts WHERE processed_at IS NULL AND received_at < ?1 ORDER BY seq LIMIT 100")
    .bind(new Date(now.getTime() - REPUBLISH_AFTER_MS).toISOString())
    .all<{ id: string }>();
  if (results.length) await publish(env.EVENTS, results.map((r) => forecastEvent(r.id)));
  return results.length;
}

export const loadForecast = (db: D1Database, id: string) =>
  db.prepare("SELECT * FROM heat_forecasts WHERE id = ?1").bind(id).first<ForecastRow>();

/** The forecast in use for a département: the latest received. */
export const currentForecast = (db: D1Database, departement: string) =>
  db.prepare("SELECT * FROM heat_forecasts WHERE departement = ?1 ORDER BY seq DESC LIMIT 1").bind(departement).first<ForecastRow>();
