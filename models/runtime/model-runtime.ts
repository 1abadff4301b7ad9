// The one model runtime of the Worker and the browser: finds a model version in the registry manifest, gets
// its ONNX bytes (and its feature context) the way its side can, checks the bytes' SHA-256 against the
// manifest, opens one onnxruntime session per model version (then cached for the isolate's or the page's
// life; a failed load is forgotten so the next call retries) and runs row-major float32 batches. Each side
// hands it its own onnxruntime-web module — workerd's (workers/src/inference/onnx-runtime.ts) or the page's
// lazily loaded `onnxruntime-web/wasm` — and its own files (bundled Data modules at the edge, fetch in the
// page). Shared code: no Node, D1 or DOM import.
import type * as OrtWeb from "onnxruntime-web/wasm";
import { sha256Hex } from "../../domain/sha256.ts";
import type { FeatureContext, ModelId } from "../features.ts";
import { modelKey, type Manifest, type ModelEntry } from "../manifest.ts";

/** The parts of onnxruntime-web the runtime uses. */
export type Ort = Pick<typeof OrtWeb, "InferenceSession" | "Tensor">;

/** Where a side gets a model version's files. */
export interface ModelFiles {
  /** The ONNX bytes. */
  model(entry: ModelEntry): ArrayBuffer | Promise<ArrayBuffer>;
  /** The feature context (asked only of entries whose `context` is not null). */
  context(entry: ModelEntry): unknown;
}

export interface RuntimeOptions {
  manifest: Manifest;
  /** The side's onnxruntime module, asked for on the first load (so the page can import it lazily). */
  ort(): Ort | Promise<Ort>;
  files: ModelFiles;
}

export interface LoadedModel<Id extends ModelId = ModelId> {
  entry: ModelEntry & { id: Id };
  /** The feature context of this version (null for models without one). */
  context: FeatureContext<Id>;
  /** SHA-256 of the bytes the session was opened from (equal to the manifest's). */
  sha256: string;
  loadedAt: string;
  /** Runs the model on `rows` (row-major float32, `entry.features.length` values per row): one output per row. */
  run(rows: Float32Array): Promise<Float32Array>;
}

export interface ModelRuntime {
  manifest: Manifest;
  /** The entry of a model version (the current one when `version` is omitted), or undefined. */
  find(id: string, version?: string): ModelEntry | undefined;
  /** The loaded model version (the current one when `version` is omitted); rejects for an unknown model. */
  load<Id extends ModelId>(id: Id, version?: string): Promise<LoadedModel<Id>>;
}

export function createModelRuntime({ manifest, ort, files }: RuntimeOptions): ModelRuntime {
  const loaded = new Map<string, Promise<LoadedModel>>();

  const find = (id: string, version?: string) => manifest.models.find((m) => m.id === id && (version ? m.version === version : m.current));

  async function open(entry: ModelEntry): Promise<LoadedModel> {
    const key = modelKey(entry.id, entry.version);
    const [runtime, bytes, context] = await Promise.all([ort(), files.model(entry), entry.context ? files.context(entry) : null]);
    const sha256 = await sha256Hex(bytes);
    if (sha256 !== entry.sha256) throw new Error(`model ${key}: sha256 ${sha256} differs from the manifest`);
    const session = await runtime.InferenceSession.create(new Uint8Array(bytes));
    const width = entry.features.length;
    return {
      entry,
      context: context as FeatureContext<ModelId>,
      sha256,
      loadedAt: new Date().toISOString(),
      async run(rows) {
        if (rows.length % width !== 0) throw new Error(`model ${key}: input length ${rows.length} is not a multiple of ${width}`);
        const outputs = await session.run({ [entry.input]: new runtime.Tensor("float32", rows, [rows.length / width, width]) });
        return outputs[entry.output].data as Float32Array;
      },
    };
  }

  function load<Id extends ModelId>(id: Id, version?: string): Promise<LoadedModel<Id>> {
    const entry = find(id, version);
    if (!entry) return Promise.reject(new Error(`unknown model ${id}${version ? `@${version}` : ""}`));
    const key = modelKey(entry.id, entry.version);
    let model = loaded.get(key);
    if (!model) {
      model = open(entry);
      model.catch(() => loaded.delete(key));
      loaded.set(key, model);
    }
    return model as Promise<LoadedModel<Id>>;
  }

  return { manifest, find, load };
}
