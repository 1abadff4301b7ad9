// Every hazard's level for today and the coming days, with the sources it was read from (their kind, text, time),
// and the alert episode under way: the citizen status and the agents' overview both read it. "Today" is the latest
// issue day of the inputs held (a replay of a past winter shows that winter, as the heat status always has).
import { HAZARDS, type Hazard } from "../../../domain/climate/hazards";
import { addDays } from "../../../domain/heat/forecast";
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
  days: { date: string; level: string | null; sources: Omit<LevelSource, "detail">[] }[];
  /** What today's level was read from, in full (indicators, phenomena, height, pollutants). */
  today: { level: string | null; sources: LevelSource[] } | null;
  episode: { id: string; startDate: string; peakLevel: string; lastAlertDate: string; round: number } | null;
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
