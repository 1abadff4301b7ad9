// The feature definitions of every model, by model id: ONE encoding from a domain input (a person, a
// sale, a household) to the float32 vector the ONNX model takes. Training, the Worker and the browser all
// encode through these (`encodeRows`, one row-major batch), and each model card's reference examples are
// checked through them at the edge and on the device. The keys of `featureDefinitions` are the model ids
// (`ModelId`). Shared code.
import { HEAT_RISK_FEATURE_LABELS, HEAT_RISK_FEATURES, encodeHeatRisk, type HeatExposure, type HeatRiskPerson } from "./heat-risk/features.ts";
import { NON_TAKE_UP_FEATURE_LABELS, NON_TAKE_UP_FEATURES, encodeNonTakeUp, type NonTakeUpInput } from "./non-take-up/features.ts";
import { SALE_FEATURE_LABELS, SALE_FEATURE_NAMES, encodeSale, type SaleFeatureContext } from "./sale-price/features.ts";
import type { Sale } from "../domain/sales/sale.ts";
import { createMatrix, type Matrix } from "./lib/matrix.ts";

export interface FeatureDefinition<Input, Context, Name extends string = string> {
  /** Feature names, in the order of the model's input columns. */
  names: readonly Name[];
  /** What each feature means, in French and English (model card, explanations). */
  labels: Record<Name, { fr: string; en: string }>;
  /** Writes the features of `input` into `out` at row `row` (row-major, `names.length` values per row). The
   * context is the model version's feature context (models/artifacts/<id>/<version>/context.json), or null. */
  encodeInto(input: Input, context: Context, out: Float32Array, row: number): void;
}

export interface HeatRiskInput {
  person: HeatRiskPerson;
  exposure: HeatExposure;
}

export const featureDefinitions = {
  "heat-risk": {
    names: HEAT_RISK_FEATURES,
    labels: HEAT_RISK_FEATURE_LABELS,
    encodeInto: (input, _context, out, row) => encodeHeatRisk(input.person, input.exposure, out, row),
  } satisfies FeatureDefinition<HeatRiskInput, null, (typeof HEAT_RISK_FEATURES)[number]>,
  "sale-price": {
    names: SALE_FEATURE_NAMES,
    labels: SALE_FEATURE_LABELS,
    encodeInto: (sale, context, out, row) => encodeSale(sale, context, out, row),
  } satisfies FeatureDefinition<Sale, SaleFeatureContext, (typeof SALE_FEATURE_NAMES)[number]>,
  "non-take-up": {
    names: NON_TAKE_UP_FEATURES,
    labels: NON_TAKE_UP_FEATURE_LABELS,
    encodeInto: (input, _context, out, row) => encodeNonTakeUp(input, out, row),
  } satisfies FeatureDefinition<NonTakeUpInput, null, (typeof NON_TAKE_UP_FEATURES)[number]>,
};

/** The id of a model of the registry: the key that names a model everywhere (manifest, cards, runtime). */
export type ModelId = keyof typeof featureDefinitions;
export type FeatureContext<Id extends ModelId> = Parameters<(typeof featureDefinitions)[Id]["encodeInto"]>[1];

export function featureDefinition<Id extends ModelId>(id: Id): (typeof featureDefinitions)[Id] {
  const definition = featureDefinitions[id];
  if (!definition) throw new Error(`no feature definition for model ${id}`);
  return definition;
}

/** The definition of any model, for code that treats every model alike (the build, the cards' reference
 * examples, which are JSON): its input and context are not typed. */
export const anyFeatureDefinition = (id: ModelId) => featureDefinition(id) as FeatureDefinition<never, never> as FeatureDefinition<unknown, unknown>;

/** Encodes a batch: one row-major Float32Array, `definition.names.length` values per input. */
export function encodeRows<Input, Context>(definition: FeatureDefinition<Input, Context>, inputs: readonly Input[], context: Context): Float32Array {
  const out = new Float32Array(inputs.length * definition.names.length);
  for (let row = 0; row < inputs.length; row++) definition.encodeInto(inputs[row], context, out, row);
  return out;
}

/** The same batch as a learner's feature matrix (training and evaluation). */
export function encodeMatrix<Input, Context>(definition: FeatureDefinition<Input, Context>, inputs: readonly Input[], context: Context): Matrix {
  return createMatrix(encodeRows(definition, inputs, context), inputs.length, definition.names);
}
