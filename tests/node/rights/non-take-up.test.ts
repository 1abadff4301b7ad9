// The committed non-take-up model, run with onnxruntime on an evaluation population it has never seen (a seed
// other than the card's): calibrated by right and by ASPA amount band against the drawn outcomes and the DREES
// rates, and the fairness gate — every group's share of non-claimants reached by the top of the list within 5
// points of the overall share, its selection rate within 5 points (except where the card says why not), its
// calibration within 3 points. Also the feature encoding and the card's fairness and proxy sections.
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-node";
import { beforeAll, describe, expect, test } from "vitest";
import { modelCardSchema, type ModelCard } from "../../../models/cards/schema.ts";
import type { Manifest } from "../../../models/manifest.ts";
import { NON_TAKE_UP_FEATURES, nonTakeUpFeatures } from "../../../models/non-take-up/features.ts";
import { FAIRNESS_GATE } from "../../../models/non-take-up/fairness-gate.ts";
import { hasHouseholdSignal, NATIONAL_RATE_ONLY } from "../../../models/non-take-up/signal.ts";
import { calibrationChecks, FAIRNESS_ATTRIBUTES, fairnessChecks, selectionChecks } from "../../../models/non-take-up/training/fairness.ts";
import { ASPA_STAKE_BANDS } from "../../../models/non-take-up/training/outcomes.ts";
import rates from "../../../models/non-take-up/training/non-take-up-rates.json" with { type: "json" };
import { evaluateNonTakeUp, type NonTakeUpEvaluation } from "../../../models/non-take-up/training/evaluate.ts";
import { TRAINING } from "../../../models/non-take-up/training/definition.ts";
import { trainNonTakeUp } from "../../../models/non-take-up/training/train.ts";
import { SHARED_RESULT_TIMEOUT_MS } from "../setup/once-per-run.ts";

const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const entry = manifest.models.find((m) => m.id === "non-take-up" && m.current)!;
const card: ModelCard = modelCardSchema.parse(JSON.parse(readFileSync(new URL(entry.card, artifacts), "utf8")));

let evaluation: NonTakeUpEvaluation;

/** How far a rate may stand from its DREES figure (the tolerance of every DREES rate here). */
const DREES_TOLERANCE = 0.03;

beforeAll(async () => {
  const session = await ort.InferenceSession.create(readFileSync(new URL(entry.file, artifacts)));
  const predict = async (x: { data: Float32Array; nRows: number; nCols: number }) => {
    const out = await session.run({ [entry.input]: new ort.Tensor("float32", x.data, [x.nRows, x.nCols]) });
    return Float64Array.from(out[entry.output].data as Float32Array);
  };
  // The generating model fitted on the training population (the registered training, trained once per run).
  const { generatingModel } = trainNonTakeUp({ seed: TRAINING.seed, n: TRAINING.households });
  evaluation = await evaluateNonTakeUp(predict, generatingModel, { seed: 9_001, n: 160_000 });
}, SHARED_RESULT_TIMEOUT_MS);

