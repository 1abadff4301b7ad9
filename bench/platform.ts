// Platform benchmark (`npm run bench`): every model's rows per second in onnxruntime-web inside workerd
// (timed from outside the Worker — performance.now is coarse inside workerd — through POST
// /models/:id/:version/predict on a local `wrangler dev`, each request running its batch `repeat` times so
// the HTTP round trip is amortised) against onnxruntime-node native, one thread like the wasm build, in
// this process on the same model and batch, at batch 1 and 1,024; then
// the latency of a single scoring request against a bare JSON route (GET /ping) in the same Worker, warm
// p50 and p99, and the cold start of the first scoring request after the Worker starts.
import { readFileSync } from "node:fs";
import { startLocalStack } from "../infra/scripts/lib/local-stack";
import type { Manifest, ModelEntry } from "../models/manifest";
import { signAgentToken } from "../workers/src/platform/auth";
import { fmt, percentile, timeEach } from "./stats";
import { edgePredict, edgeRowsPerSecond, nativeRowsPerSecond } from "./throughput";

const artifacts = new URL("../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;

function randomRows(entry: ModelEntry, batch: number, seed = 7): number[][] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: batch }, () => entry.features.map(() => Math.round(next() * 1000) / 100));
}

async function main() {
  const stack = await startLocalStack();
  try {
    const token = await signAgentToken({ id: "bench", roles: ["ops"] }, stack.jwtSecret);
    const predict = edgePredict(stack.baseUrl, token);
    const first = manifest.models.find((m) => m.runsOn.includes("edge"))!;

    const coldRows = randomRows(first, 1);
    const coldStart = performance.now();
    await predict(first, coldRows);
    const coldMs = performance.now() - coldStart;
    const pingCold = await timeEach(1, () => fetch(`${stack.baseUrl}/api/v1/ping`).then((r) => r.json()));

    console.log("\n## Model throughput: onnxruntime-web in workerd vs onnxruntime-node native (one thread each)\n");
    console.log("| model | batch | runs per request | workerd rows/s | native rows/s | ratio workerd/native |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const entry of manifest.models.filter((m) => m.runsOn.includes("edge"))) {
      for (const batch of [1, 1024]) {
        const rows = randomRows(entry, batch);
        const repeat = batch === 1 ? 100 : 20;
        const workerd = await edgeRowsPerSecond(predict, entry, rows, repeat, batch === 1 ? 30 : 10);
        const native = await nativeRowsPerSecond(entry, rows);
        console.log(`| ${entry.id}@${entry.version} | ${batch} | ${repeat} | ${fmt(workerd, 0)} | ${fmt(native, 0)} | ${fmt(workerd / native, 3)} |`);
      }
    }

    console.log("\n## Latency of one scoring request vs a bare JSON route (same wrangler dev, warm)\n");
    const ping = () => fetch(`${stack.baseUrl}/api/v1/ping`).then((r) => r.json());
    const score = () => predict(first, coldRows);
    await timeEach(50, ping);
    await timeEach(50, score);
    const pings = await timeEach(400, ping);
    const scores = await timeEach(400, score);
    console.log("| route | p50 ms | p99 ms |\n|---|---:|---:|");
    console.log(`| GET /api/v1/ping (bare JSON) | ${fmt(percentile(pings, 50))} | ${fmt(percentile(pings, 99))} |`);
    console.log(`| POST predict ${first.id}, 1 row | ${fmt(percentile(scores, 50))} | ${fmt(percentile(scores, 99))} |`);
    console.log(`| ratio scoring/bare | ${fmt(percentile(scores, 50) / percentile(pings, 50))} | ${fmt(percentile(scores, 99) / percentile(pings, 99))} |`);
    console.log(`\nCold start: first scoring request after the Worker started ${fmt(coldMs, 0)} ms (ORT session created on first use);`);
    console.log(`the next bare request took ${fmt(pingCold[0])} ms.`);
  } finally {
    await stack.stop();
  }
}

await main();
