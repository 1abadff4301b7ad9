// The level of each hazard for one day in one département, from every input Recoque holds: the rule of the hazard
// (the temperature forecast for heat and cold, the Seine's latest height for floods, the latest pollution bulletin)
// and the latest Météo-France vigilance map covering the day. The level is the highest of them, so a vigilance
// orange or red opens or raises an episode even when the rule alone would not. Each source comes with its id, time
// and text, for the audit log, the status and the console.
import type { Hazard } from "../../../domain/climate/hazards";
import { coldOutlook } from "../../../domain/climate/cold/rule";
import { highestLevel, isAlertLevel, type Level } from "../../../domain/climate/levels";
import { addDays } from "../../../domain/time/days";
import { currentForecast, type ForecastRow } from "../heat/forecasts";
import { forecastOutlook, forecastSeries } from "../heat/outlook";

export type SourceKind = "forecast" | "vigilance" | "flood" | "pollution";

export interface LevelSource {
  kind: SourceKind;
  inputId: string;
  source: string;
  issuedAt: string;
  level: Level | null;
  /** What the level was read from (indicators, phenomena, height, pollutants). */
  detail: unknown;
}

/** One hazard's entry in an input's `levels`: the level of a day and what it was read from. */
export interface DayLevel {
  day: string;
  level: Level | null;
  detail: unknown;
}

export type InputLevels = Partial<Record<Hazard, DayLevel[]>>;

interface InputRow {
  id: string;
  source: string;
  issued_at: string;
  levels: string;
}

/** The latest input of a kind holding a level of `hazard` for one of `days` (most recent day first). */
async function latestInputLevel(db: D1Database, kind: Exclude<SourceKind, "forecast">, departement: string, hazard: Hazard, days: string[]): Promise<LevelSource | null> {
  const { results } = await db
    .prepare(
      `SELECT id, source, issued_at, levels FROM climate_inputs WHERE kind = ?1 AND departement = ?2 AND issue_day BETWEEN ?3 AND ?4
       ORDER BY issued_at DESC, seq DESC LIMIT 20`,
    )
    .bind(kind, departement, addDays(days.at(-1)!, -1), days[0])
    .all<InputRow>();
  for (const day of days) {
    for (const row of results) {
      const entry = (JSON.parse(row.levels) as InputLevels)[hazard]?.find((d) => d.day === day);
      if (entry) return { kind, inputId: row.id, source: row.source, issuedAt: row.issued_at, level: entry.level, detail: entry.detail };
    }
  }
  return null;
}

/** Heat or cold from a forecast: the day's level, or its lower bound when it is an alert (it can only be higher). */
async function forecastLevel(db: D1Database, forecast: ForecastRow, hazard: "heat" | "cold", day: string): Promise<LevelSource> {
  const at = { kind: "forecast" as const, inputId: forecast.id, source: forecast.source, issuedAt: forecast.issued_at };
  if (hazard === "heat") {
    const d = (await forecastOutlook(db, forecast)).days.find((x) => x.date === day);
    const level = d?.level ?? (isAlertLevel(d?.atLeast) ? d!.atLeast : null);
    return { ...at, level, detail: d ? { window: d.levelWindow, atLeast: d.atLeast, missingDays: d.missingDays } : null };
  }
  const d = coldOutlook(await forecastSeries(db, forecast)).find((x) => x.date === day);
  const level = d?.level ?? (isAlertLevel(d?.atLeast) ? d!.atLeast : null);
  return { ...at, level, detail: d ? { window: d.levelWindow, atLeast: d.atLeast, missingDays: d.missingDays, grade: d.grade } : null };
}

export interface HazardAssessment {
  hazard: Hazard;
  day: string;
  level: Level | null;
  sources: LevelSource[];
}

/**
 * The level of `hazard` on `day`: the highest of its sources. `forecast` is the forecast being handled (else the
 * one in use). A flood height holds for the day after it was observed, as the river does not fall at once.
 */
export async function assessHazard(db: D1Database, departement: string, hazard: Hazard, day: string, forecast?: ForecastRow): Promise<HazardAssessment> {
  const sources: (LevelSource | null)[] = [];
  if (hazard === "heat" || hazard === "cold") {
    const used = forecast ?? (await currentForecast(db, departement));
    if (used) sources.push(await forecastLevel(db, used, hazard, day));
  }
  if (hazard === "flood") sources.push(await latestInputLevel(db, "flood", departement, hazard, [day, addDays(day, -1)]));
  if (hazard === "pollution") sources.push(await latestInputLevel(db, "pollution", departement, hazard, [day]));
  if (hazard !== "pollution") sources.push(await latestInputLevel(db, "vigilance", departement, hazard, [day]));
  const known = sources.filter((s): s is LevelSource => s !== null);
  return { hazard, day, level: highestLevel(known.map((s) => s.level)), sources: known };
}
