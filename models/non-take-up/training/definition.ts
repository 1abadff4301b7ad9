// The non-take-up model for the registry: trains it (train.ts) and evaluates it on an independent synthetic
// population with the fairness gate and the proxy check (evaluate.ts). The card's text is
// models/non-take-up/card.json.
import { featureImportance, predictGbdt } from "../../lib/gbdt-model.ts";
import type { ModelDefinition } from "../../model-definition.ts";
import { NON_TAKE_UP_FEATURES, type NonTakeUpInput } from "../features.ts";
import card from "../card.json" with { type: "json" };
import { RIGHTS_CONTACT, rightsMentions } from "../../../domain/rights/mention.ts";
import { OUTREACH_CONTRIBUTION, OUTREACH_OPERATIONS } from "../explain.ts";
import { MODEL_BENEFITS } from "../../../domain/rights/outreach/stakes.ts";
import { MIN_CELL_HOUSEHOLDS } from "../../../domain/rights/outreach/stats.ts";
import stakes from "../../../domain/rights/outreach/stakes.json" with { type: "json" };
import { evaluateNonTakeUp, type NonTakeUpEvaluation } from "./evaluate.ts";
import { CALIBRATION_METRIC, COVERAGE_METRIC, EUROS_METRIC, FAIRNESS_GATE, SELECTION_METRIC } from "../fairness-gate.ts";
import { calibrationChecks, fairnessChecks, selectionChecks } from "./fairness.ts";
import { ASPA_STAKE_BANDS } from "./outcomes.ts";
import rates from "./non-take-up-rates.json" with { type: "json" };
import { ASPA_TRAINING_WEIGHT, RULES_DATE, trainNonTakeUp } from "./train.ts";
import { NATIONAL_RATE_ONLY } from "../signal.ts";

export const TRAINING = { seed: 2025, households: 600_000 } as const;
export const EVALUATION = { seed: 2125, households: 300_000 } as const;
/** From this AUC, the card says the inputs partly reveal a protected attribute. */
const PROXY_REVEALING_AUC = 0.7;
const PARIS_ARRONDISSEMENTS = 20;

function examples(e: NonTakeUpEvaluation): NonTakeUpInput[] {
  return MODEL_BENEFITS.flatMap((b) => e.population.units.filter((u) => u.input.benefit === b).slice(0, 2).map((u) => u.input));
}

/** The card's overall metrics and slices: the paced list's coverage and calibration by group, by right and by ASPA band. */
function metricTables(e: NonTakeUpEvaluation, trees: number) {
  const { paced, byPriority } = e.coverage;
  const priorityGroup = new Map(byPriority.groups.map((g) => [`${g.attribute}:${g.group}`, g.coverage]));
  const calibration = new Map(e.calibrationByGroup.map((g) => [`${g.attribute}:${g.group}`, g]));
  return {
    overall: {
      ...e.metrics,
      trees,
      [COVERAGE_METRIC]: paced.overall,
      [SELECTION_METRIC]: paced.top / paced.ranked,
      [EUROS_METRIC]: paced.eurosReached,
      [`${COVERAGE_METRIC}ByPriorityAlone`]: byPriority.overall,
      [`${EUROS_METRIC}ByPriorityAlone`]: byPriority.eurosReached,
    },
    slices: [
      ...paced.groups.map((g) => {
        const c = calibration.get(`${g.attribute}:${g.group}`)!;
        return {
          slice: g.attribute,
          group: g.group,
          count: g.ranked,
          metrics: {
            rankedHouseholds: g.ranked,
            nonClaimantHouseholds: g.nonClaimants,
            [SELECTION_METRIC]: g.selectionRate,
            [COVERAGE_METRIC]: g.coverage,
            [`${COVERAGE_METRIC}ByPriorityAlone`]: priorityGroup.get(`${g.attribute}:${g.group}`) ?? 0,
            claimableRights: c.rights,
            meanPredicted: c.meanPredicted,
            observedNonTakeUp: c.observed,
            [CALIBRATION_METRIC]: c.meanPredicted - c.observed,
          },
        };
      }),
      ...e.byBenefit.map((b) => ({
        slice: "right",
        group: b.benefit,
        count: b.count,
        metrics: { publishedNonTakeUp: b.published, observedNonTakeUp: b.observed, meanPredicted: b.predicted, aucWithinRight: b.auc },
      })),
      ...e.aspaBands.map((b) => ({
        slice: "aspaAmountDue",
        group: `${b.from}-${b.to}`,
        count: b.count,
        metrics: { targetNonTakeUp: b.target, interpolatedTarget: b.interpolated ? 1 : 0, observedNonTakeUp: b.observed, meanPredicted: b.predicted },
      })),
    ],
  };
}

