// The fairness gate of the non-take-up model: ranks an evaluation population exactly as the social worker's
// console does (ranking.ts) and measures, for every group of every attribute, the share of its non-claimant
// households (households with at least one claimable right not claimed) that the top of the list reaches (the
// true positive rate), the share of its ranked households at the top (the selection rate), and the model's
// calibration (mean predicted non-take-up against the drawn one). Each must stay within the gap FAIRNESS_GATE
// allows (../fairness-gate.ts). Node-only (training and tests).
import type { ModelCard } from "../../cards/schema.ts";
import { ageBand, householdType } from "../../../domain/rights/outreach/groups.ts";
import { pacingGroup, rankByPriority, rankOutreach, type RankedHousehold, type RankingInput } from "../../../domain/rights/outreach/ranking.ts";
import { CALIBRATION_METRIC, COVERAGE_METRIC, FAIRNESS_GATE, SELECTION_METRIC } from "../fairness-gate.ts";
import type { RightUnit } from "./outcomes.ts";
import type { SyntheticHousehold } from "./population.ts";


/** The attributes reported, and the group of a household for each (null: not in any group of it). */
export const FAIRNESS_ATTRIBUTES: Record<string, (s: SyntheticHousehold) => string | null> = {
  sex: (s) => (s.household.adults.length === 1 ? s.attributes.sex : null),
  ageBand: (s) => ageBand(s.household),
  nationality: (s) => s.attributes.nationality,
  householdType: (s) => householdType(s.household),
  arrondissement: (s) => String(s.household.arrondissement).padStart(2, "0"),
  disability: (s) => (s.attributes.disability ? "yes" : "no"),
  immigrant: (s) => (s.attributes.immigrant ? "yes" : "no"),
};

export interface CoverageGroup {
  attribute: string;
  group: string;
  /** Ranked households of the group (with at least one claimable right) and those at the top. */
  ranked: number;
  selected: number;
  selectionRate: number;
  nonClaimants: number;
  reached: number;
  coverage: number;
}

export interface CoverageReport {
  ranked: number;
  top: number;
  /** Share of non-claimant households reached by the top (true positive rate). */
  overall: number;
  /** Share of the unclaimed euros (monthly stakes of unclaimed rights) held by the households at the top. */
  eurosReached: number;
  groups: CoverageGroup[];
}

/** The ranking inputs of a population: each household's pacing group and its scored rights. */
export function rankingInputs(households: readonly SyntheticHousehold[], units: readonly RightUnit[], predicted: ArrayLike<number>): RankingInput[] {
  const rights = households.map(() => [] as RankingInput["rights"][number][]);
  units.forEach((u, i) => rights[u.household].push({ benefit: u.input.benefit, monthlyStake: u.input.monthlyStake, nonTakeUp: predicted[i] }));
  return households.map((s, i) => ({ group: pacingGroup(s.household, rights[i]), rights: rights[i] }));
}

export function coverageReport(
  households: readonly SyntheticHousehold[],
  units: readonly RightUnit[],
  labels: ArrayLike<number>,
  ranked: readonly RankedHousehold[],
  topShare: number = FAIRNESS_GATE.topShare,
): CoverageReport {
  const nonClaimant = new Uint8Array(households.length);
  units.forEach((u, i) => labels[i] && (nonClaimant[u.household] = 1));
  const top = Math.round(topShare * ranked.length);
  const atTop = new Uint8Array(households.length);
  ranked.slice(0, top).forEach((r) => (atTop[r.index] = 1));
  let euros = 0;
  let eurosAtTop = 0;
  units.forEach((u, i) => {
    if (!labels[i]) return;
    euros += u.input.monthlyStake;
    if (atTop[u.household]) eurosAtTop += u.input.monthlyStake;
  });
  const tally = new Map<string, CoverageGroup>();
  let nonClaimants = 0;
  let reached = 0;
  for (const r of ranked) {
    const missed = nonClaimant[r.index];
    nonClaimants += missed;
    reached += missed & atTop[r.index];
    for (const [attribute, groupOf] of Object.entries(FAIRNESS_ATTRIBUTES)) {
      const group = groupOf(households[r.index]);
      if (group === null) continue;
      const key = `${attribute}:${group}`;
      const g = tally.get(key) ?? { attribute, group, ranked: 0, selected: 0, selectionRate: 0, nonClaimants: 0, reached: 0, coverage: 0 };
      g.ranked++;
      g.selected += atTop[r.index];
      g.nonClaimants += missed;
      g.reached += missed & atTop[r.index];
      tally.set(key, g);
    }
  }
  const groups = [...tally.values()]
    .map((g) => ({ ...g, selectionRate: g.selected / g.ranked, coverage: g.reached / g.nonClaimants }))
    .sort((a, b) => a.attribute.localeCompare(b.attribute) || a.group.localeCompare(b.group));
  return { ranked: ranked.length, top, overall: reached / nonClaimants, eurosReached: eurosAtTop / euros, groups };
}

