// onnxruntime-web in the browser, loaded lazily (only pages that infer download it) and single-threaded
// (the app is not cross-origin isolated). Models come from the registry: the manifest is built into the
// app, the ONNX file and feature context are fetched once (then served by the service worker's cache),
// and the ONNX file's SHA-256 is checked against the manifest before use (the manifest has none for contexts).
import manifestJson from "../../../models/artifacts/manifest.json";
import type { Manifest, ModelEntry } from "../../../models/manifest";
import wasmUrl from "onnxruntime-web/ort-wasm-simd-threaded.wasm?url";

type Ort = typeof import("onnxruntime-web/wasm");

export const manifest = manifestJson as Manifest;

let ortModule: Promise<Ort> | undefined;

export function loadOrt(): Promise<Ort> {
  ortModule ??= import("onnxruntime-web/wasm").then((ort) => {
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    ort.env.wasm.wasmPaths = { wasm: wasmUrl };
    return ort;
  });
  return ortModule;
}

export interface DeviceModel {
  entry: ModelEntry;
  context: unknown;
  run(rows: Float32Array): Promise<Float32Array>;
}

const sessions = new Map<string, Promise<DeviceModel>>();

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function modelEntry(id: string): ModelEntry {
  const entry = manifest.models.find((m) => m.id === id && m.current);
  if (!entry) throw new Error(`unknown model ${id}`);
  return entry;
}

const modelBase = (entry: ModelEntry) => `/api/v1/models/${entry.id}/${entry.version}`;

/** Every file a model needs on this device: the ORT wasm, the ONNX file and its feature context. */
export function deviceModelFiles(id: string): string[] {
  const entry = modelEntry(id);
  return [wasmUrl, `${modelBase(entry)}/model.onnx`, ...(entry.context ? [`${modelBase(entry)}/context.json`] : [])];
}

async function open(entry: ModelEntry): Promise<DeviceModel> {
  const base = modelBase(entry);
  const [ort, bytes, context] = await Promise.all([
    loadOrt(),
    fetch(`${base}/model.onnx`).then((r) => {
      if (!r.ok) throw new Error(`model ${entry.id}: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
    entry.context
      ? fetch(`${base}/context.json`).then((r) => {
          if (!r.ok) throw new Error(`model ${entry.id} context: HTTP ${r.status}`);
          return r.json() as Promise<unknown>;
        })
      : Promise.resolve(null),
  ]);
  const digest = await sha256Hex(bytes);
  if (digest !== entry.sha256) throw new Error(`model ${entry.id}: sha256 ${digest} differs from the manifest`);
  const session = await ort.InferenceSession.create(new Uint8Array(bytes));
  const width = entry.features.length;
  return {
    entry,
    context,
    async run(rows) {
      const input = new ort.Tensor("float32", rows, [rows.length / width, width]);
      const outputs = await session.run({ [entry.input]: input });
      return outputs[entry.output].data as Float32Array;
    },
  };
}

/** The current version of a model, opened once per page life. */
export function deviceModel(id: string): Promise<DeviceModel> {
  const entry = modelEntry(id);
  let model = sessions.get(entry.id);
  if (!model) {
    model = open(entry);
    model.catch(() => sessions.delete(entry.id));
    sessions.set(entry.id, model);
  }
  return model;
}
