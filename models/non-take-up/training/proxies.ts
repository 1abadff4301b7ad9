// The proxy check of the non-take-up model: how well the model's inputs, taken together for a household,
// predict each protected attribute. A gradient-boosted classifier (it finds non-linear combinations too) is
// fitted on half of the ranked households and its AUC measured on the other half: 0.5 means the inputs say nothing of the attribute, 1 that they reveal it.
// Node-only (training).
import { fitGbdt } from "../../lib/gbdt.ts";
import { predictGbdt } from "../../lib/gbdt-model.ts";
import { createMatrix, selectRows, selectValues } from "../../lib/matrix.ts";
import { auc } from "../../lib/metrics.ts";
import { createRng } from "../../lib/rng.ts";
import { NON_TAKE_UP_FEATURES } from "../features.ts";
import { MODEL_BENEFITS } from "../../../domain/rights/outreach/stakes.ts";
import type { RightUnit } from "./outcomes.ts";
import type { SyntheticHousehold } from "./population.ts";

/** Household-level inputs: the household columns of the model's features, and the stake of each right. */
const HOUSEHOLD_COLUMNS = NON_TAKE_UP_FEATURES.filter((f) => !f.startsWith("benefit") && f !== "monthlyStake");
const PROXY_FEATURES = [...HOUSEHOLD_COLUMNS, ...MODEL_BENEFITS.map((b) => `stake_${b}`)];

export const PROTECTED_TARGETS: Record<string, (s: SyntheticHousehold) => boolean | null> = {
  "sex (woman, one-adult households)": (s) => (s.household.adults.length === 1 ? s.attributes.sex === "female" : null),
  "nationality (non-EU)": (s) => s.attributes.nationality === "nonEu",
  disability: (s) => s.attributes.disability,
  "origin (immigrant)": (s) => s.attributes.immigrant,
};

export interface ProxyResult {
  attribute: string;
  auc: number;
  households: number;
}

export function proxyCheck(households: readonly SyntheticHousehold[], units: readonly RightUnit[], features: { data: Float32Array }, seed: number): ProxyResult[] {
  const width = NON_TAKE_UP_FEATURES.length;
  const rows = new Map<number, Float32Array>();
  units.forEach((u, i) => {
    let row = rows.get(u.household);
    if (!row) {
      row = new Float32Array(PROXY_FEATURES.length);
      HOUSEHOLD_COLUMNS.forEach((name, j) => (row![j] = features.data[i * width + NON_TAKE_UP_FEATURES.indexOf(name)]));
      rows.set(u.household, row);
    }
    row[HOUSEHOLD_COLUMNS.length + MODEL_BENEFITS.indexOf(u.input.benefit)] = u.input.monthlyStake;
  });
  return Object.entries(PROTECTED_TARGETS).map(([attribute, target]) => {
    const kept = [...rows.keys()].filter((h) => target(households[h]) !== null);
    const data = new Float32Array(kept.length * PROXY_FEATURES.length);
    kept.forEach((h, r) => data.set(rows.get(h)!, r * PROXY_FEATURES.length));
    const x = createMatrix(data, kept.length, PROXY_FEATURES);
    const y = Float64Array.from(kept, (h) => (target(households[h]) ? 1 : 0));
    const order = createRng(seed).shuffle(Int32Array.from(kept, (_, i) => i));
    const half = Math.floor(kept.length / 2);
    const train = order.subarray(0, half);
    const fitted = fitGbdt(selectRows(x, train), selectValues(y, train), { objective: "logistic", nTrees: 100, learningRate: 0.1, maxLeaves: 15, minSamplesLeaf: 100, seed });
    const test = order.subarray(half);
    return { attribute, auc: auc(predictGbdt(fitted, selectRows(x, test)), selectValues(y, test)), households: kept.length };
  });
}
