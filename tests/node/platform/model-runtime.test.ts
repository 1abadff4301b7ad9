// The shared model runtime (models/runtime/) with onnxruntime-web's wasm build in Node and the committed
// artifacts: it runs a batch to the outputs recorded on the card, opens one session per model version however
// many callers ask at once, refuses bytes whose SHA-256 differs from the manifest and forgets a failed load
// so the next call retries, and rejects an unknown model.
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-web/wasm";
import { expect, test } from "vitest";
import type { ModelCard } from "../../../models/cards/schema";
import { anyFeatureDefinition, encodeRows } from "../../../models/features";
import type { Manifest, ModelEntry } from "../../../models/manifest";
import { createModelRuntime, type ModelFiles } from "../../../models/runtime/model-runtime";

ort.env.wasm.numThreads = 1;
const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const read = (path: string) => readFileSync(new URL(path, artifacts));

function countingFiles() {
  const reads: string[] = [];
  const files: ModelFiles = {
    model: (entry: ModelEntry) => {
      reads.push(entry.id);
      const bytes = read(entry.file);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    context: (entry: ModelEntry) => JSON.parse(read(entry.context!).toString("utf8")),
  };
  return { reads, files };
}

test.each(manifest.models.map((m) => [m.id, m] as const))("%s: a batch of the card's examples gives the recorded outputs", async (_, entry) => {
  const runtime = createModelRuntime({ manifest, ort: () => ort, files: countingFiles().files });
  const model = await runtime.load(entry.id, entry.version);
  expect(model.sha256).toBe(entry.sha256);
  const card = JSON.parse(read(entry.card).toString("utf8")) as ModelCard;
  const outputs = await model.run(encodeRows(anyFeatureDefinition(entry.id), card.examples.map((e) => e.input), model.context));
  expect(outputs).toHaveLength(card.examples.length);
  card.examples.forEach((example, i) => expect(Math.abs(outputs[i] - example.output)).toBeLessThanOrEqual(1e-6));
  await expect(model.run(new Float32Array(entry.features.length + 1))).rejects.toThrow(/not a multiple/);
});

test("one session per model version, even when many callers ask at once", async () => {
  const { reads, files } = countingFiles();
  const runtime = createModelRuntime({ manifest, ort: () => ort, files });
  const [a, b] = await Promise.all([runtime.load("heat-risk"), runtime.load("heat-risk")]);
  expect(a).toBe(b);
  expect(await runtime.load("heat-risk", a.entry.version)).toBe(a);
  expect(reads).toEqual(["heat-risk"]);
});

test("bytes that differ from the manifest are refused, and the failed load is retried on the next call", async () => {
  let tampered = true;
  const { reads, files } = countingFiles();
  const runtime = createModelRuntime({
    manifest,
    ort: () => ort,
    files: {
      ...files,
      model: (entry) => {
        const bytes = files.model(entry) as ArrayBuffer;
        if (tampered) new Uint8Array(bytes)[bytes.byteLength - 1] ^= 1;
        return bytes;
      },
    },
  });
  await expect(runtime.load("heat-risk")).rejects.toThrow(/sha256 [0-9a-f]{64} differs from the manifest/);
  tampered = false;
  expect((await runtime.load("heat-risk")).sha256).toBe(runtime.find("heat-risk")!.sha256);
  expect(reads).toEqual(["heat-risk", "heat-risk"]);
});

test("an unknown model or version is rejected", async () => {
  const runtime = createModelRuntime({ manifest, ort: () => ort, files: countingFiles().files });
  expect(runtime.find("no-such-model")).toBeUndefined();
  await expect(runtime.load("heat-risk", "0.0.0")).rejects.toThrow(/unknown model heat-risk@0.0.0/);
});