type Check = ModelCard["fairness"]["checks"][number];
const check = (attribute: string, group: string, metric: string, value: number, reference: number, maxGap: number): Check =>
  ({ attribute, group, metric, value, reference, maxGap, passed: Math.abs(value - reference) <= maxGap });

/** The card's true-positive-rate checks: every group's share of non-claimants reached against the overall one. */
export function fairnessChecks(report: CoverageReport, maxGap: number = FAIRNESS_GATE.maxGap): Check[] {
  return report.groups.map((g) => check(g.attribute, g.group, COVERAGE_METRIC, g.coverage, report.overall, maxGap));
}

/**
 * The card's selection-rate checks: every group's share of ranked households at the top against the overall one,
 * for the attributes not listed in `notGated`.
 */
export function selectionChecks(
  report: CoverageReport,
  maxGap: number = FAIRNESS_GATE.maxSelectionGap,
  notGated: readonly string[] = FAIRNESS_GATE.selectionNotGated,
): Check[] {
  const overall = report.top / report.ranked;
  return report.groups
    .filter((g) => !notGated.includes(g.attribute))
    .map((g) => check(g.attribute, g.group, SELECTION_METRIC, g.selectionRate, overall, maxGap));
}

export interface CalibrationGroup {
  attribute: string;
  group: string;
  /** Claimable rights of the group's households. */
  rights: number;
  meanPredicted: number;
  observed: number;
}

/** Calibration by group: mean predicted and drawn non-take-up over the claimable rights of each group's households. */
export function groupCalibration(
  households: readonly SyntheticHousehold[],
  units: readonly RightUnit[],
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
): CalibrationGroup[] {
  const tally = new Map<string, { attribute: string; group: string; rights: number; sumPredicted: number; sumObserved: number }>();
  units.forEach((u, i) => {
    for (const [attribute, groupOf] of Object.entries(FAIRNESS_ATTRIBUTES)) {
      const group = groupOf(households[u.household]);
      if (group === null) continue;
      const key = `${attribute}:${group}`;
      const g = tally.get(key) ?? { attribute, group, rights: 0, sumPredicted: 0, sumObserved: 0 };
      g.rights++;
      g.sumPredicted += predicted[i];
      g.sumObserved += labels[i];
      tally.set(key, g);
    }
  });
  return [...tally.values()]
    .map(({ attribute, group, rights, sumPredicted, sumObserved }) => ({ attribute, group, rights, meanPredicted: sumPredicted / rights, observed: sumObserved / rights }))
    .sort((a, b) => a.attribute.localeCompare(b.attribute) || a.group.localeCompare(b.group));
}

/** The card's calibration checks: every group's mean predicted non-take-up against its drawn rate. */
export function calibrationChecks(groups: readonly CalibrationGroup[], maxGap: number = FAIRNESS_GATE.maxCalibrationGap): Check[] {
  return groups.map((g) => check(g.attribute, g.group, CALIBRATION_METRIC, g.meanPredicted - g.observed, 0, maxGap));
}

/** The list as the console ranks it, and ordered by priority alone (for comparison). */
export function rankings(households: readonly SyntheticHousehold[], units: readonly RightUnit[], predicted: ArrayLike<number>) {
  const inputs = rankingInputs(households, units, predicted);
  return { paced: rankOutreach(inputs), byPriority: rankByPriority(inputs) };
}
