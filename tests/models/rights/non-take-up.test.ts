// The committed non-take-up model, run with onnxruntime on an evaluation population it has never seen (a seed
// other than the card's): calibrated by right against the drawn outcomes and the DREES rates, and the fairness
// gate — every group's share of non-claimants reached by the top of the list within 5 points of the overall
// share. Also the feature encoding and the card's fairness and proxy sections.
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-node";
import { beforeAll, describe, expect, test } from "vitest";
import { modelCardSchema, type ModelCard } from "../../../models/cards/schema.ts";
import type { Manifest } from "../../../models/registry.ts";
import { NON_TAKE_UP_FEATURES, nonTakeUpFeatures } from "../../../models/rights/features.ts";
import { FAIRNESS_ATTRIBUTES, FAIRNESS_GATE, fairnessChecks } from "../../../models/rights/training/fairness.ts";
import { evaluateNonTakeUp, type NonTakeUpEvaluation } from "../../../models/rights/training/evaluate.ts";
import { TRAINING } from "../../../models/rights/training/definition.ts";
import { labelledPopulation } from "../../../models/rights/training/train.ts";

const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const entry = manifest.models.find((m) => m.id === "non-take-up" && m.current)!;
const card: ModelCard = modelCardSchema.parse(JSON.parse(readFileSync(new URL(entry.card, artifacts), "utf8")));

let evaluation: NonTakeUpEvaluation;

beforeAll(async () => {
  const session = await ort.InferenceSession.create(readFileSync(new URL(entry.file, artifacts)));
  const predict = async (x: { data: Float32Array; nRows: number; nCols: number }) => {
    const out = await session.run({ [entry.input]: new ort.Tensor("float32", x.data, [x.nRows, x.nCols]) });
    return Float64Array.from(out[entry.output].data as Float32Array);
  };
  const { generatingModel } = labelledPopulation({ seed: TRAINING.seed, n: TRAINING.households });
  evaluation = await evaluateNonTakeUp(predict, generatingModel, { seed: 9_001, n: 160_000 });
}, 240_000);

describe("non-take-up model on a fresh evaluation population", () => {
  test("ranks better than chance and predicts each right's non-take-up within 2 points of what is drawn", () => {
    expect(evaluation.metrics.auc).toBeGreaterThan(0.62);
    for (const b of evaluation.byBenefit) {
      expect(Math.abs(b.predicted - b.observed), b.benefit).toBeLessThan(0.02);
      expect(Math.abs(b.observed - b.published), b.benefit).toBeLessThan(0.03);
    }
    for (const row of evaluation.calibration) expect(Math.abs(row.meanPredicted - row.observedRate)).toBeLessThan(0.03);
  });

  test("fairness gate: every group's share of non-claimants reached is within 5 points of the overall share", () => {
    const report = evaluation.coverage.paced;
    const attributes = new Set(report.groups.map((g) => g.attribute));
    expect([...attributes].sort()).toEqual(Object.keys(FAIRNESS_ATTRIBUTES).sort());
    expect(report.groups.filter((g) => g.attribute === "arrondissement")).toHaveLength(20);
    const failed = fairnessChecks(report).filter((c) => !c.passed).map((c) => `${c.attribute}=${c.group}: ${(100 * (c.value - c.reference)).toFixed(1)} points`);
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
    expect(card.fairness.checks.every((c) => c.passed && c.maxGap === FAIRNESS_GATE.maxGap)).toBe(true);
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
