// Every model of the registry, in build order.
import type { ModelDefinition } from "./definition.ts";
import { heatRiskDefinition } from "./heat/training/definition.ts";
import { nonTakeUpDefinition } from "./rights/training/definition.ts";
import { salePriceDefinition } from "./sales/training/definition.ts";

export const definitions: ModelDefinition[] = [heatRiskDefinition, salePriceDefinition, nonTakeUpDefinition];
