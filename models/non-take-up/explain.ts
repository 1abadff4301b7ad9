// The explanation of one household's place in the outreach list, computed where the list is (the agent's
// browser), in the terms of CRPA R311-3-1-2: the algorithm's contribution, the data used and its source, the
// parameters and their weight for this household (the rules' amounts and reasons; the non-take-up model's
// per-feature contributions by exact TreeSHAP on its trees), and the operations performed. Shared code.
import type { GbdtModel } from "../lib/gbdt-model.ts";
import { shapValues } from "../lib/shap.ts";
import { encodeNonTakeUp, NON_TAKE_UP_FEATURE_LABELS, NON_TAKE_UP_FEATURES, NON_TAKE_UP_WIDTH, nonTakeUpHousehold, type NonTakeUpFeature } from "./features.ts";
import { rightsMentions } from "../../domain/rights/mention.ts";
import type { BenefitId, Reason } from "../../domain/rights/simulate.ts";
import { CSV_COLUMNS, householdCsvCells } from "../../domain/rights/outreach/household-csv.ts";
import { householdRights, type OutreachHousehold } from "../../domain/rights/outreach/pipeline.ts";
import { mainRight } from "../../domain/rights/outreach/ranking.ts";
import type { ModelBenefit } from "../../domain/rights/outreach/stakes.ts";
import type { Bilingual } from "../../domain/i18n/index.ts";

/** What the list's algorithm does, step by step (also the operations of the model card). */
export const OUTREACH_OPERATIONS: Bilingual[] = [
  { fr: "Les règles calculent, pour chaque foyer, les droits qu'il peut demander et leur montant.", en: "The rules compute, for each household, the rights it can claim and their amounts." },
  { fr: `Le modèle estime pour chaque droit la probabilité qu'il ne soit pas demandé, à partir de ${NON_TAKE_UP_FEATURES.length} variables.`, en: `The model estimates for each right the probability that it is not claimed, from ${NON_TAKE_UP_FEATURES.length} features.` },
  { fr: "Priorité du foyer = somme, sur ses droits, de la probabilité × le montant en jeu (€ par mois).", en: "Household priority = sum over its rights of probability × amount at stake (€ a month)." },
  { fr: "Groupes d'avancement : type de foyer × tranche d'âge de l'adulte le plus âgé × droit principal ; dans chaque groupe, par priorité décroissante ; la liste fait avancer tous les groupes au même rythme (part attendue de leurs non-recourants atteinte).", en: "Pacing groups: household type × age band of the oldest adult × main right; within each group, by decreasing priority; the list moves all groups at the same pace (expected share of their non-claimants reached)." },
];

export const OUTREACH_CONTRIBUTION: Bilingual = {
  fr: "Aide à l'organisation : l'algorithme propose l'ordre d'une liste ; le travailleur social choisit qui contacter et le foyer décide de demander ou non. Aucun droit n'est accordé ni refusé par l'algorithme.",
  en: "Organisational aid: the algorithm proposes the order of a list; the social worker chooses whom to contact and the household decides whether to claim. No right is granted or refused by the algorithm.",
};

export interface FeatureWeight {
  feature: NonTakeUpFeature;
  label: Bilingual;
  value: number;
  /** Contribution to the log odds of not claiming (TreeSHAP): positive raises the probability. */
  weight: number;
}

export interface ExplainedRight {
  benefit: ModelBenefit;
  monthlyStake: number;
  nonTakeUp: number;
  /** nonTakeUp × monthlyStake: this right's part of the priority. */
  expectedUnclaimed: number;
  /** The rules' reasons for this right (message codes of domain/rights/translations.ts). */
  reasons: Reason[];
  /** The model's starting point: its mean log odds, as a probability. */
  baseline: number;
  /** Every feature with its weight for this right, largest effect first. */
  weights: FeatureWeight[];
}

export interface RankExplanation {
  id: string;
  line: number;
  mention: Bilingual;
  contributionDegree: Bilingual;
  /** The data used: the household's cells in the file (column → value). */
  data: { column: string; value: string }[];
  rights: ExplainedRight[];
  toCheck: BenefitId[];
  rank: number | null;
  ranked: number;
  priority: number;
  group: { key: string; householdType: string; ageBand: string; mainRight: ModelBenefit | null };
  groupProgress: number;
  operations: Bilingual[];
  rulesDate: string;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface Factor {
  feature: NonTakeUpFeature;
  value: number;
  weight: number;
}

/**
 * The items that most raise the probability that the household's main right is not claimed (TreeSHAP weights,
 * positive only; the right's own "not this benefit" indicators left out as meaningless to read).
 */
export function mainFactors(h: OutreachHousehold, trees: GbdtModel, date: string, count = 2): Factor[] {
  const main = mainRight(h.rights);
  const right = h.rights.find((r) => r.benefit === main);
  if (!right) return [];
  const row = new Float32Array(NON_TAKE_UP_WIDTH);
  encodeNonTakeUp({ ...right, household: nonTakeUpHousehold(h.household, date) }, row);
  const { values } = shapValues(trees, row);
  return NON_TAKE_UP_FEATURES.map((feature, i) => ({ feature, value: row[i], weight: values[i] }))
    .filter((f) => f.weight > 0 && !(f.feature.startsWith("benefit") && f.value === 0))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count);
}
const ENGINE_BENEFIT: Record<ModelBenefit, BenefitId> = { rsa: "rsa", primeActivite: "primeActivite", aspa: "aspa", cssFree: "css", cssWithContribution: "css" };

export function explainRank(h: OutreachHousehold, trees: GbdtModel, date: string, ranked: number): RankExplanation {
  const { simulation } = householdRights(h.household, h.received, date);
  const summary = nonTakeUpHousehold(h.household, date);
  const row = new Float32Array(NON_TAKE_UP_WIDTH);
  const rights = h.rights.map((right): ExplainedRight => {
    encodeNonTakeUp({ ...right, household: summary }, row);
    const shap = shapValues(trees, row);
    return {
      ...right,
      expectedUnclaimed: right.nonTakeUp * right.monthlyStake,
      reasons: simulation.results.find((r) => r.benefit === ENGINE_BENEFIT[right.benefit])?.reasons ?? [],
      baseline: sigmoid(shap.expectedValue),
      weights: NON_TAKE_UP_FEATURES.map((feature, i) => ({ feature, label: NON_TAKE_UP_FEATURE_LABELS[feature], value: row[i], weight: shap.values[i] }))
        .filter((w) => w.weight !== 0)
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)),
    };
  });
  const cells = householdCsvCells(h.id, h.household, h.received);
  return {
    id: h.id,
    line: h.line,
    mention: rightsMentions.outreach,
    contributionDegree: OUTREACH_CONTRIBUTION,
    data: CSV_COLUMNS.map((c, i) => ({ column: c.name, value: cells[i] })).filter((d) => d.value !== ""),
    rights,
    toCheck: h.toCheck,
    rank: h.rank,
    ranked,
    priority: h.priority,
    group: { key: h.group, householdType: h.type, ageBand: h.ageBand, mainRight: mainRight(h.rights) },
    groupProgress: h.groupProgress,
    operations: OUTREACH_OPERATIONS,
    rulesDate: date,
  };
}
