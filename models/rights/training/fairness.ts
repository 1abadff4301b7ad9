// The fairness gate of the non-take-up model: ranks an evaluation population exactly as the social worker's
// console does (ranking.ts) and measures, for every group of every attribute, the share of its non-claimant
// households (households with at least one claimable right not claimed) that the top of the list reaches. Each
// group must stay within MAX_GAP of the overall share. Node-only (training and tests).
import type { ModelCard } from "../../cards/schema.ts";
import { ageBand, householdType } from "../outreach/groups.ts";
import { OUTREACH_TOP_SHARE, pacingGroup, rankByPriority, rankOutreach, type RankedHousehold, type RankingInput } from "../outreach/ranking.ts";
import type { RightUnit } from "./outcomes.ts";
import type { SyntheticHousehold } from "./population.ts";

export const FAIRNESS_GATE = {
  /** The top of the list: this share of the households with a claimable right (an outreach campaign's reach). */
  topShare: OUTREACH_TOP_SHARE,
  /** Largest allowed gap, in share of non-claimants reached, between any group and the whole population. */
  maxGap: 0.05,
} as const;

const TOP = `Top${Math.round(FAIRNESS_GATE.topShare * 100)}`;
export const COVERAGE_METRIC = `nonClaimantsReachedBy${TOP}`;
export const EUROS_METRIC = `eurosReachedBy${TOP}`;

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
  nonClaimants: number;
  reached: number;
  coverage: number;
}

export interface CoverageReport {
  ranked: number;
  top: number;
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
    if (!nonClaimant[r.index]) continue;
    nonClaimants++;
    reached += atTop[r.index];
    for (const [attribute, groupOf] of Object.entries(FAIRNESS_ATTRIBUTES)) {
      const group = groupOf(households[r.index]);
      if (group === null) continue;
      const key = `${attribute}:${group}`;
      const g = tally.get(key) ?? { attribute, group, nonClaimants: 0, reached: 0, coverage: 0 };
      g.nonClaimants++;
      g.reached += atTop[r.index];
      tally.set(key, g);
    }
  }
  const groups = [...tally.values()]
    .map((g) => ({ ...g, coverage: g.reached / g.nonClaimants }))
    .sort((a, b) => a.attribute.localeCompare(b.attribute) || a.group.localeCompare(b.group));
  return { ranked: ranked.length, top, overall: reached / nonClaimants, eurosReached: eurosAtTop / euros, groups };
}

/** The card's fairness checks: every group's coverage against the overall one. */
export function fairnessChecks(report: CoverageReport, maxGap: number = FAIRNESS_GATE.maxGap): ModelCard["fairness"]["checks"] {
  return report.groups.map((g) => ({
    attribute: g.attribute,
    group: g.group,
    metric: COVERAGE_METRIC,
    value: g.coverage,
    reference: report.overall,
    maxGap,
    passed: Math.abs(g.coverage - report.overall) <= maxGap,
  }));
}

/** The list as the console ranks it, and ordered by priority alone (for comparison). */
export function rankings(households: readonly SyntheticHousehold[], units: readonly RightUnit[], predicted: ArrayLike<number>) {
  const inputs = rankingInputs(households, units, predicted);
  return { paced: rankOutreach(inputs), byPriority: rankByPriority(inputs) };
}
