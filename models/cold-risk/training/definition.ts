// The cold-risk model for the registry: a logistic model whose coefficients are the log odds ratios of
// risk-factors.json (published, derived or assumed, each with its source) and whose intercept is the stated
// baseline risk — no training on outcome data, which does not exist for Paris's register. It is exported as
// MatMul + Add + Sigmoid and evaluated on a synthetic population of Parisians aged 65 and over (the heat cohort's
// places, ages, living alone and illnesses, a stated share of homes hard to heat) facing the real Paris cold days
// the cold rule flags at Montsouris: who the first calls reach, by arrondissement and age band. It also measures the
// cold rule on the Montsouris series (every episode it flags 1950–2026, the reference winters), which the card
// publishes with the method, as the rule that opens a cold episode belongs to the same processing. The card's text
// is models/cold-risk/card.json. Node-only.
import { COLD_RISK_FEATURES, coldFactorTable, encodeColdRisk, type ColdExposure, type ColdRiskFeature } from "../features.ts";
import card from "../card.json" with { type: "json" };
import riskFactors from "../risk-factors.json";
import { COLD_THRESHOLDS, coldOutlook } from "../../../domain/climate/cold/rule.ts";
import { evaluateCold } from "../../../domain/climate/evaluation/cold-evaluation.ts";
import { isAlertLevel, type Level } from "../../../domain/climate/levels.ts";
import { loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";
import { gapChecks } from "../../cards/fairness.ts";
import type { SliceMetrics } from "../../cards/schema.ts";
import { generateCohort } from "../../heat-risk/training/cohort.ts";
import { encodeRows, featureDefinition, type ColdRiskInput } from "../../features.ts";
import type { LogisticModel } from "../../lib/logistic.ts";
import { logisticToOnnx } from "../../lib/onnx.ts";
import { createRng } from "../../lib/rng.ts";
import type { ModelDefinition } from "../../model-definition.ts";

const SEED = 2027;
const EVALUATION_PEOPLE = 100_000;
/** Share of the register called first in the fairness checks (the top of the call list). */
const PRIORITY_SHARE = 0.2;
const MAX_CAPTURE_GAP = 0.1;
/** Share of homes hard to keep warm in the synthetic population: an assumption (no Paris figure by age was found). */
const POORLY_HEATED_SHARE = 0.15;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model: weights ln(OR) in COLD_RISK_FEATURES order, intercept logit(baseline risk). */
export function coldRiskModel(): LogisticModel {
  const baseline = riskFactors.baselineRisk.value;
  return {
    kind: "logistic",
    featureNames: [...COLD_RISK_FEATURES],
    weights: COLD_RISK_FEATURES.map((name) => Math.log(coldFactorTable[name].oddsRatio)),
    intercept: Math.log(baseline / (1 - baseline)),
    standardErrors: COLD_RISK_FEATURES.map(() => 0),
    interceptStandardError: 0,
    l2: 0,
    iterations: 0,
    converged: true,
  };
}

/** Exposures of the real Paris cold alert days (orange or red for the cold rule at Montsouris, 1950–2026). */
export function coldAlertExposures(): ColdExposure[] {
  const days = coldOutlook(loadMontsouris());
  const exposures: ColdExposure[] = [];
  let run = 0;
  days.forEach((day, i) => {
    run = isAlertLevel(day.level) ? run + 1 : 0;
    if (!run || i + 2 >= days.length) return;
    const window = days.slice(i, i + 3);
    exposures.push({ meanTemperature: sum(window.map((d) => (d.tn + d.tx) / 2)) / 3, coldDays: run });
  });
  return exposures;
}

function evaluate(model: LogisticModel) {
  const rng = createRng(SEED);
  const cohort = generateCohort({ seed: SEED, n: EVALUATION_PEOPLE });
  const exposures = coldAlertExposures();
  const inputs: ColdRiskInput[] = cohort.people.map((p) => ({
    person: {
      age: p.age, livesAlone: p.livesAlone, mobility: p.mobility, cardiovascular: p.cardiovascular, respiratory: p.respiratory,
      isolated: p.isolated, poorlyHeatedHome: rng.next() < POORLY_HEATED_SHARE,
    },
    exposure: exposures[rng.int(exposures.length)],
  }));
  const rows = encodeRows(featureDefinition("cold-risk"), inputs, null);
  const width = COLD_RISK_FEATURES.length;
  const risks = inputs.map((_, i) => sigmoid(model.intercept + model.weights.reduce((z, w, j) => z + w * rows[i * width + j], 0)));
  const cut = [...risks].sort((a, b) => b - a)[Math.floor(PRIORITY_SHARE * risks.length)];
  const prioritised = risks.map((r) => (r > cut ? 1 : 0));
  const capture = (rows: number[]) => sum(rows.map((r) => risks[r] * prioritised[r])) / sum(rows.map((r) => risks[r]));
  const groups = new Map<string, { slice: string; group: string; rows: number[] }>();
  cohort.iris.forEach((iris, row) => {
    for (const [slice, group] of [["arrondissement", iris.slice(0, 5)], ["ageBand", inputs[row].person.age >= 80 ? "80+" : "65-79"]]) {
      const key = `${slice}:${group}`;
      if (!groups.has(key)) groups.set(key, { slice, group, rows: [] });
      groups.get(key)!.rows.push(row);
    }
  });
  const slices: SliceMetrics[] = [...groups.values()]
    .sort((a, b) => a.slice.localeCompare(b.slice) || a.group.localeCompare(b.group))
    .map((g) => ({
      slice: g.slice,
      group: g.group,
      count: g.rows.length,
      metrics: { selectionRate: sum(g.rows.map((r) => prioritised[r])) / g.rows.length, expectedHarmCapturedByTop20: capture(g.rows), meanRisk: sum(g.rows.map((r) => risks[r])) / g.rows.length },
    }));
  const all = risks.map((_, i) => i);
  const overall = { expectedHarmCapturedByTop20: capture(all), meanRisk: sum(risks) / risks.length, coldAlertDays: exposures.length };
  return { overall, slices, checks: gapChecks(slices, "expectedHarmCapturedByTop20", overall.expectedHarmCapturedByTop20, MAX_CAPTURE_GAP, ["arrondissement"]), inputs };
}

const t = (fr: string, en: string) => ({ fr, en });
const KINDS: Record<string, { fr: string; en: string }> = { published: t("publié", "published"), derived: t("dérivé", "derived"), assumption: t("hypothèse", "assumption") };
const LEVELS: Record<Level, { fr: string; en: string }> = { green: t("vert", "green"), yellow: t("jaune", "yellow"), orange: t("orange", "orange"), red: t("rouge", "red") };
const NO_LEVEL = t("aucun", "none");

const factors = riskFactors.factors as Record<ColdRiskFeature, { oddsRatio: number; kind: string; sources: { title: string }[] }>;

/** The cold rule's record on the Paris-Montsouris series 1950–2026: every flagged episode and the reference winters. */
function coldRuleRecord() {
  const record = evaluateCold();
  return {
    period: record.period,
    episodeCount: record.episodes.length,
    redEpisodes: record.episodes.filter((e) => e.peak === "red").length,
    episodes: record.episodes.map((e) => ({ ...e, peak: LEVELS[e.peak] })),
    waveCount: record.coldWaves.length,
    wavesFlagged: record.coldWaves.filter((w) => isAlertLevel(w.peak)).length,
    waves: record.coldWaves.map((w) => ({ ...w, peak: w.peak ? LEVELS[w.peak] : NO_LEVEL })),
    mildWinterCount: record.mildWinters.length,
    mildWintersQuiet: record.mildWinters.every((w) => w.days.orange === 0 && w.days.red === 0),
  };
}

export const coldRiskDefinition: ModelDefinition = {
  id: "cold-risk",
  version: "1.0.0",
  task: "binary-classification",
  runsOn: ["edge", "device"],
  card,
  facts: {
    seed: SEED,
    evaluationPeople: EVALUATION_PEOPLE,
    poorlyHeatedShare: POORLY_HEATED_SHARE,
    baselineRisk: riskFactors.baselineRisk.value,
    coldRule: COLD_THRESHOLDS,
    factors: COLD_RISK_FEATURES.map((name) => ({
      name, oddsRatio: factors[name].oddsRatio, kind: KINDS[factors[name].kind], source: factors[name].sources[0].title,
    })),
  },
  train() {
    const model = coldRiskModel();
    const evaluation = evaluate(model);
    return {
      onnx: logisticToOnnx(model, { docString: "Recoque cold-risk: logistic model with published or stated odds ratios (models/cold-risk/risk-factors.json)" }),
      context: null,
      explainer: null,
      trainingSeed: SEED,
      exampleInputs: evaluation.inputs.slice(0, 8),
      metrics: { overall: evaluation.overall, slices: evaluation.slices, checks: evaluation.checks, coldRule: coldRuleRecord() },
    };
  },
};
