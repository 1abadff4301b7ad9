// `npm run models:build`: trains every model (deterministic, seeded), exports ONNX, records each card's
// reference outputs with onnxruntime-node, validates the cards, and writes models/artifacts/ (files,
// manifest.json, index.ts). `--check` rebuilds in memory and fails if the committed artifacts differ.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as ort from "onnxruntime-node";
import { writeArtifactsIndex } from "./artifacts/write-index.ts";
import { modelCardSchema, type ModelCard } from "./cards/schema.ts";
import type { ModelDefinition } from "./model-definition.ts";
import { featureDefinition } from "./features.ts";
import { definitions } from "./all-models.ts";
import type { Manifest, ModelEntry } from "./manifest.ts";

const artifactsDir = fileURLToPath(new URL("./artifacts/", import.meta.url));
const INPUT = "features";

export interface BuiltModel {
  entry: ModelEntry;
  onnx: Uint8Array;
  card: ModelCard;
  context: unknown;
  explainer: unknown;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The model's outputs for each example (an example may encode to several rows: one per token). */
async function referenceOutputs(onnx: Uint8Array, examples: Float32Array[], width: number, output: string): Promise<number[][]> {
  const session = await ort.InferenceSession.create(onnx);
  const data = new Float32Array(examples.reduce((n, rows) => n + rows.length, 0));
  let offset = 0;
  for (const rows of examples) {
    data.set(rows, offset);
    offset += rows.length;
  }
  const result = await session.run({ [INPUT]: new ort.Tensor("float32", data, [data.length / width, width]) });
  const values = Array.from(result[output].data as Float32Array);
  const perRow = values.length / (data.length / width);
  offset = 0;
  return examples.map((rows) => {
    const n = (rows.length / width) * perRow;
    offset += n;
    return values.slice(offset - n, offset);
  });
}

const OUTPUTS: Record<ModelEntry["task"], string> = {
  regression: "value",
  "binary-classification": "probability",
  "multiclass-classification": "probabilities",
  "token-classification": "probabilities",
};

export async function buildModel(definition: ModelDefinition): Promise<BuiltModel> {
  const trained = await definition.train();
  const features = featureDefinition(definition.id);
  const output = OUTPUTS[definition.task];
  const base = `${definition.id}/${definition.version}`;
  const sha256 = createHash("sha256").update(trained.onnx).digest("hex");
  const rows = trained.exampleInputs.map((input) => features.encode(input, trained.context));
  const outputs = await referenceOutputs(trained.onnx, rows, features.names.length, output);
  const card = modelCardSchema.parse({
    schemaVersion: "1.0",
    id: definition.id,
    version: definition.version,
    ...trained.card,
    artifact: { file: `${base}/model.onnx`, sha256, bytes: trained.onnx.length, input: INPUT, output, trainingSeed: trained.trainingSeed },
    examples: trained.exampleInputs.map((input, i) => ({ input, output: outputs[i].length === 1 ? outputs[i][0] : outputs[i] })),
  });
  const entry: ModelEntry = {
    id: definition.id,
    version: definition.version,
    current: true,
    task: definition.task,
    input: INPUT,
    output,
    ...(definition.heads ? { heads: definition.heads } : {}),
    features: [...features.names],
    runsOn: definition.runsOn,
    sha256,
    bytes: trained.onnx.length,
    file: `${base}/model.onnx`,
    card: `${base}/card.json`,
    context: trained.context === null ? null : `${base}/context.json`,
    explainer: trained.explainer === null ? null : `${base}/explainer.json`,
  };
  return { entry, onnx: trained.onnx, card, context: trained.context, explainer: trained.explainer };
}

function write(models: BuiltModel[]): void {
  for (const m of models) {
    mkdirSync(`${artifactsDir}${m.entry.id}/${m.entry.version}`, { recursive: true });
    writeFileSync(`${artifactsDir}${m.entry.file}`, m.onnx);
    writeFileSync(`${artifactsDir}${m.entry.card}`, json(m.card));
    if (m.entry.context) writeFileSync(`${artifactsDir}${m.entry.context}`, json(m.context));
    if (m.entry.explainer) writeFileSync(`${artifactsDir}${m.entry.explainer}`, JSON.stringify(m.explainer));
  }
  const rebuilt = new Set(models.map((m) => m.entry.id));
  const kept = readManifest().models.filter((entry) => !rebuilt.has(entry.id));
  const order = (id: string) => definitions.findIndex((d) => d.id === id);
  const entries = [...kept, ...models.map((m) => m.entry)].sort((a, b) => order(a.id) - order(b.id));
  const manifest: Manifest = { generatedBy: "npm run models:build", models: entries };
  writeFileSync(`${artifactsDir}manifest.json`, json(manifest));
  writeArtifactsIndex();
}

function readManifest(): Manifest {
  try {
    return JSON.parse(readFileSync(`${artifactsDir}manifest.json`, "utf8")) as Manifest;
  } catch {
    return { generatedBy: "npm run models:build", models: [] };
  }
}

/** Differences between a fresh build and the committed artifacts (empty when they match). */
export function compareWithCommitted(models: BuiltModel[]): string[] {
  const committed = readManifest();
  const problems: string[] = [];
  for (const m of models) {
    const previous = committed.models.find((c) => c.id === m.entry.id && c.version === m.entry.version);
    if (!previous) {
      problems.push(`${m.entry.id}@${m.entry.version} is not in the committed manifest`);
      continue;
    }
    if (previous.sha256 !== m.entry.sha256) problems.push(`${m.entry.id}@${m.entry.version}: ONNX sha256 ${m.entry.sha256} ≠ committed ${previous.sha256}`);
    if (readFileSync(`${artifactsDir}${m.entry.card}`, "utf8") !== json(m.card)) problems.push(`${m.entry.id}@${m.entry.version}: card differs from the committed one`);
    if (m.entry.context && readFileSync(`${artifactsDir}${m.entry.context}`, "utf8") !== json(m.context)) {
      problems.push(`${m.entry.id}@${m.entry.version}: feature context differs from the committed one`);
    }
    if (m.entry.explainer && readFileSync(`${artifactsDir}${m.entry.explainer}`, "utf8") !== JSON.stringify(m.explainer)) {
      problems.push(`${m.entry.id}@${m.entry.version}: explainer trees differ from the committed ones`);
    }
  }
  return problems;
}

export async function buildAll(only?: string[]): Promise<BuiltModel[]> {
  const built: BuiltModel[] = [];
  for (const definition of definitions.filter((d) => !only?.length || only.includes(d.id))) {
    const started = Date.now();
    built.push(await buildModel(definition));
    console.log(`  ${definition.id}@${definition.version} trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const built = await buildAll(only);
  if (check) {
    const problems = compareWithCommitted(built);
    if (problems.length) {
      console.error(`Committed artifacts differ from the toolchain's output:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
      process.exit(1);
    }
    console.log("Committed artifacts match the toolchain's output.");
  } else {
    write(built);
    console.log(`Wrote ${built.length} model(s) to models/artifacts/.`);
  }
}
