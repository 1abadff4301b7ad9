// The shipped request models (models/artifacts) opened in Node with onnxruntime-web's wasm build, the
// runtime the Worker uses, single-threaded like the Worker, each file's SHA-256 checked against the
// manifest. For the evaluation commands and benchmarks. Node only.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-web/wasm";
import manifest from "../../../models/artifacts/manifest.json" with { type: "json" };
import type { Manifest } from "../../../models/manifest.ts";
import type { RunModel } from "../../../models/pii-tagger/find.ts";
import type { TaggerContext } from "../../../models/pii-tagger/features.ts";

ort.env.wasm.numThreads = 1;

const artifacts = new URL("../../../models/artifacts/", import.meta.url);

export async function openModel(id: string): Promise<{ run: RunModel; context: unknown }> {
  const entry = (manifest as Manifest).models.find((m) => m.id === id && m.current);
  if (!entry) throw new Error(`model ${id} is not in models/artifacts/manifest.json`);
  const bytes = readFileSync(new URL(entry.file, artifacts));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== entry.sha256) throw new Error(`model ${id}: sha256 ${sha256} differs from the manifest`);
  const session = await ort.InferenceSession.create(bytes);
  const width = entry.features.length;
  const context = entry.context ? JSON.parse(readFileSync(new URL(entry.context, artifacts), "utf8")) : null;
  return {
    context,
    run: async (rows) => {
      const input = new ort.Tensor("float32", rows, [rows.length / width, width]);
      const outputs = await session.run({ [entry.input]: input });
      return outputs[entry.output].data as Float32Array;
    },
  };
}

export async function openRequestModels() {
  const [tagger, routing] = await Promise.all([openModel("pii-tagger"), openModel("request-routing")]);
  return { runTagger: tagger.run, taggerContext: tagger.context as TaggerContext, runRouting: routing.run };
}
