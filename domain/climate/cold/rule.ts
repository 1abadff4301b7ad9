// Cold-wave ("grand froid") levels for Paris from daily TN/TX, graded on the one level scale through the
// impact × likelihood matrix (levels.ts). Each day gets the grade of Paris's "Plan Grand Froid" (temps froid,
// grand froid, froid extrême, from the night's minimum and whether the day stays below zero); a 3-day window's
// impact is low when it meets Météo-France's cold-wave criterion on the daily mean (≤ 0.9 °C every day and
// ≤ −2 °C at least once), medium when two of its days are at "grand froid" or worse, high when one of those is
// at "froid extrême". The level issued on day D is the highest over the windows holding D+1, as for heat; the
// window that reaches D+3 is two to three days ahead, so its likelihood is medium, the others high.
// Rule, sources and its record against the known Paris cold waves: levels.md. Shared code.
import { checkSeries, type DailyTemperature } from "../../heat/hazard.ts";
import { highestLevel, IMPACTS, matrixCell, type Impact, type Level, type Likelihood } from "../levels.ts";

/** The rule as an algorithm of the register: its id and version in the audit log (bump the version with the rule). */
export const COLD_RULE_ALGORITHM = { id: "cold-levels", version: "1.0.0" } as const;

/** Plan Grand Froid grades of a day: 0 none, 1 temps froid, 2 grand froid, 3 froid extrême. */
export type ColdGrade = 0 | 1 | 2 | 3;

export const COLD_THRESHOLDS = {
  /** Night minimum of each grade, °C (temps froid: 0 to −5; grand froid: −5 to −10; froid extrême: below −10). */
  frostNight: 0,
  severeNight: -5,
  extremeNight: -10,
  /** Grand froid and froid extrême need a day that stays below 0 °C. */
  freezingDay: 0,
  /** Météo-France's cold-wave criterion on the daily mean (national thermal indicator), applied at the station. */
  coldWaveMean: 0.9,
  coldWavePeak: -2,
} as const;

/** The Plan Grand Froid grade of one day. */
export function coldGrade({ tn, tx }: Pick<DailyTemperature, "tn" | "tx">): ColdGrade {
  const t = COLD_THRESHOLDS;
  const night: ColdGrade = tn < t.extremeNight ? 3 : tn <= t.severeNight ? 2 : tn <= t.frostNight ? 1 : 0;
  return tx < t.freezingDay ? night : (Math.min(night, 1) as ColdGrade);
}

const dailyMean = (d: DailyTemperature) => (d.tn + d.tx) / 2;

/** Impact of three consecutive days. */
export function windowImpact(days: readonly DailyTemperature[]): Impact {
  const grades = days.map(coldGrade);
  const severe = grades.filter((g) => g >= 2).length;
  if (severe >= 2 && grades.includes(3)) return "high";
  if (severe >= 2) return "medium";
  const means = days.map(dailyMean);
  if (means.every((m) => m <= COLD_THRESHOLDS.coldWaveMean) && Math.min(...means) <= COLD_THRESHOLDS.coldWavePeak) return "low";
  return "very-low";
}

export interface ColdDay {
  date: string;
  tn: number;
  tx: number;
  grade: ColdGrade;
  /** Level of the warning issued on D, or null when the series lacks one of D−1 … D+3. */
  level: Level | null;
  /** The highest grade of the windows holding D+1 that the series has: the level, or a lower bound of it. */
  atLeast: Level | null;
  /** Days of D−1 … D+3 the series lacks. */
  missingDays: string[];
  /** The window that sets `atLeast` (its first day, impact and likelihood, and its mean daily temperature). */
  levelWindow: { start: string; impact: Impact; likelihood: Likelihood; meanTemperature: number } | null;
}

/** Windows holding D+1, as offsets of their first day from D, with their likelihood. */
const WINDOWS: readonly { start: number; likelihood: Likelihood }[] = [
  { start: -1, likelihood: "high" },
  { start: 0, likelihood: "high" },
  { start: 1, likelihood: "medium" },
];

/**
 * Grade and level of every day of a series of consecutive days (a forecast with the days before it, or a whole
 * observed series): a day lacking D−1 … D+3 has no level, never a guessed one. Throws on a gap, an unordered day or a missing
 * temperature (the series check shared with the heat rule).
 */
export function coldOutlook(series: readonly DailyTemperature[]): ColdDay[] {
  checkSeries(series);
  const impacts = series.map((_, i) => (i + 2 < series.length ? windowImpact(series.slice(i, i + 3)) : null));
  const meanOf = (start: number) => series.slice(start, start + 3).reduce((sum, d) => sum + (d.tn + d.tx) / 2, 0) / 3;
  const first = Date.parse(`${series[0]?.date}T00:00:00Z`);
  const last = Date.parse(`${series.at(-1)?.date}T00:00:00Z`);
  return series.map((day, i) => {
    const held = WINDOWS.filter((w) => i + w.start >= 0 && impacts[i + w.start] !== null && impacts[i + w.start] !== undefined).map((w) => {
      const impact = impacts[i + w.start]!;
      return { start: series[i + w.start].date, impact, likelihood: w.likelihood, meanTemperature: meanOf(i + w.start), level: matrixCell(impact, w.likelihood).level };
    });
    const atLeast = highestLevel(held.map((w) => w.level));
    const top = held.filter((w) => w.level === atLeast).reduce<(typeof held)[number] | null>((a, b) => (!a || IMPACTS.indexOf(b.impact) > IMPACTS.indexOf(a.impact) ? b : a), null);
    const at = Date.parse(`${day.date}T00:00:00Z`);
    const missingDays = [-1, 0, 1, 2, 3]
      .map((k) => at + k * 86_400_000)
      .filter((t) => t < first || t > last)
      .map((t) => new Date(t).toISOString().slice(0, 10));
    return {
      date: day.date,
      tn: day.tn,
      tx: day.tx,
      grade: coldGrade(day),
      level: missingDays.length ? null : atLeast,
      atLeast,
      missingDays,
      levelWindow: top ? { start: top.start, impact: top.impact, likelihood: top.likelihood, meanTemperature: top.meanTemperature } : null,
    };
  });
}
