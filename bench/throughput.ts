// Rows per second of a registry model in the two runtimes the benchmarks compare: onnxruntime-web inside
// workerd, timed from outside the Worker (performance.now is coarse inside workerd) through POST
// /models/:id/:version/predict; and onnxruntime-node native, one thread like the wasm build, in this process.
// At the edge two figures: per request (the batch run `repeat` times in each request, HTTP round trip and
// JSON included), and per run (the time a request with `repeat` runs takes over the same request with one run,
// divided by the extra runs: what the model costs in workerd, without the HTTP and JSON work that the latency
// benchmark measures against a bare route).
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

export interface EdgeThroughput {
  /** Rows per second of whole requests of `repeat` runs each (mean). */
  perRequest: number;
  /** Rows per second of the runs alone: fastest request of `repeat` runs minus fastest of one run; NaN when
   * that difference is lost in the noise (not above zero), so the figure is not resolved in this run. */
  perRun: number;
}

/** Both edge figures from interleaved pairs of requests (one run, `repeat` runs), so load changes hit both alike. */
export async function edgeThroughput(predict: Predict, entry: ModelEntry, rows: number[][], repeat: number, pairs: number): Promise<EdgeThroughput> {
  for (let i = 0; i < 3; i++) await predict(entry, rows, repeat);
  const single: number[] = [];
  const repeated: number[] = [];
  for (let i = 0; i < pairs; i++) {
    single.push(...(await timeEach(1, () => predict(entry, rows, 1))));
    repeated.push(...(await timeEach(1, () => predict(entry, rows, repeat))));
  }
  const runMs = (Math.min(...repeated) - Math.min(...single)) / (repeat - 1);
  const meanRequestMs = repeated.reduce((a, b) => a + b, 0) / repeated.length;
  return { perRequest: (rows.length * repeat) / (meanRequestMs / 1000), perRun: runMs > 0 ? rows.length / (runMs / 1000) : Number.NaN };
}

/** Native rows per second: the fastest of `windows` windows of `seconds / windows` each, after a warm-up. */
export async function nativeRowsPerSecond(entry: ModelEntry, rows: number[][], seconds = 1.5, windows = 5): Promise<number> {
  const session = await ortNode.InferenceSession.create(readFileSync(new URL(entry.file, artifacts)), { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const width = entry.features.length;
  const tensor = new ortNode.Tensor("float32", Float32Array.from(rows.flat().map((v) => (Number.isFinite(v) ? v : Number.NaN))), [rows.length, width]);
  for (let i = 0; i < 20; i++) await session.run({ [entry.input]: tensor });
  let best = 0;
  for (let w = 0; w < windows; w++) {
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < (seconds * 1000) / windows) {
      await session.run({ [entry.input]: tensor });
      runs++;
    }
    best = Math.max(best, (runs * rows.length) / ((performance.now() - start) / 1000));
  }
  await session.release();
  return best;
}
