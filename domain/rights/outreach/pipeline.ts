// The social worker's outreach list, end to end and on the device: reads the household file, runs the rules
// on every good line, scores each claimable right with the non-take-up model (through the `score` function the
// caller gives: onnxruntime-web in the browser or in Node), and ranks the households (ranking.ts). The same
// code runs in the console's Web Worker and in the benchmark's Node reference. Shared code.
import { encodeRows, featureDefinition } from "../../../models/features.ts";
import { nonTakeUpHousehold } from "../../../models/non-take-up/features.ts";
import type { Household } from "../household.ts";
import { simulate, type BenefitId } from "../simulate.ts";
import { ageBand, householdType, type AgeBand, type HouseholdType } from "./groups.ts";
import { readHouseholdCsv, type BadLine } from "./household-csv.ts";
import { pacingGroup, rankOutreach, type ScoredRight } from "./ranking.ts";
import { claimableRights, type ClaimableRight, type ReceivableBenefit } from "./stakes.ts";

export interface OutreachHousehold {
  line: number;
  id: string;
  household: Household;
  /** Benefits the file says the household already receives. */
  received: ReceivableBenefit[];
  arrondissement: number | null;
  type: HouseholdType;
  ageBand: AgeBand;
  /** Rights the rules find claimable, not already received, with their probability of not being claimed. */
  rights: ScoredRight[];
  /** Benefits the rules could not decide ("maybe"): for the agent to check. */
  toCheck: BenefitId[];
  /** City of Paris aids the rules find open, with their monthly amount (not ranked on). */
  parisAids: { benefit: BenefitId; monthlyAmount: number }[];
  /** 1 for the first household to contact; null without any claimable right. */
  rank: number | null;
  priority: number;
  nonClaim: number;
  group: string;
  groupProgress: number;
}

export interface OutreachList {
  date: string;
  households: OutreachHousehold[];
  badLines: BadLine[];
  missingColumns: string[];
  unknownColumns: string[];
  /** Lines read (good and bad), without the header. */
  lines: number;
}

export type OutreachStage = "rules" | "model" | "ranking";

export interface OutreachOptions {
  /** ISO date of the rules (parameters in force). */
  date: string;
  /** Runs the non-take-up model on `count` rows of features (row-major Float32Array); returns probabilities. */
  score(features: Float32Array, count: number): Promise<Float32Array>;
  onProgress?(stage: OutreachStage, done: number, total: number): void;
  /** Awaited between chunks of households, to let the caller's other work (opening the model) go on. */
  pause?(): Promise<void>;
}

const PARIS_AIDS = new Set<BenefitId>(["parisSolidarite", "parisLogement", "parisLogementFamilles", "parisLogementFamillesMonoparentales"]);
const PROGRESS_EVERY = 500;

interface Prepared {
  line: number;
  id: string;
  household: Household;
  received: ReceivableBenefit[];
  rights: ClaimableRight[];
  toCheck: BenefitId[];
  parisAids: OutreachHousehold["parisAids"];
}

/** Rules for one household: what it can claim, what is left to check, the Paris aids. */
export function householdRights(household: Household, received: readonly ReceivableBenefit[], date: string) {
  const simulation = simulate(household, { date });
  return {
    simulation,
    rights: claimableRights(household, simulation, received),
    toCheck: simulation.results.filter((r) => r.eligible === "maybe").map((r) => r.benefit),
    parisAids: simulation.results
      .filter((r) => PARIS_AIDS.has(r.benefit) && r.eligible === true && (r.monthlyAmount ?? 0) > 0)
      .map((r) => ({ benefit: r.benefit, monthlyAmount: r.monthlyAmount! })),
  };
}

export async function buildOutreachList(text: string, options: OutreachOptions): Promise<OutreachList> {
  const { date, score, onProgress, pause } = options;
  const file = readHouseholdCsv(text);
  const prepared: Prepared[] = [];
  for (const [i, line] of file.households.entries()) {
    const { rights, toCheck, parisAids } = householdRights(line.household, line.received, date);
    prepared.push({ line: line.line, id: line.id, household: line.household, received: line.received, rights, toCheck, parisAids });
    if ((i + 1) % PROGRESS_EVERY === 0) {
      onProgress?.("rules", i + 1, file.households.length);
      await pause?.();
    }
  }
  onProgress?.("rules", file.households.length, file.households.length);

  const inputs = prepared.flatMap((p) => {
    if (!p.rights.length) return [];
    const household = nonTakeUpHousehold(p.household, date);
    return p.rights.map((right) => ({ ...right, household }));
  });
  const count = inputs.length;
  const features = encodeRows(featureDefinition("non-take-up"), inputs, null);
  onProgress?.("model", 0, count);
  const probabilities = count ? await score(features, count) : new Float32Array(0);
  onProgress?.("model", count, count);

  let row = 0;
  const scored = prepared.map((p) => p.rights.map((r): ScoredRight => ({ ...r, nonTakeUp: probabilities[row++] })));
  const ranked = rankOutreach(prepared.map((p, i) => ({ group: pacingGroup(p.household, scored[i]), rights: scored[i] })));
  const position = new Map(ranked.map((r) => [r.index, r]));
  const households = prepared.map((p, i): OutreachHousehold => {
    const r = position.get(i);
    return {
      line: p.line,
      id: p.id,
      household: p.household,
      received: p.received,
      arrondissement: p.household.arrondissement ?? null,
      type: householdType(p.household),
      ageBand: ageBand(p.household),
      rights: scored[i],
      toCheck: p.toCheck,
      parisAids: p.parisAids,
      rank: r?.rank ?? null,
      priority: r?.priority ?? 0,
      nonClaim: r?.nonClaim ?? 0,
      group: r?.group ?? pacingGroup(p.household, scored[i]),
      groupProgress: r?.groupProgress ?? 1,
    };
  });
  households.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.line - b.line);
  onProgress?.("ranking", households.length, households.length);
  return {
    date,
    households,
    badLines: file.badLines,
    missingColumns: file.missingColumns,
    unknownColumns: file.unknownColumns,
    lines: file.households.length + file.badLines.length,
  };
}
