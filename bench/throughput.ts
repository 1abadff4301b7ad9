// Rows per second of a registry model in the two runtimes the benchmarks compare: onnxruntime-web inside
// workerd, timed from outside the Worker (performance.now is coarse inside workerd) through POST
// /models/:id/:version/predict, each request running its batch `repeat` times so the HTTP round trip is
// amortised; and onnxruntime-node native, one thread like the wasm build, in this process.
import { readFileSync } from "node:fs";
import * as ortNode from "onnxruntime-node";
import type { ModelEntry } from "../models/manifest";
import { timeEach } from "./stats";

const artifacts = new URL("../models/artifacts/", import.meta.url);

export type Predict = (entry: ModelEntry, rows: number[][], repeat?: number) => Promise<unknown>;

/** Runs a model version at the edge on feature rows (role ops). */
export function edgePredict(baseUrl: string, token: string): Predict {
  return (entry, rows, repeat = 1) =>
    fetch(`${baseUrl}/api/v1/models/${entry.id}/${entry.version}/predict`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ rows: rows.map((row) => row.map((v) => (Number.isFinite(v) ? v : null))), repeat }),
    }).then(async (r) => {
      if (!r.ok) throw new Error(`predict ${entry.id}: ${r.status} ${await r.text()}`);
      return r.json();
    });
}

export async function edgeRowsPerSecond(predict: Predict, entry: ModelEntry, rows: number[][], repeat: number, requests: number): Promise<number> {
  await predict(entry, rows, repeat);
  const times = await timeEach(requests, () => predict(entry, rows, repeat));
  return (rows.length * repeat * times.length) / (times.reduce((a, b) => a + b, 0) / 1000);
}

export async function nativeRowsPerSecond(entry: ModelEntry, rows: number[][], seconds = 1.5): Promise<number> {
  const session = await ortNode.InferenceSession.create(readFileSync(new URL(entry.file, artifacts)), { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const width = entry.features.length;
  const tensor = new ortNode.Tensor("float32", Float32Array.from(rows.flat().map((v) => (Number.isFinite(v) ? v : Number.NaN))), [rows.length, width]);
  for (let i = 0; i < 20; i++) await session.run({ [entry.input]: tensor });
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    await session.run({ [entry.input]: tensor });
    runs++;
  }
  return (runs * rows.length) / ((performance.now() - start) / 1000);
}
