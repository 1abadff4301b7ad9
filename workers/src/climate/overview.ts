// Every hazard's level for today and the coming days, with the sources it was read from (their kind, text, time),
// and the alert episode under way: the citizen status and the agents' overview both read it. "Today" is the latest
// issue day of the inputs held (a replay of a past winter shows that winter, as the heat status always has).
import { HAZARDS, type Hazard } from "../../../domain/climate/hazards";
import type { Level } from "../../../domain/climate/levels";
import type { AlertLevel } from "../../../domain/heat/hazard";
import { addDays } from "../../../domain/time/days";
import { currentForecast } from "../heat/forecasts";
import { forecastOutlook } from "../heat/outlook";
import { openEpisode, type EpisodeRow } from "./episodes";
import { assessHazard, type LevelSource } from "./levels";

export async function statusDay(db: D1Database, departement: string): Promise<string | null> {
  const row = await db
    .prepare(
      `SELECT max(day) AS day FROM (SELECT max(issue_day) AS day FROM heat_forecasts WHERE departement = ?1
       UNION ALL SELECT max(issue_day) AS day FROM climate_inputs WHERE departement = ?1)`,
    )
    .bind(departement)
    .first<{ day: string | null }>();
  return row?.day ?? null;
}

export interface HazardStatus {
  hazard: Hazard;
  days: { date: string; level: Level | null; sources: Omit<LevelSource, "detail">[] }[];
  /** What today's level was read from, in full (indicators, phenomena, height, pollutants). */
  today: { level: Level | null; sources: LevelSource[] } | null;
  episode: { id: string; startDate: string; peakLevel: AlertLevel; lastAlertDate: string; round: number } | null;
}

const episodeSummary = (e: EpisodeRow | null) => (e ? { id: e.id, startDate: e.start_date, peakLevel: e.peak_level, lastAlertDate: e.last_alert_date, round: e.current_round } : null);

export async function hazardStatuses(db: D1Database, departement: string, today: string | null, daysAhead: number): Promise<HazardStatus[]> {
  return Promise.all(
    HAZARDS.map(async (hazard) => {
      const episode = await openEpisode(db, departement, hazard);
      if (!today) return { hazard, days: [], today: null, episode: episodeSummary(episode) };
      const days = await Promise.all(Array.from({ length: daysAhead + 1 }, (_, k) => assessHazard(db, departement, hazard, addDays(today, k))));
      return {
        hazard,
        days: days.map((d) => ({ date: d.day, level: d.level, sources: d.sources.map(({ detail: _, ...rest }) => rest) })),
        today: { level: days[0].level, sources: days[0].sources },
        episode: episodeSummary(episode),
      };
    }),
  );
}

/** The latest input of each kind (the forecast with the days its issue day lacks), and how many wait to be handled. */
export async function inputsHeld(db: D1Database, departement: string) {
  const [latest, waiting] = await db.batch([
    db.prepare(
      `SELECT kind, id, source, issued_at, received_at, processed_at FROM climate_inputs c WHERE departement = ?1
       AND seq = (SELECT max(seq) FROM climate_inputs WHERE kind = c.kind AND departement = ?1) ORDER BY kind`,
    ).bind(departement),
    db.prepare(
      "SELECT (SELECT count(*) FROM climate_inputs WHERE processed_at IS NULL) + (SELECT count(*) FROM heat_forecasts WHERE processed_at IS NULL) AS n",
    ),
  ]);
  const rows = latest.results as { kind: string; id: string; source: string; issued_at: string; received_at: string; processed_at: string | null }[];
  const inputs = rows.map((r) => ({ kind: r.kind, inputId: r.id, source: r.source, issuedAt: r.issued_at, receivedAt: r.received_at, processedAt: r.processed_at, missingDays: [] as string[] }));
  const forecast = await currentForecast(db, departement);
  if (forecast) {
    const today = (await forecastOutlook(db, forecast)).today;
    inputs.unshift({ kind: "forecast", inputId: forecast.id, source: forecast.source, issuedAt: forecast.issued_at, receivedAt: forecast.received_at, processedAt: forecast.processed_at, missingDays: today?.missingDays ?? [] });
  }
  return { inputs, unhandled: (waiting.results[0] as { n: number }).n };
}
