// Models on the device: the shared model runtime (models/runtime/) over the manifest built into the app,
// with onnxruntime-web loaded lazily (only pages that infer download it) and single-threaded (the app is not
// cross-origin isolated). The ONNX file and feature context are fetched once (then served by the service
// worker's cache); the runtime checks the ONNX file's SHA-256 against the manifest before use (the manifest
// has none for contexts).
import manifestJson from "../../../models/artifacts/manifest.json";
import type { ModelId } from "../../../models/features";
import type { Manifest, ModelEntry } from "../../../models/manifest";
import { createModelRuntime, type LoadedModel } from "../../../models/runtime/model-runtime";
import wasmUrl from "onnxruntime-web/ort-wasm-simd-threaded.wasm?url";

export const manifest = manifestJson as Manifest;

let ortModule: Promise<typeof import("onnxruntime-web/wasm")> | undefined;

function loadOrt() {
  ortModule ??= import("onnxruntime-web/wasm").then((ort) => {
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    ort.env.wasm.wasmPaths = { wasm: wasmUrl };
    return ort;
  });
  return ortModule;
}

const modelBase = (entry: ModelEntry) => `/api/v1/models/${entry.id}/${entry.version}`;

async function fetched(entry: ModelEntry, file: string): Promise<Response> {
  const response = await fetch(`${modelBase(entry)}/${file}`);
  if (!response.ok) throw new Error(`model ${entry.id} ${file}: HTTP ${response.status}`);
  return response;
}

const deviceModels = createModelRuntime({
  manifest,
  ort: loadOrt,
  files: {
    model: async (entry) => (await fetched(entry, "model.onnx")).arrayBuffer(),
    context: async (entry) => (await fetched(entry, "context.json")).json(),
  },
});

function currentEntry(id: ModelId): ModelEntry {
  const entry = deviceModels.find(id);
  if (!entry) throw new Error(`unknown model ${id}`);
  return entry;
}

/** Every file a model needs on this device: the ORT wasm, the ONNX file and its feature context. */
export function deviceModelFiles(id: ModelId): string[] {
  const entry = currentEntry(id);
  return [wasmUrl, `${modelBase(entry)}/model.onnx`, ...(entry.context ? [`${modelBase(entry)}/context.json`] : [])];
}

/** The current version of a model, opened once per page (or Web Worker) life. */
export const deviceModel = <Id extends ModelId>(id: Id): Promise<LoadedModel<Id>> => deviceModels.load(id);
