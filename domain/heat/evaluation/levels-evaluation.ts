// Recoque's heat levels measured against the real Météo-France heat vigilance for Paris (75), 2023-2025, with the
// observed Paris-Montsouris series as a perfect forecast: the 4×4 confusion table and the goal figures. Used by
// the evaluation script (evaluate-levels.ts) and by the heat-risk model card, which publishes the table. Node-only.
import { DEFAULT_LEVEL_RULE, HEAT_LEVELS, assessHeat, thresholdsFor, type HeatDay, type HeatLevel, type LevelRule } from "../hazard.ts";
import { loadMontsouris, loadVigilance } from "./real-data.ts";

export interface LevelsOutcome {
  /** confusion[ours][official], in HEAT_LEVELS order. */
  confusion: number[][];
  /** Official orange-or-red days that we rate orange or red. */
  caught: number;
  officialAlerts: number;
  /** Our orange-or-red days on official green days. */
  alertsOnGreen: number;
  alertsOnYellow: number;
  days: number;
  period: { from: string; to: string };
}

export const LEVELS_GOAL = { caught: 12, maxAlertsOnGreen: 3 } as const;

const ALERT_RANKS = [HEAT_LEVELS.indexOf("orange"), HEAT_LEVELS.indexOf("red")];

/** The levels of `levelOf` on every day of the official vigilance file, against the official level. */
export function evaluateLevels(
  levelOf: (days: readonly HeatDay[], i: number) => HeatLevel = (days, i) => days[i].level,
  rule: LevelRule = DEFAULT_LEVEL_RULE,
): LevelsOutcome {
  const official = loadVigilance("75");
  const days = assessHeat(loadMontsouris(), thresholdsFor("75"), rule);
  const confusion = HEAT_LEVELS.map(() => HEAT_LEVELS.map(() => 0));
  const dates: string[] = [];
  days.forEach((day, i) => {
    const theirs = official.get(day.date);
    if (!theirs) return;
    dates.push(day.date);
    confusion[HEAT_LEVELS.indexOf(levelOf(days, i))][HEAT_LEVELS.indexOf(theirs)]++;
  });
  const sum = (ours: number[], theirs: number[]) => ours.reduce((s, o) => s + theirs.reduce((t, h) => t + confusion[o][h], 0), 0);
  return {
    confusion,
    caught: sum(ALERT_RANKS, ALERT_RANKS),
    officialAlerts: sum([0, 1, 2, 3], ALERT_RANKS),
    alertsOnGreen: sum(ALERT_RANKS, [0]),
    alertsOnYellow: sum(ALERT_RANKS, [1]),
    days: dates.length,
    period: { from: dates[0], to: dates.at(-1)! },
  };
}
