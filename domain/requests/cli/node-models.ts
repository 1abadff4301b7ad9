// The shipped request models (models/artifacts) opened in Node through the one model runtime
// (models/runtime/model-runtime.ts) with onnxruntime-web's wasm build, the runtime the Worker uses,
// single-threaded like the Worker, each file's SHA-256 checked against the manifest. For the evaluation
// commands, tests and benchmarks. Node only.
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-web/wasm";
import manifest from "../../../models/artifacts/manifest.json" with { type: "json" };
import type { Manifest, ModelEntry } from "../../../models/manifest.ts";
import { createModelRuntime } from "../../../models/runtime/model-runtime.ts";

ort.env.wasm.numThreads = 1;

const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const file = (path: string) => readFileSync(new URL(path, artifacts));

export const nodeModels = createModelRuntime({
  manifest: manifest as Manifest,
  ort: () => ort,
  files: {
    model: (entry: ModelEntry) => new Uint8Array(file(entry.file)).buffer,
    context: (entry: ModelEntry) => JSON.parse(file(entry.context!).toString("utf8")),
  },
});

export async function openRequestModels() {
  const [tagger, routing] = await Promise.all([nodeModels.load("pii-tagger"), nodeModels.load("request-routing")]);
  return { runTagger: tagger.run, taggerContext: tagger.context, runRouting: routing.run };
}
