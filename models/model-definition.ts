// What each model hands to the build (models/build.ts): its written card (models/<id>/card.json) and the
// figures the card quotes from their sources (`facts`), and a training pipeline that returns the ONNX bytes,
// the feature context, the explainer trees, what it measured (`metrics`) and reference inputs whose outputs
// the build records. The build fills the card's placeholders from { model, facts, metrics }
// (domain/placeholders.ts): `model` is { id, version, runsOn, featureCount } (the count from the feature
// definition).
import type { ModelId } from "./features.ts";
import type { ModelEntry } from "./manifest.ts";

export interface TrainedModel {
  onnx: Uint8Array;
  /** Lookup tables the features need at inference (JSON), or null. */
  context: unknown;
  /** The trained trees as JSON (models/lib/gbdt-model.ts) for per-result TreeSHAP explanations, or null. */
  explainer: unknown;
  trainingSeed: number;
  /** What training and evaluation measured (JSON: numbers, lists, flags), as the card's placeholders name it. */
  metrics: Record<string, unknown>;
  /** Domain inputs (as the feature definition takes them) kept as reference examples in the card. */
  exampleInputs: unknown[];
}

export interface ModelDefinition {
  id: ModelId;
  version: string;
  task: ModelEntry["task"];
  runsOn: ModelEntry["runsOn"];
  /** The written card: the JSON of models/<id>/card.json, placeholders unfilled. */
  card: unknown;
  /** Figures the card quotes that are not measured: constants and data files, read where they are defined. */
  facts: Record<string, unknown>;
  train(): Promise<TrainedModel> | TrainedModel;
}
