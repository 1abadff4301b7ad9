// Speed of the learners library on a DVF-sized synthetic regression (55k rows x 25 features):
// GBDT training time and throughput, then prediction throughput of the TypeScript predict against
// onnxruntime-node (native) and onnxruntime-web (wasm, one thread), and TreeSHAP time per row.
// Run: npx tsx bench/learners.ts [nTrees=500] [maxLeaves=63] [objective=squared]
import * as ortNode from "onnxruntime-node";
import * as ortWeb from "onnxruntime-web/wasm";
import { fitGbdt } from "../models/lib/gbdt.ts";
import { predictGbdt } from "../models/lib/gbdt-model.ts";
import { zerosMatrix, type Matrix } from "../models/lib/matrix.ts";
import { gbdtToOnnx, VALUE_OUTPUT } from "../models/lib/onnx.ts";
import type { ObjectiveName } from "../models/lib/objectives.ts";
import { createRng } from "../models/lib/rng.ts";
import { shapValues } from "../models/lib/shap.ts";

const N_ROWS = 55_000;
const N_FEATURES = 25;
const nTrees = Number(process.argv[2] ?? 500);
const maxLeaves = Number(process.argv[3] ?? 63);
const objective = (process.argv[4] ?? "squared") as ObjectiveName;

function syntheticPrices(n: number, seed: number): { x: Matrix; y: Float64Array } {
  const rng = createRng(seed);
  const x = zerosMatrix(n, Array.from({ length: N_FEATURES }, (_, i) => `f${i}`));
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const row = x.data.subarray(r * N_FEATURES, (r + 1) * N_FEATURES);
    for (let c = 0; c < N_FEATURES; c++) row[c] = c % 5 === 4 ? rng.int(20) : rng.normal();
    y[r] = 9 + 0.3 * Math.sin(row[0]) + 0.2 * row[1] * row[2] + 0.05 * row[4] + 0.1 * Math.abs(row[3])
      + rng.normal(0, 0.15);
    if (rng.next() < 0.05) row[5] = NaN;
  }
  return { x, y };
}

function seconds(start: number): number {
  return (performance.now() - start) / 1000;
}

const train = syntheticPrices(N_ROWS, 1);
const probe = syntheticPrices(N_ROWS, 2).x;

let start = performance.now();
const cpuStart = process.cpuUsage();
const model = fitGbdt(train.x, train.y, { objective, nTrees, maxLeaves, learningRate: 0.05, minSamplesLeaf: 20 });
const trainSeconds = seconds(start);
const cpuSeconds = process.cpuUsage(cpuStart).user / 1e6;
console.log(`GBDT training (${objective}): ${N_ROWS} rows x ${N_FEATURES} features, ${nTrees} trees of ${maxLeaves} leaves`);
console.log(`  ${trainSeconds.toFixed(1)} s wall (${cpuSeconds.toFixed(1)} s CPU), `
  + `${(trainSeconds * 1000 / nTrees).toFixed(1)} ms per tree, `
  + `${Math.round((N_ROWS * nTrees) / trainSeconds).toLocaleString("en")} row-trees/s`);

const bytes = gbdtToOnnx(model);
console.log(`ONNX file: ${(bytes.length / 1e6).toFixed(2)} MB`);

start = performance.now();
const tsOut = predictGbdt(model, probe);
const tsSeconds = seconds(start);

ortWeb.env.wasm.numThreads = 1;
const runtimes = [
  { name: "onnxruntime-node", session: await ortNode.InferenceSession.create(bytes, { intraOpNumThreads: 1 }),
    tensor: (m: Matrix) => new ortNode.Tensor("float32", m.data, [m.nRows, m.nCols]) },
  { name: "onnxruntime-web", session: await ortWeb.InferenceSession.create(bytes),
    tensor: (m: Matrix) => new ortWeb.Tensor("float32", m.data, [m.nRows, m.nCols]) },
];
console.log(`Prediction of ${N_ROWS} rows (one thread):`);
console.log(`  TypeScript predictGbdt  ${(tsSeconds * 1000).toFixed(0)} ms, `
  + `${Math.round(N_ROWS / tsSeconds).toLocaleString("en")} rows/s`);
for (const { name, session, tensor } of runtimes) {
  start = performance.now();
  const out = (await session.run({ features: tensor(probe) }))[VALUE_OUTPUT].data as Float32Array;
  const runSeconds = seconds(start);
  let worst = 0;
  for (let i = 0; i < N_ROWS; i++) worst = Math.max(worst, Math.abs(out[i] - tsOut[i]) / Math.max(1, Math.abs(tsOut[i])));
  console.log(`  ${name.padEnd(22)} ${(runSeconds * 1000).toFixed(0)} ms, `
    + `${Math.round(N_ROWS / runSeconds).toLocaleString("en")} rows/s (max relative gap to TypeScript ${worst.toExponential(1)})`);
  const single = zerosMatrix(1, probe.featureNames);
  single.data.set(probe.data.subarray(0, N_FEATURES));
  start = performance.now();
  for (let i = 0; i < 200; i++) await session.run({ features: tensor(single) });
  console.log(`  ${name.padEnd(22)} batch of 1: ${(seconds(start) * 1000 / 200).toFixed(3)} ms per call`);
}

start = performance.now();
for (let r = 0; r < 50; r++) shapValues(model, probe.data.subarray(r * N_FEATURES, (r + 1) * N_FEATURES));
console.log(`TreeSHAP: ${(seconds(start) * 1000 / 50).toFixed(1)} ms per row (${nTrees} trees)`);
