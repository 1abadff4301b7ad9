// Trains the non-take-up model: a synthetic Paris population (population.ts), the rights the rules find
// claimable for each household, who does not claim them drawn from the calibrated generating model
// (outcomes.ts), then a gradient-boosted classifier on the features of features.ts (ASPA rights weighted up),
// with early stopping on households held out, exported to ONNX.
// Run: npx tsx models/non-take-up/training/train.ts [households] [seed]
import { pathToFileURL } from "node:url";
import { fitGbdt } from "../../lib/gbdt.ts";
import type { GbdtModel } from "../../lib/gbdt-model.ts";
import { createMatrix, selectRows, selectValues, type Matrix } from "../../lib/matrix.ts";
import { gbdtToOnnx } from "../../lib/onnx.ts";
import { createRng } from "../../lib/rng.ts";
import { encodeNonTakeUp, NON_TAKE_UP_FEATURES, NON_TAKE_UP_WIDTH } from "../features.ts";
import {
  drawNonTakeUp,
  fitGeneratingModel,
  householdEffects,
  populationRights,
  probabilities,
  type GeneratingModel,
  type RightUnit,
} from "./outcomes.ts";
import { generatePopulation, type SyntheticHousehold } from "./population.ts";

/** The rules are applied on this date: the 2025 amounts (RSA of 1 April 2025) for the whole population. */
export const RULES_DATE = "2025-06-01";
const VALIDATION_SHARE = 0.2;
/**
 * Weight of an ASPA right in the training loss. ASPA rights are about 3 % of the rows, and the DREES rates by
 * 100 € band of the amount due are the most detailed figures the model must reproduce: at weight 1 the trees
 * spend few splits on them and flatten the gradient (about 2-3 points too close to the mean at both ends). The
 * rates by right stay calibrated (tests/node/rights/non-take-up.test.ts).
 */
export const ASPA_TRAINING_WEIGHT = 4;

export const GBDT_OPTIONS = {
  objective: "logistic",
  nTrees: 400,
  learningRate: 0.05,
  maxLeaves: 15,
  minSamplesLeaf: 200,
  l2: 1,
  earlyStoppingRounds: 30,
  /** More at stake, less non-take-up (DREES: the lower the expected amount, the higher the non-take-up). */
  monotone: NON_TAKE_UP_FEATURES.map((name) => (name === "monthlyStake" ? -1 : 0)),
} as const;

/** A population with its claimable rights, who does not claim them, and their generating probabilities. */
export interface LabelledPopulation {
  households: SyntheticHousehold[];
  units: RightUnit[];
  features: Matrix;
  /** 1 = the right is not claimed. */
  labels: Uint8Array;
  generating: Float64Array;
  uncertain: Uint8Array;
}

export function encodeUnits(units: readonly RightUnit[]): Matrix {
  const data = new Float32Array(units.length * NON_TAKE_UP_WIDTH);
  units.forEach((u, i) => encodeNonTakeUp(u.input, data, i));
  return createMatrix(data, units.length, NON_TAKE_UP_FEATURES);
}

/** Draws a population and labels it with a generating model (fitted on it when none is given). */
export function labelledPopulation(
  { seed, n, balancedArrondissements = false }: { seed: number; n: number; balancedArrondissements?: boolean },
  generatingModel?: GeneratingModel,
): LabelledPopulation & { generatingModel: GeneratingModel } {
  const households = generatePopulation({ seed, n, balancedArrondissements });
  const { units, uncertain } = populationRights(households, RULES_DATE);
  const effects = householdEffects(households.length, seed + 1);
  const model = generatingModel ?? fitGeneratingModel(units, households, effects);
  const generating = probabilities(model, units, households, effects);
  return { households, units, features: encodeUnits(units), labels: drawNonTakeUp(generating, seed + 2), generating, uncertain, generatingModel: model };
}

export interface NonTakeUpTraining {
  model: GbdtModel;
  onnx: Uint8Array;
  population: LabelledPopulation;
  generatingModel: GeneratingModel;
  trainRows: number;
  validationRows: number;
}

export function trainNonTakeUp({ seed, n }: { seed: number; n: number }): NonTakeUpTraining {
  const population = labelledPopulation({ seed, n });
  const heldOut = new Set(createRng(seed + 3).sampleIndices(n, Math.round(n * VALIDATION_SHARE)));
  const train: number[] = [];
  const validation: number[] = [];
  population.units.forEach((u, i) => (heldOut.has(u.household) ? validation : train).push(i));
  const x = population.features;
  const y = population.labels;
  const weights = (rows: number[]) => Float64Array.from(rows, (i) => (population.units[i].input.benefit === "aspa" ? ASPA_TRAINING_WEIGHT : 1));
  const model = fitGbdt(selectRows(x, train), selectValues(y, train), {
    ...GBDT_OPTIONS,
    monotone: [...GBDT_OPTIONS.monotone],
    sampleWeights: weights(train),
    validation: { x: selectRows(x, validation), y: selectValues(y, validation), sampleWeights: weights(validation) },
    seed,
  });
  const onnx = gbdtToOnnx(model, {
    docString:
      "Recoque non-take-up model: probability that a household does not claim a right the rules find claimable (synthetic Paris population calibrated to DREES non-take-up rates, see models/non-take-up/training/POPULATION.md).",
    metadata: { training_seed: String(seed), training_households: String(n), rules_date: RULES_DATE },
  });
  return { model, onnx, population, generatingModel: population.generatingModel, trainRows: train.length, validationRows: validation.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 600_000);
  const seed = Number(process.argv[3] ?? 2025);
  const started = Date.now();
  const t = trainNonTakeUp({ seed, n });
  console.log(
    `${n} households, ${t.population.units.length} claimable rights (train ${t.trainRows}, validation ${t.validationRows}), ` +
      `${t.model.trees.length} trees, ONNX ${t.onnx.length} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
