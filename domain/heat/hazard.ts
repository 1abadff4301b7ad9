// Heat hazard of the French heat-health warning system (SACS, Santé publique France with Météo-France):
// the 3-day mean indicators IBMn / IBMx, the departmental thresholds, and Recoque's graded warning levels
// (rule and justification in domain/heat/levels.md). Shared code: runs in the Worker and in the browser.
import { dayNumber } from "../time/days.ts";
import thresholdTable from "./thresholds.json";

export interface DailyTemperature {
  /** ISO calendar day, YYYY-MM-DD. */
  date: string;
  /** Daily minimum temperature, °C. */
  tn: number;
  /** Daily maximum temperature, °C. */
  tx: number;
}

export interface HeatThresholds {
  ibmn: number;
  ibmx: number;
}

export const HEAT_LEVELS = ["green", "yellow", "orange", "red"] as const;
export type HeatLevel = (typeof HEAT_LEVELS)[number];
/** The levels that make an alert (an episode's peak level is one of them). */
export const ALERT_LEVELS = ["orange", "red"] as const satisfies readonly HeatLevel[];
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** Offsets in °C added to the official thresholds to grade one 3-day window. */
export interface LevelOffsets {
  ibmn: number;
  ibmx: number;
}

export interface LevelRule {
  yellow: LevelOffsets;
  orange: LevelOffsets;
  red: LevelOffsets;
}

/** The rule of levels.md: yellow within 2 °C of both thresholds, orange with 1 °C of nocturnal allowance,
 * red with IBMx 4 °C above its threshold. */
export const DEFAULT_LEVEL_RULE: LevelRule = {
  yellow: { ibmn: -2, ibmx: -2 },
  orange: { ibmn: -1, ibmx: 0 },
  red: { ibmn: 0, ibmx: 4 },
};

/** The level rule as an algorithm of the register: its id and version in the audit log (bump the version with the rule). */
export const LEVEL_RULE_ALGORITHM = { id: "heat-levels", version: "1.0.0" } as const;

/** Means equal to a threshold in decimal arithmetic must not miss it through binary rounding. */
const TOLERANCE = 1e-9;

export interface IndicatorPair {
  ibmn: number;
  ibmx: number;
  ibmnReached: boolean;
  ibmxReached: boolean;
  /** Both official thresholds reached together: the SACS alert criterion. */
  alert: boolean;
}

export interface HeatDay {
  date: string;
  tn: number;
  tx: number;
  /** Observation convention: means over D−2, D−1, D. */
  observed: IndicatorPair;
  /** Forecast convention: means over D, D+1, D+2. */
  forecast: IndicatorPair;
  /** Level of the warning issued on D: the highest grade of the 3-day windows that contain D+1. */
  level: HeatLevel;
}

/** Official thresholds of a département; throws for one whose thresholds are not sourced in thresholds.json. */
export function thresholdsFor(departement: string): HeatThresholds {
  const entry = (thresholdTable.departements as Record<string, { ibmn: number; ibmx: number } | undefined>)[
    departement
  ];
  if (!entry) throw new RangeError(`no sourced heat thresholds for département ${departement}`);
  return { ibmn: entry.ibmn, ibmx: entry.ibmx };
}

/** Départements whose thresholds are sourced. */
export function sourcedDepartements(): string[] {
  return Object.keys(thresholdTable.departements).sort();
}

/**
 * Indicators and level for every day D of the series that has D−2 … D+3 in it (the first two and last three
 * days lack a full context and are left out). Throws on a gap, a duplicate, an unordered day or a
 * non-finite temperature: a missing day is never filled in.
 */
export function assessHeat(
  series: readonly DailyTemperature[],
  thresholds: HeatThresholds,
  rule: LevelRule = DEFAULT_LEVEL_RULE,
): HeatDay[] {
  checkSeries(series);
  const n = series.length;
  const windowMeans = slidingMeans(series);
  const days: HeatDay[] = [];
  for (let i = 2; i + 3 < n; i++) {
    const observed = windowMeans[i - 2];
    const forecast = windowMeans[i];
    const graded = [windowMeans[i - 1], windowMeans[i], windowMeans[i + 1]].map((w) => gradeWindow(w, thresholds, rule));
    days.push({
      date: series[i].date,
      tn: series[i].tn,
      tx: series[i].tx,
      observed: indicatorPair(observed, thresholds),
      forecast: indicatorPair(forecast, thresholds),
      level: HEAT_LEVELS[Math.max(...graded.map((g) => HEAT_LEVELS.indexOf(g)))],
    });
  }
  return days;
}

