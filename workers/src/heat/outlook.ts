// The heat outlook of a forecast: its days, preceded by the latest known days before it (from earlier
// forecasts), graded with the shared hazard rule. The status route and the episode pipeline both read it.
import { heatOutlook, thresholdsFor, type DailyTemperature, type OutlookDay } from "../../../domain/heat/hazard";
import { addDays, daysBetween } from "../../../domain/time/days";
import type { ForecastRow } from "./forecasts";

/** Days before a forecast's first day looked up (the level of D needs D−1, the observed means D−2). */
const DAYS_BEFORE = 3;

export async function forecastSeries(db: D1Database, forecast: ForecastRow): Promise<DailyTemperature[]> {
  const days = JSON.parse(forecast.days) as DailyTemperature[];
  const first = days[0].date;
  const { results } = await db
    .prepare("SELECT date, tn, tx FROM heat_daily WHERE departement = ?1 AND date >= ?2 AND date < ?3 ORDER BY date")
    .bind(forecast.departement, addDays(first, -DAYS_BEFORE), first)
    .all<DailyTemperature>();
  const before: DailyTemperature[] = [];
  for (let i = results.length - 1, expected = addDays(first, -1); i >= 0 && results[i].date === expected; i--, expected = addDays(expected, -1)) {
    before.unshift(results[i]);
  }
  return [...before, ...days];
}

export interface Outlook {
  thresholds: { ibmn: number; ibmx: number };
  /** The forecast's issue day ("today") and the days after, with the day before. */
  days: OutlookDay[];
  today: OutlookDay | undefined;
}

export async function forecastOutlook(db: D1Database, forecast: ForecastRow): Promise<Outlook> {
  const thresholds = thresholdsFor(forecast.departement);
  const graded = heatOutlook(await forecastSeries(db, forecast), thresholds);
  const days = graded.filter((d) => daysBetween(forecast.issue_day, d.date) >= -1);
  return { thresholds, days, today: days.find((d) => d.date === forecast.issue_day) };
}
