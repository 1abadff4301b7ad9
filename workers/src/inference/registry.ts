// Models at the edge: the shared model runtime (models/runtime/) over the registry manifest, the ONNX bytes
// and feature contexts bundled into the Worker (models/artifacts/index.ts, Data modules) and workerd's
// onnxruntime-web. One session per model version for the isolate's life, its file's SHA-256 checked first.
import { contexts, manifest, modelFiles } from "../../../models/artifacts";
import { modelKey, type ModelEntry } from "../../../models/manifest";
import { createModelRuntime } from "../../../models/runtime/model-runtime";
import { ort } from "./onnx-runtime";

export type { LoadedModel } from "../../../models/runtime/model-runtime";

export function modelBytes(entry: ModelEntry): ArrayBuffer {
  const bytes = modelFiles[modelKey(entry.id, entry.version)];
  if (!bytes) throw new Error(`model file ${modelKey(entry.id, entry.version)} is not bundled`);
  return bytes;
}

/** The feature context bundled for a model version (for versions whose manifest entry names one). */
export function bundledContext(entry: Pick<ModelEntry, "id" | "version">): unknown {
  const context = contexts[modelKey(entry.id, entry.version)];
  if (context === undefined) throw new Error(`no feature context for ${modelKey(entry.id, entry.version)}`);
  return context;
}

export const edgeModels = createModelRuntime({ manifest, ort: () => ort, files: { model: modelBytes, context: bundledContext } });