describe("non-take-up model on a fresh evaluation population", () => {
  test("ranks better than chance and predicts each right's non-take-up within 2 points of what is drawn", () => {
    expect(evaluation.metrics.auc).toBeGreaterThan(0.62);
    for (const b of evaluation.byBenefit) {
      expect(Math.abs(b.predicted - b.observed), b.benefit).toBeLessThan(0.02);
      expect(Math.abs(b.observed - b.published), b.benefit).toBeLessThan(DREES_TOLERANCE);
    }
    for (const row of evaluation.calibration) expect(Math.abs(row.meanPredicted - row.observedRate)).toBeLessThan(0.03);
  });

  test("tells households apart within the RSA and the ASPA, not within the rights shown as a national rate (AUC 0.5)", () => {
    expect(NATIONAL_RATE_ONLY).toEqual(["primeActivite", "cssFree", "cssWithContribution"]);
    for (const b of evaluation.byBenefit) {
      if (hasHouseholdSignal(b.benefit)) expect(b.auc, b.benefit).toBeGreaterThan(0.6);
      else expect(Math.abs(b.auc - 0.5), `${b.benefit}: AUC ${b.auc}`).toBeLessThan(0.03);
    }
  });

  test("predicts ASPA non-take-up by amount due within 3 points of the DREES rate of each 100 € band", () => {
    // The DREES ends, independently of the interpolation code: 77 % under 100 €, 22 % at 500-600 €.
    expect(rates.aspaStakeBands.published).toEqual([{ from: 0, rate: 0.77 }, { from: 500, rate: 0.22 }]);
    expect(evaluation.aspaBands.map((b) => [b.from, b.to, b.target])).toEqual(ASPA_STAKE_BANDS.map((b) => [b.from, b.to, b.rate]));
    expect(evaluation.aspaBands[0].target).toBe(0.77);
    expect(evaluation.aspaBands.at(-1)!.target).toBe(0.22);
    for (const b of evaluation.aspaBands) {
      expect(b.count, `${b.from}-${b.to} €`).toBeGreaterThan(300);
      expect(Math.abs(b.predicted - b.target), `${b.from}-${b.to} €: predicted ${b.predicted} vs ${b.target}`).toBeLessThan(DREES_TOLERANCE);
    }
    // Falling with the amount, band after band.
    evaluation.aspaBands.slice(1).forEach((b, i) => expect(b.predicted).toBeLessThan(evaluation.aspaBands[i].predicted));
  });

  test("the interpolated bands are equal steps in log odds between the two published ones", () => {
    const logit = (p: number) => Math.log(p / (1 - p));
    const steps = ASPA_STAKE_BANDS.slice(1).map((b, i) => logit(b.rate) - logit(ASPA_STAKE_BANDS[i].rate));
    for (const step of steps) expect(step).toBeCloseTo((logit(0.22) - logit(0.77)) / 5, 10);
    expect(ASPA_STAKE_BANDS.map((b) => b.published)).toEqual([true, false, false, false, false, true]);
  });

  test("fairness gate: every group's share of non-claimants reached is within 5 points of the overall share", () => {
    const report = evaluation.coverage.paced;
    const attributes = new Set(report.groups.map((g) => g.attribute));
    expect([...attributes].sort()).toEqual(Object.keys(FAIRNESS_ATTRIBUTES).sort());
    expect(report.groups.filter((g) => g.attribute === "arrondissement")).toHaveLength(20);
    const failed = fairnessChecks(report).filter((c) => !c.passed).map((c) => `${c.attribute}=${c.group}: ${(100 * (c.value - c.reference)).toFixed(1)} points`);
    expect(failed).toEqual([]);
  });

  test("fairness gate: selection rate within 5 points of the overall one (but for the attributes the card exempts), calibration within 3 points", () => {
    const report = evaluation.coverage.paced;
    const selection = selectionChecks(report);
    expect(new Set(selection.map((c) => c.attribute))).toEqual(new Set(Object.keys(FAIRNESS_ATTRIBUTES).filter((a) => !FAIRNESS_GATE.selectionNotGated.includes(a))));
    const calibration = calibrationChecks(evaluation.calibrationByGroup);
    expect(calibration).toHaveLength(report.groups.length);
    const failed = [...selection, ...calibration].filter((c) => !c.passed).map((c) => `${c.attribute}=${c.group} ${c.metric}: ${(100 * (c.value - c.reference)).toFixed(1)} points`);
    expect(failed).toEqual([]);
  });

  test("ranking on priority alone would fail the gate: the pacing is what keeps the groups even", () => {
    expect(fairnessChecks(evaluation.coverage.byPriority).some((c) => !c.passed)).toBe(true);
    expect(evaluation.coverage.byPriority.eurosReached).toBeGreaterThan(evaluation.coverage.paced.eurosReached);
  });
});

describe("the committed card", () => {
  test("records the gate for every attribute and the proxy check for every protected attribute", () => {
    expect(card.fairness.checks.length).toBeGreaterThan(30);
    expect(card.fairness.checks.every((c) => c.passed)).toBe(true);
    const gaps = { nonClaimantsReachedByTop20: FAIRNESS_GATE.maxGap, selectedByTop20: FAIRNESS_GATE.maxSelectionGap, predictedMinusObservedNonTakeUp: FAIRNESS_GATE.maxCalibrationGap };
    expect(new Set(card.fairness.checks.map((c) => c.metric))).toEqual(new Set(Object.keys(gaps)));
    for (const c of card.fairness.checks) expect(c.maxGap, `${c.attribute}=${c.group} ${c.metric}`).toBe(gaps[c.metric as keyof typeof gaps]);
    // Every reported group, for the five attributes of the issue, carries its selection rate, true positive rate and calibration.
    for (const attribute of ["sex", "ageBand", "nationality", "householdType", "arrondissement"]) {
      const slices = card.metrics.slices.filter((s) => s.slice === attribute);
      expect(slices.length, attribute).toBeGreaterThan(1);
      for (const s of slices) expect(Object.keys(s.metrics), `${attribute}=${s.group}`).toEqual(expect.arrayContaining(Object.keys(gaps)));
    }
    expect(card.fairness.notGated?.map((g) => `${g.attribute}:${g.metric}`)).toEqual(FAIRNESS_GATE.selectionNotGated.map((a) => `${a}:selectedByTop20`));
    expect(card.fairness.proxies.map((p) => p.attribute)).toEqual(evaluation.proxies.map((p) => p.attribute));
    for (const p of card.fairness.proxies) expect(p.auc).toBeGreaterThan(0.5);
    expect(card.metrics.calibration?.length).toBe(10);
    expect(card.data.features.map((f) => f.name)).toEqual([...NON_TAKE_UP_FEATURES]);
  });

  test("its reference examples encode through the shared feature definition", () => {
    const input = card.examples[0].input as Parameters<typeof nonTakeUpFeatures>[0];
    const row = nonTakeUpFeatures(input);
    expect(row).toHaveLength(NON_TAKE_UP_FEATURES.length);
    expect(row[NON_TAKE_UP_FEATURES.indexOf("monthlyStake")]).toBeCloseTo(input.monthlyStake, 2);
    expect([...row.slice(0, 5)].reduce((a, b) => a + b, 0)).toBe(1);
  });
});