export const nonTakeUpDefinition: ModelDefinition = {
  id: "non-take-up",
  version: "1.0.0",
  task: "binary-classification",
  runsOn: ["device"],
  card,
  facts: {
    training: TRAINING,
    evaluation: { ...EVALUATION, perArrondissement: EVALUATION.households / PARIS_ARRONDISSEMENTS },
    rulesDate: RULES_DATE,
    aspaTrainingWeight: ASPA_TRAINING_WEIGHT,
    aspaBandWidth: rates.aspaStakeBands.width,
    aspaPublished: { low: ASPA_STAKE_BANDS[0], high: ASPA_STAKE_BANDS[ASPA_STAKE_BANDS.length - 1] },
    gate: FAIRNESS_GATE,
    metricNames: { coverage: COVERAGE_METRIC, selection: SELECTION_METRIC, calibration: CALIBRATION_METRIC },
    sourceUrls: { rsa: rates.sources.rsa.split(": ").pop()!, aspa: rates.sources.aspa.split(": ").pop()! },
    cssCostYear: String(stakes.cssYearlyCostPerBeneficiary.year),
    minCellHouseholds: MIN_CELL_HOUSEHOLDS,
    contact: RIGHTS_CONTACT,
    mention: rightsMentions.outreach,
    outreach: { contribution: OUTREACH_CONTRIBUTION, operations: OUTREACH_OPERATIONS },
  },
  async train() {
    const training = trainNonTakeUp({ seed: TRAINING.seed, n: TRAINING.households });
    const evaluation = await evaluateNonTakeUp((x) => predictGbdt(training.model, x), training.generatingModel, {
      seed: EVALUATION.seed,
      n: EVALUATION.households,
    });
    const gain = featureImportance(training.model, "gain");
    const totalGain = Object.values(gain).reduce((a, b) => a + b, 0);
    const { paced, byPriority } = evaluation.coverage;
    return {
      onnx: training.onnx,
      context: null,
      explainer: training.model,
      trainingSeed: TRAINING.seed,
      exampleInputs: examples(evaluation),
      metrics: {
        trees: training.model.trees.length,
        trainRows: training.trainRows,
        validationRows: training.validationRows,
        generating: { aspaStakeSlopePer100: training.generatingModel.aspaStakeSlopePer100, householdEffectSd: training.generatingModel.householdEffectSd },
        claimableRights: evaluation.metrics.claimableRights,
        ...metricTables(evaluation, training.model.trees.length),
        calibration: evaluation.calibration,
        rates: evaluation.rates,
        aspaBands: evaluation.aspaBands,
        eurosReached: { paced: paced.eurosReached, byPriority: byPriority.eurosReached },
        byPriorityMaxCoverageGap: Math.max(...byPriority.groups.map((g) => Math.abs(g.coverage - byPriority.overall))),
        uncertainByNationality: Object.entries(evaluation.uncertainByNationality).map(([group, share]) => ({ group, share })),
        checks: [...fairnessChecks(paced), ...selectionChecks(paced), ...calibrationChecks(evaluation.calibrationByGroup)],
        proxies: evaluation.proxies.map((p) => ({ attribute: p.attribute, auc: p.auc, partlyRevealed: p.auc >= PROXY_REVEALING_AUC })),
        selectionNotGated: FAIRNESS_GATE.selectionNotGated.map((attribute) => ({
          attribute,
          groups: paced.groups.filter((g) => g.attribute === attribute).map((g) => ({ group: g.group, selectionRate: g.selectionRate, coverage: g.coverage })),
          overall: { selectionRate: paced.top / paced.ranked, coverage: paced.overall },
        })),
        nationalRateOnly: NATIONAL_RATE_ONLY.map((benefit) => ({ benefit, auc: evaluation.byBenefit.find((b) => b.benefit === benefit)!.auc })),
        parameters: NON_TAKE_UP_FEATURES.map((name) => ({ name, gainShare: gain[name] / totalGain })),
      },
    };
  },
};
