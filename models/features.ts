// The feature definitions of every model, by model id: ONE encoding from a domain input (a person, a
// sale, a household) to the float32 vector the ONNX model takes. Training, the Worker and the browser all
// encode through these, and each model card's reference examples are checked through them at the edge
// and on the device. Shared code.
import { COLD_RISK_FEATURES, coldRiskFeatures, type ColdExposure, type ColdRiskPerson } from "./cold-risk/features.ts";
import { HEAT_RISK_FEATURES, heatRiskFeatures, type HeatExposure, type HeatRiskPerson } from "./heat-risk/features.ts";
import { NON_TAKE_UP_FEATURES, nonTakeUpFeatures, type NonTakeUpInput } from "./non-take-up/features.ts";
import { SALE_FEATURE_NAMES, saleFeatures, type SaleFeatureContext } from "./sale-price/features.ts";
import type { Sale } from "../domain/sales/sale.ts";

export interface FeatureDefinition<Input = unknown, Context = unknown> {
  names: readonly string[];
  /** Whether encoding needs the model version's feature context (models/artifacts/<id>/<version>/context.json). */
  needsContext: boolean;
  encode(input: Input, context: Context): Float32Array;
}

export interface HeatRiskInput {
  person: HeatRiskPerson;
  exposure: HeatExposure;
}

export interface ColdRiskInput {
  person: ColdRiskPerson;
  exposure: ColdExposure;
}

export const featureDefinitions = {
  "heat-risk": {
    names: HEAT_RISK_FEATURES,
    needsContext: false,
    encode: (input: HeatRiskInput) => heatRiskFeatures(input.person, input.exposure),
  } satisfies FeatureDefinition<HeatRiskInput>,
  "cold-risk": {
    names: COLD_RISK_FEATURES,
    needsContext: false,
    encode: (input: ColdRiskInput) => coldRiskFeatures(input.person, input.exposure),
  } satisfies FeatureDefinition<ColdRiskInput>,
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
} as const;

export type ModelId = keyof typeof featureDefinitions;

export function featureDefinition(id: string): FeatureDefinition {
  const definition = (featureDefinitions as Record<string, FeatureDefinition<never, never>>)[id];
  if (!definition) throw new Error(`no feature definition for model ${id}`);
  return definition as unknown as FeatureDefinition;
}
