// The heat-risk model for the registry: trains it (models/heat-risk/training/train.ts), evaluates it on an
// independent population-scale cohort (by arrondissement and age band) and measures the heat levels against the
// official vigilance (the hazard rule that opens an episode is an algorithm of the same processing, so its
// confusion table is published on the card). The card's text is models/heat-risk/card.json.
import { HEAT_RISK_FEATURES } from "../features.ts";
import card from "../card.json" with { type: "json" };
import { predictLogistic } from "../../lib/logistic.ts";
import { createMatrix } from "../../lib/matrix.ts";
import { auc } from "../../lib/metrics.ts";
import { gapChecks } from "../../cards/fairness.ts";
import type { ModelDefinition } from "../../model-definition.ts";
import type { HeatRiskInput } from "../../features.ts";
import { DEFAULT_LEVEL_RULE, HEAT_LEVELS } from "../../../domain/heat/hazard.ts";
import { generateCohort } from "./cohort.ts";
import { evaluateLevels } from "../../../domain/heat/evaluation/levels-evaluation.ts";
import { trainHeatRisk } from "./train.ts";

const SEED = 2026;
const EVALUATION_SEED = SEED + 100;
const TRAINING_PEOPLE = 200_000;
const EVALUATION_PEOPLE = 100_000;
/** Share of the register called first in the fairness checks (the top of the call list). */
const PRIORITY_SHARE = 0.2;
const MAX_GAP = { calibration: 0.15, capture: 0.1 };

interface Group {
  slice: string;
  group: string;
  rows: number[];
}

function groups(iris: string[], ages: number[]): Group[] {
  const out = new Map<string, Group>();
  const add = (slice: string, group: string, row: number) => {
    const key = `${slice}:${group}`;
    if (!out.has(key)) out.set(key, { slice, group, rows: [] });
    out.get(key)!.rows.push(row);
  };
  iris.forEach((code, row) => {
    add("arrondissement", code.slice(0, 5), row);
    add("ageBand", ages[row] >= 80 ? "80+" : "65-79", row);
  });
  return [...out.values()].sort((a, b) => a.slice.localeCompare(b.slice) || a.group.localeCompare(b.group));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function evaluate(model: ReturnType<typeof trainHeatRisk>["model"]) {
  const cohort = generateCohort({ seed: EVALUATION_SEED, n: EVALUATION_PEOPLE });
  const x = createMatrix(cohort.features, EVALUATION_PEOPLE, cohort.featureNames);
  const predicted = Array.from(predictLogistic(model, x));
  const truth = Array.from(cohort.trueRisk);
  const cut = [...predicted].sort((a, b) => b - a)[Math.floor(PRIORITY_SHARE * predicted.length)];
  const prioritised = predicted.map((p) => (p > cut ? 1 : 0));
  const capture = (rows: number[]) => sum(rows.map((r) => truth[r] * prioritised[r])) / sum(rows.map((r) => truth[r]));
  const all = predicted.map((_, i) => i);
  const truthMedian = median(truth);
  const overall = {
    aucAgainstExpectedHarm: auc(predicted, truth.map((t) => (t > truthMedian ? 1 : 0))),
    predictedOverGenerating: sum(predicted) / sum(truth),
    expectedHarmCapturedByTop20: capture(all),
  };
  const slices = groups(cohort.iris, cohort.people.map((p) => p.age)).map((g) => ({
    slice: g.slice,
    group: g.group,
    count: g.rows.length,
    metrics: {
      selectionRate: sum(g.rows.map((r) => prioritised[r])) / g.rows.length,
      predictedOverGenerating: sum(g.rows.map((r) => predicted[r])) / sum(g.rows.map((r) => truth[r])),
      expectedHarmCapturedByTop20: capture(g.rows),
    },
  }));
  const checks = [
    ...gapChecks(slices, "predictedOverGenerating", 1, MAX_GAP.calibration),
    ...gapChecks(slices, "expectedHarmCapturedByTop20", overall.expectedHarmCapturedByTop20, MAX_GAP.capture, ["arrondissement"]),
  ];
  return { overall, slices, checks, people: cohort.people, exposures: cohort.exposures };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export const heatRiskDefinition: ModelDefinition = {
  id: "heat-risk",
  version: "1.0.0",
  task: "binary-classification",
  runsOn: ["edge", "device"],
  card,
  facts: { trainingSeed: SEED, evaluationSeed: EVALUATION_SEED, evaluationPeople: EVALUATION_PEOPLE, levelRule: DEFAULT_LEVEL_RULE },
  train() {
    const training = trainHeatRisk({ seed: SEED, n: TRAINING_PEOPLE });
    const evaluation = evaluate(training.model);
    const levels = evaluateLevels();
    const exampleInputs: HeatRiskInput[] = evaluation.people.slice(0, 8).map((person, i) => ({ person, exposure: evaluation.exposures[i] }));
    return {
      onnx: training.onnx,
      context: null,
      explainer: null,
      trainingSeed: SEED,
      exampleInputs,
      metrics: {
        trainingRows: training.metrics.trainRows,
        overall: {
          ...evaluation.overall,
          heldOutAuc: training.metrics.auc,
          levelsVigilanceDays: levels.days,
          levelsOfficialAlertDays: levels.officialAlerts,
          levelsOfficialAlertDaysCaught: levels.caught,
          levelsAlertsOnOfficialGreenDays: levels.alertsOnGreen,
          levelsAlertsOnOfficialYellowDays: levels.alertsOnYellow,
        },
        slices: [
          ...evaluation.slices,
          ...HEAT_LEVELS.map((ours, r) => ({
            slice: "heatLevelsVsOfficialVigilance",
            group: `ours=${ours}`,
            count: levels.confusion[r].reduce((a, b) => a + b, 0),
            metrics: Object.fromEntries(HEAT_LEVELS.map((official, c) => [`official=${official}`, levels.confusion[r][c]])),
          })),
        ],
        calibration: training.calibration.map((c) => ({ from: c.from, to: c.to, count: c.count, meanPredicted: c.meanPredicted, observedRate: c.meanGeneratingRisk })),
        checks: evaluation.checks,
        oddsRatios: training.oddsRatios,
        levels: { days: levels.days, period: levels.period, caught: levels.caught, officialAlerts: levels.officialAlerts, alertsOnGreen: levels.alertsOnGreen },
        parameters: HEAT_RISK_FEATURES.map((name, j) => ({ name, oddsRatio: Math.exp(training.model.weights[j]) })),
      },
    };
  },
};
