// The feature definitions of every model, by model id: ONE encoding from a domain input (a person, a
// sale, a household) to the float32 vector the ONNX model takes. Training, the Worker and the browser all
// encode through these, and each model card's reference examples are checked through them at the edge
// and on the device. Shared code.
import { HEAT_RISK_FEATURES, heatRiskFeatures, type HeatExposure, type HeatRiskPerson } from "./heat-risk/features.ts";
import { NON_TAKE_UP_FEATURES, nonTakeUpFeatures, type NonTakeUpInput } from "./non-take-up/features.ts";
import { SALE_FEATURE_NAMES, saleFeatures, type SaleFeatureContext } from "./sale-price/features.ts";
import { ROUTING_FEATURES, routingFeatures } from "./request-routing/features.ts";
import { TAGGER_FEATURES, taggerFeatures, type TaggerContext } from "./pii-tagger/features.ts";
import type { Sale } from "../domain/sales/sale.ts";

export interface FeatureDefinition<Input = unknown, Context = unknown> {
  names: readonly string[];
  /** Whether encoding needs the model version's feature context (models/artifacts/<id>/<version>/context.json). */
  needsContext: boolean;
  /** One row, or one row per token for a token tagger (then `rows.length` is a multiple of names.length). */
  encode(input: Input, context: Context): Float32Array;
}

export interface HeatRiskInput {
  person: HeatRiskPerson;
  exposure: HeatExposure;
}

export const featureDefinitions = {
  "heat-risk": {
    names: HEAT_RISK_FEATURES,
    needsContext: false,
    encode: (input: HeatRiskInput) => heatRiskFeatures(input.person, input.exposure),
  } satisfies FeatureDefinition<HeatRiskInput>,
  "sale-price": {
    names: SALE_FEATURE_NAMES,
    needsContext: true,
    encode: (sale: Sale, context: SaleFeatureContext) => saleFeatures(sale, context),
  } satisfies FeatureDefinition<Sale, SaleFeatureContext>,
  "non-take-up": {
    names: NON_TAKE_UP_FEATURES,
    needsContext: false,
    encode: (input: NonTakeUpInput) => nonTakeUpFeatures(input),
  } satisfies FeatureDefinition<NonTakeUpInput>,
  "request-routing": {
    names: ROUTING_FEATURES,
    needsContext: false,
    encode: (text: string) => routingFeatures(text),
  } satisfies FeatureDefinition<string>,
  "pii-tagger": {
    names: TAGGER_FEATURES,
    needsContext: true,
    encode: (text: string, context: TaggerContext) => taggerFeatures(text, context).rows,
  } satisfies FeatureDefinition<string, TaggerContext>,
} as const;

export type ModelId = keyof typeof featureDefinitions;

export function featureDefinition(id: string): FeatureDefinition {
  const definition = (featureDefinitions as Record<string, FeatureDefinition<never, never>>)[id];
  if (!definition) throw new Error(`no feature definition for model ${id}`);
  return definition as unknown as FeatureDefinition;
}