/** The assessment of one day; throws if the series does not hold D−2 … D+3. */
export function assessHeatOn(
  series: readonly DailyTemperature[],
  date: string,
  thresholds: HeatThresholds,
  rule: LevelRule = DEFAULT_LEVEL_RULE,
): HeatDay {
  const day = assessHeat(series, thresholds, rule).find((d) => d.date === date);
  if (!day) throw new RangeError(`the series does not hold ${date} with the two days before and three after`);
  return day;
}

export interface OutlookDay {
  date: string;
  tn: number;
  tx: number;
  /** Means over D, D+1, D+2 (forecast convention), or null when the series stops before D+2. */
  window: { ibmn: number; ibmx: number } | null;
  /** Level of the warning issued on D, or null when the series lacks one of D−1 … D+3. */
  level: HeatLevel | null;
  /** The 3-day window that sets the level: the highest grade among those containing D+1, the hottest IBMx on a tie. */
  levelWindow: { ibmn: number; ibmx: number } | null;
}

/**
 * Indicators and level of every day of a short series (a forecast with the days before it), with null where the
 * series is too short: the same rule as `assessHeat`, for series that do not hold D−2 … D+3 around every day.
 */
export function heatOutlook(
  series: readonly DailyTemperature[],
  thresholds: HeatThresholds,
  rule: LevelRule = DEFAULT_LEVEL_RULE,
): OutlookDay[] {
  checkSeries(series);
  const windows = slidingMeans(series);
  return series.map((day, i) => {
    const graded = i >= 1 && i + 3 < series.length ? [windows[i - 1], windows[i], windows[i + 1]] : null;
    const top = graded
      ?.map((w) => ({ w, rank: HEAT_LEVELS.indexOf(gradeWindow(w, thresholds, rule)) }))
      .reduce((best, next) => (next.rank > best.rank || (next.rank === best.rank && next.w.ibmx > best.w.ibmx) ? next : best));
    return {
      date: day.date,
      tn: day.tn,
      tx: day.tx,
      window: windows[i] ?? null,
      level: top ? HEAT_LEVELS[top.rank] : null,
      levelWindow: top ? top.w : null,
    };
  });
}

/** Grade of one 3-day window of means under the rule. */
export function gradeWindow(means: { ibmn: number; ibmx: number }, thresholds: HeatThresholds, rule: LevelRule): HeatLevel {
  const reaches = (offsets: LevelOffsets) =>
    reached(means.ibmn, thresholds.ibmn + offsets.ibmn) && reached(means.ibmx, thresholds.ibmx + offsets.ibmx);
  if (reaches(rule.red)) return "red";
  if (reaches(rule.orange)) return "orange";
  if (reaches(rule.yellow)) return "yellow";
  return "green";
}

/** Number of consecutive days up to and including index `at` whose level is orange or red. */
export function consecutiveAlertDays(days: readonly HeatDay[], at: number): number {
  let count = 0;
  for (let i = at; i >= 0 && HEAT_LEVELS.indexOf(days[i].level) >= HEAT_LEVELS.indexOf("orange"); i--) count++;
  return count;
}

function reached(value: number, threshold: number): boolean {
  return value >= threshold - TOLERANCE;
}

function indicatorPair(means: { ibmn: number; ibmx: number }, thresholds: HeatThresholds): IndicatorPair {
  const ibmnReached = reached(means.ibmn, thresholds.ibmn);
  const ibmxReached = reached(means.ibmx, thresholds.ibmx);
  return { ibmn: means.ibmn, ibmx: means.ibmx, ibmnReached, ibmxReached, alert: ibmnReached && ibmxReached };
}

/** Means of TN and TX over each run of 3 consecutive days, indexed by the window's first day. */
function slidingMeans(series: readonly DailyTemperature[]): { ibmn: number; ibmx: number }[] {
  const means: { ibmn: number; ibmx: number }[] = [];
  for (let start = 0; start + 2 < series.length; start++) {
    const [a, b, c] = [series[start], series[start + 1], series[start + 2]];
    means.push({ ibmn: (a.tn + b.tn + c.tn) / 3, ibmx: (a.tx + b.tx + c.tx) / 3 });
  }
  return means;
}

function checkSeries(series: readonly DailyTemperature[]): void {
  let previous: number | null = null;
  for (const day of series) {
    const current = dayNumber(day.date);
    if (!Number.isFinite(day.tn) || !Number.isFinite(day.tx)) throw new RangeError(`missing temperature on ${day.date}`);
    if (previous !== null && current !== previous + 1) {
      throw new RangeError(`the series is not one day after another at ${day.date}`);
    }
    previous = current;
  }
}
