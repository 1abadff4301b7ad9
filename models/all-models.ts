// Every model of the registry, in build order.
import type { ModelDefinition } from "./model-definition.ts";
import { coldRiskDefinition } from "./cold-risk/training/definition.ts";
import { heatRiskDefinition } from "./heat-risk/training/definition.ts";
import { nonTakeUpDefinition } from "./non-take-up/training/definition.ts";
import { salePriceDefinition } from "./sale-price/training/definition.ts";

export const definitions: ModelDefinition[] = [heatRiskDefinition, coldRiskDefinition, salePriceDefinition, nonTakeUpDefinition];
