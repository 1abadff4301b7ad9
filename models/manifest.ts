// The model registry's types: what `npm run models:build` writes to models/artifacts/manifest.json for each
// model version, and what the Worker and the browser read from it.
import type { ModelId } from "./features.ts";

export interface ModelEntry {
  /** Stable id, e.g. "sale-price". */
  id: ModelId;
  /** Semantic version of the trained artifact. */
  version: string;
  /** The version served when none is asked for. */
  current: boolean;
  task: "regression" | "binary-classification";
  /** ONNX input name (float32 [N, features.length]) and output name (float32 [N, 1]). */
  input: string;
  output: string;
  /** Feature names, in input order (from the shared feature definition). */
  features: string[];
  /** Where the model may run: at the edge, on the device, or both. */
  runsOn: ("edge" | "device")[];
  sha256: string;
  bytes: number;
  /** Paths relative to models/artifacts/. */
  file: string;
  card: string;
  /** Feature context (lookup tables learnt with the model), when the features need one. */
  context: string | null;
  /** The model's trees as JSON, for TreeSHAP explanations of individual results, when it has trees. */
  explainer: string | null;
}

export interface Manifest {
  generatedBy: string;
  models: ModelEntry[];
}

/** The key of a model version in the artifact tables and the runtime's session cache: "id@version". */
export const modelKey = (id: string, version: string) => `${id}@${version}`;
