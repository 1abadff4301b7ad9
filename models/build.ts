// `npm run models:build`: trains every model (deterministic, seeded), exports ONNX, records each card's
// reference outputs with onnxruntime-node, writes each card — the model's written card (models/<id>/card.json)
// with its placeholders filled from the model, its facts and its metrics, the features from the feature
// definition, the artifact and the examples — validates the cards, and writes models/artifacts/ (files,
// manifest.json, index.ts). `--check` rebuilds in memory and fails if the committed artifacts differ.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as ort from "onnxruntime-node";
import { writeArtifactsIndex } from "./artifacts/write-index.ts";
import { fillPlaceholders } from "../domain/placeholders.ts";
import { authoredCardSchema, modelCardSchema, type AuthoredCard, type ModelCard } from "./cards/schema.ts";
import type { ModelDefinition, TrainedModel } from "./model-definition.ts";
import { anyFeatureDefinition, encodeRows, type FeatureDefinition } from "./features.ts";
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

async function referenceOutputs(onnx: Uint8Array, rows: Float32Array, width: number, output: string): Promise<number[]> {
  const session = await ort.InferenceSession.create(onnx);
  const result = await session.run({ [INPUT]: new ort.Tensor("float32", rows, [rows.length / width, width]) });
  return Array.from(result[output].data as Float32Array);
}

/** The card's features in input order: each one's meaning from the feature definition, its source from the card. */
function cardFeatures(id: string, features: FeatureDefinition<unknown, unknown>, sources: AuthoredCard["data"]["features"]): ModelCard["data"]["features"] {
  const unknown = Object.keys(sources).filter((name) => !features.names.includes(name));
  const missing = features.names.filter((name) => !(name in sources));
  if (unknown.length || missing.length) throw new Error(`${id} card.json: features without a source ${JSON.stringify(missing)}, unknown features ${JSON.stringify(unknown)}`);
  return features.names.map((name) => ({ name, description: features.labels[name], source: sources[name].source, protected: false as const }));
}

/** The written card with its placeholders filled and validated. */
function authoredCard(definition: ModelDefinition, features: FeatureDefinition<unknown, unknown>, trained: TrainedModel): AuthoredCard {
  const model = { id: definition.id, version: definition.version, runsOn: definition.runsOn, featureCount: features.names.length };
  const filled = fillPlaceholders(definition.card, { model, facts: definition.facts, metrics: trained.metrics });
  const parsed = authoredCardSchema.safeParse(filled);
  if (!parsed.success) throw new Error(`${definition.id} card.json: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

export async function buildModel(definition: ModelDefinition): Promise<BuiltModel> {
  const trained = await definition.train();
  const features = anyFeatureDefinition(definition.id);
  const output = definition.task === "regression" ? "value" : "probability";
  const base = `${definition.id}/${definition.version}`;
  const sha256 = createHash("sha256").update(trained.onnx).digest("hex");
  const rows = encodeRows(features, trained.exampleInputs, trained.context);
  const outputs = await referenceOutputs(trained.onnx, rows, features.names.length, output);
  const authored = authoredCard(definition, features, trained);
  const card = modelCardSchema.parse({
    schemaVersion: "1.0",
    id: definition.id,
    version: definition.version,
    ...authored,
    data: { ...authored.data, features: cardFeatures(definition.id, features, authored.data.features) },
    artifact: { file: `${base}/model.onnx`, sha256, bytes: trained.onnx.length, input: INPUT, output, trainingSeed: trained.trainingSeed },
    examples: trained.exampleInputs.map((input, i) => ({ input, output: outputs[i] })),
  });
  const entry: ModelEntry = {
    id: definition.id,
    version: definition.version,
    current: true,
    task: definition.task,
    input: INPUT,
    output,
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
