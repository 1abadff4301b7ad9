// Platform benchmark (`npm run bench`), on a local `wrangler dev`:
// - every model of the registry at batch 1 and 1,024: onnxruntime-web in workerd (bench/throughput.ts: per
//   run, and per request with the HTTP round trip) against onnxruntime-node native, one thread like the wasm
//   build, in this process on the same file and batch (goals: per run ≥ 0.3 at batch 1, ≥ 0.5 at 1,024);
// - one scoring request (POST predict, one row) against a bare JSON route (GET /ping) in the same Worker,
//   interleaved so load changes hit both alike, warm p50 and p99 (goals: ratio ≤ 1.3 at p50, ≤ 2 at p99), and
//   a POST of the same body to an unknown route (what carrying a POST body costs, without scoring);
// - the first scoring request after the Worker starts (goal: ≤ 200 ms; the Worker opens its models as it
//   starts), and the bare request after it.
import { readFileSync } from "node:fs";
import { startLocalStack } from "../infra/scripts/lib/local-stack";
import type { Manifest, ModelEntry } from "../models/manifest";
import { signAgentToken } from "../workers/src/platform/auth";
import { fmt, percentile } from "./stats";
import { edgePredict, edgeThroughput, nativeRowsPerSecond } from "./throughput";

const artifacts = new URL("../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const GOALS = { runBatch1: 0.3, runBatch1024: 0.5, p50: 1.3, p99: 2, coldMs: 200 };

function randomRows(entry: ModelEntry, batch: number, seed = 7): number[][] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: batch }, () => entry.features.map(() => Math.round(next() * 1000) / 100));
}

const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main() {
  const stack = await startLocalStack();
  try {
    const token = await signAgentToken({ id: "bench", roles: ["ops"] }, stack.jwtSecret);
    const predict = edgePredict(stack.baseUrl, token);
    const ping = () => fetch(`${stack.baseUrl}/api/v1/ping`).then((r) => r.json());
    const first = manifest.models.find((m) => m.runsOn.includes("edge"))!;
    const coldRows = randomRows(first, 1);
    const coldMs = await timed(() => predict(first, coldRows));
    const pingAfterMs = await timed(ping);

    console.log("\n## Model throughput: onnxruntime-web in workerd vs onnxruntime-node native (one thread each)\n");
    console.log("Per run: the time of a request running the batch R times over the same request running it once, per extra run");
    console.log("(the model in workerd, without the HTTP and JSON work of the request, which the latency table measures).\n");
    console.log("| model | batch | R | workerd rows/s per run | native rows/s | ratio per run (goal) | workerd rows/s per request | ratio per request |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
    const misses: string[] = [];
    for (const entry of manifest.models.filter((m) => m.current)) {
      for (const batch of [1, 1024]) {
        const rows = randomRows(entry, batch);
        const repeat = 100;
        const edge = await edgeThroughput(predict, entry, rows, repeat, batch === 1 ? 20 : 10);
        const native = await nativeRowsPerSecond(entry, rows);
        const goal = batch === 1 ? GOALS.runBatch1 : GOALS.runBatch1024;
        const ratio = edge.perRun / native;
        if (!(ratio >= goal)) misses.push(`${entry.id} at batch ${batch}${Number.isNaN(ratio) ? " (not resolved: the runs' time is lost in the requests' noise)" : ""}`);
        console.log(
          `| ${entry.id}@${entry.version} | ${batch} | ${repeat} | ${fmt(edge.perRun, 0)} | ${fmt(native, 0)} | ${fmt(ratio, 3)} (≥ ${goal}) | ${fmt(edge.perRequest, 0)} | ${fmt(edge.perRequest / native, 3)} |`,
        );
      }
    }
    console.log(`\nGoal workerd/native per run: ${misses.length ? `NOT met for ${misses.join(", ")}` : "met for every model"}.`);

    console.log("\n## Latency of one scoring request vs a bare JSON route (same wrangler dev, warm, interleaved)\n");
    const score = () => predict(first, coldRows);
    // The same POST, body and token to a route that does not exist: what carrying a POST body costs (in
    // `wrangler dev`, a proxy in Node before workerd) with no scoring, for reading the ratio.
    const postBody = JSON.stringify({ rows: coldRows });
    const post404 = () => fetch(`${stack.baseUrl}/api/v1/no-such-route`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: postBody }).then((r) => r.json());
    const pings: number[] = [];
    const scores: number[] = [];
    const posts: number[] = [];
    for (let i = 0; i < 450; i++) {
      const [p, s, q] = [await timed(ping), await timed(score), await timed(post404)];
      if (i >= 50) pings.push(p), scores.push(s), posts.push(q);
    }
    const p50 = percentile(scores, 50) / percentile(pings, 50);
    const p99 = percentile(scores, 99) / percentile(pings, 99);
    console.log("| route | p50 ms | p99 ms |\n|---|---:|---:|");
    console.log(`| GET /api/v1/ping (bare JSON) | ${fmt(percentile(pings, 50))} | ${fmt(percentile(pings, 99))} |`);
    console.log(`| POST predict ${first.id}, 1 row | ${fmt(percentile(scores, 50))} | ${fmt(percentile(scores, 99))} |`);
    console.log(`| POST of the same body to an unknown route (404, no scoring) | ${fmt(percentile(posts, 50))} | ${fmt(percentile(posts, 99))} |`);
    console.log(`| ratio scoring/bare (goal ≤ ${GOALS.p50} / ≤ ${GOALS.p99}) | ${fmt(p50)} ${verdict(p50 <= GOALS.p50)} | ${fmt(p99)} ${verdict(p99 <= GOALS.p99)} |`);
    console.log(`\nCold start: first scoring request after the Worker started ${fmt(coldMs, 0)} ms (goal ≤ ${GOALS.coldMs} ms: ${verdict(coldMs <= GOALS.coldMs)});`);
    console.log(`the next bare request took ${fmt(pingAfterMs)} ms.`);
  } finally {
    await stack.stop();
  }
}

await main();
