// What each model's training pipeline hands to the build (models/build.ts): the ONNX bytes, the feature
// context, the card without its artifact section, and reference inputs whose outputs the build records.
import type { ModelCard } from "./cards/schema.ts";
import type { ModelEntry } from "./manifest.ts";

export interface TrainedModel {
  onnx: Uint8Array;
  /** Lookup tables the features need at inference (JSON), or null. */
  context: unknown;
  /** The trained trees as JSON (models/lib/gbdt-model.ts) for per-result TreeSHAP explanations, or null. */
  explainer: unknown;
  trainingSeed: number;
  card: Omit<ModelCard, "schemaVersion" | "id" | "version" | "artifact" | "examples">;
  /** Domain inputs (as the feature definition takes them) kept as reference examples in the card. */
  exampleInputs: unknown[];
}

export interface ModelDefinition {
  id: string;
  version: string;
  task: ModelEntry["task"];
  runsOn: ModelEntry["runsOn"];
  /** The output heads' classes, for multiclass and token classifiers. */
  heads?: ModelEntry["heads"];
  train(): Promise<TrainedModel> | TrainedModel;
}
