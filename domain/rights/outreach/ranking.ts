// The outreach ranking. A household's priority is the amount it likely goes without: the sum, over the rights
// it could claim, of the probability of not claiming × the monthly amount at stake. Ranking on priority alone
// would put the households with large amounts (families, the RSA) far ahead of the others: older people,
// workers with a small prime d'activité, and those whose only right is the complémentaire santé solidaire,
// a health cover worth little in euros (people on the disability allowance, recent residents). So the list
// moves through pacing groups at the same pace: a pacing group is a household type × the oldest adult's age
// band × the household's main right (the one with the largest stake); within it households come by decreasing
// priority, and the list interleaves the groups so that each one's expected share of non-claimants reached
// grows equally. Shared code.
import type { Household } from "../household.ts";
import { ageBand, householdType } from "./groups.ts";
import type { ModelBenefit } from "./stakes.ts";

/** The top of the list: the share of ranked households an outreach campaign is expected to reach first. */
export const OUTREACH_TOP_SHARE = 0.2;

export interface ScoredRight {
  benefit: ModelBenefit;
  monthlyStake: number;
  /** Probability that the right is not claimed (non-take-up model). */
  nonTakeUp: number;
}

export interface RankingInput {
  group: string;
  rights: readonly ScoredRight[];
}

export interface RankedHousehold {
  /** Position of the household in the input. */
  index: number;
  /** 1 for the first household to contact. */
  rank: number;
  /** Expected €/month not claimed: Σ probability × amount at stake. */
  priority: number;
  /** Probability that at least one right is not claimed (rights taken as independent). */
  nonClaim: number;
  group: string;
  /** Expected share of the group's non-claimants reached once the list comes to this household (0-1). */
  groupProgress: number;
}

export const outreachPriority = (rights: readonly ScoredRight[]) => rights.reduce((s, r) => s + r.nonTakeUp * r.monthlyStake, 0);

export const nonClaimProbability = (rights: readonly ScoredRight[]) => 1 - rights.reduce((s, r) => s * (1 - r.nonTakeUp), 1);

/** The right with the largest amount at stake (null without any right). */
export function mainRight(rights: readonly { benefit: ModelBenefit; monthlyStake: number }[]): ModelBenefit | null {
  let main: (typeof rights)[number] | null = null;
  for (const r of rights) if (!main || r.monthlyStake > main.monthlyStake) main = r;
  return main?.benefit ?? null;
}

export const pacingGroup = (h: Household, rights: readonly { benefit: ModelBenefit; monthlyStake: number }[]) =>
  `${householdType(h)}/${ageBand(h)}/${mainRight(rights) ?? "none"}`;

const byPriority = (a: { priority: number; index: number }, b: { priority: number; index: number }) =>
  b.priority - a.priority || a.index - b.index;

/** Ranks the households that have at least one right to claim; the others are left out. */
export function rankOutreach(inputs: readonly RankingInput[]): RankedHousehold[] {
  const groups = new Map<string, RankedHousehold[]>();
  inputs.forEach((input, index) => {
    if (!input.rights.length) return;
    const entry = { index, rank: 0, priority: outreachPriority(input.rights), nonClaim: nonClaimProbability(input.rights), group: input.group, groupProgress: 0 };
    const members = groups.get(input.group) ?? [];
    members.push(entry);
    groups.set(input.group, members);
  });
  const all: RankedHousehold[] = [];
  for (const members of groups.values()) {
    members.sort(byPriority);
    const total = members.reduce((s, m) => s + m.nonClaim, 0);
    let before = 0;
    for (const m of members) {
      m.groupProgress = total > 0 ? (before + m.nonClaim / 2) / total : 1;
      before += m.nonClaim;
      all.push(m);
    }
  }
  all.sort((a, b) => a.groupProgress - b.groupProgress || byPriority(a, b));
  all.forEach((m, i) => (m.rank = i + 1));
  return all;
}

/** The same households ordered by priority alone (the comparison reported in the model card). */
export function rankByPriority(inputs: readonly RankingInput[]): RankedHousehold[] {
  const ranked = rankOutreach(inputs).sort(byPriority);
  ranked.forEach((m, i) => (m.rank = i + 1));
  return ranked;
}
