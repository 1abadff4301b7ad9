// Sales benchmark (`npm run bench`): one full year of Paris sales — the 2024 rows of the Paris extract,
// rewritten as a plain geo-dvf file — imported and scored through the real pipeline of a local `wrangler dev`
// (upload checked whole and cut into chunks in R2, one queue event per chunk, edge scoring, cases, audit),
// timed from the POST until the import is completed; prints sales per second. Then the expected-price model's
// rows per second in onnxruntime-web inside workerd against onnxruntime-node native (one thread), on the
// feature rows of real 2024 sales, at batch 1 and 1,024, in the same run (goal: at least 0.25 of native).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { startLocalStack } from "../infra/scripts/lib/local-stack";
import { encodeRows, featureDefinition } from "../models/features";
import type { Manifest } from "../models/manifest";
import { loadSales, PARIS_DVF_FILE as PARIS_FILE } from "../models/sale-price/training/load-sales";
import { scopeIssues } from "../domain/sales/triage";
import { signAgentToken } from "../workers/src/platform/auth";
import { fmt } from "./stats";
import { edgePredict, edgeRowsPerSecond, nativeRowsPerSecond } from "./throughput";

const artifacts = new URL("../models/artifacts/", import.meta.url);
const YEAR = "2024";

interface ImportView {
  id: string;
  status: string;
  chunksTotal: number;
  rowsRead: number;
  salesImported: number;
  salesScored: number;
  casesOpened: number;
  linesRejected: number;
}

/** The header and the rows of one year, as a plain geo-dvf file in a temporary folder. */
function yearFile(dir: string): { path: string; rows: number; bytes: number } {
  const lines = gunzipSync(readFileSync(PARIS_FILE)).toString("utf8").split("\n");
  const rows = lines.slice(1).filter((line) => line.split(",", 2)[1]?.startsWith(`${YEAR}-`));
  const text = `${[lines[0], ...rows].join("\n")}\n`;
  const path = join(dir, `geodvf_paris_${YEAR}.csv`);
  writeFileSync(path, text);
  return { path, rows: rows.length, bytes: Buffer.byteLength(text) };
}

async function importYear(baseUrl: string, token: string, path: string) {
  const headers = { Authorization: `Bearer ${token}` };
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/v1/sales/imports?fileName=paris-${YEAR}.csv`, { method: "POST", headers: { ...headers, "Content-Type": "text/csv" }, body: readFileSync(path) });
  if (res.status !== 202) throw new Error(`import refused: ${res.status} ${await res.text()}`);
  const accepted = performance.now();
  let view = (await res.json()) as ImportView;
  while (view.status !== "completed") {
    await new Promise((resolve) => setTimeout(resolve, 100));
    view = (await (await fetch(`${baseUrl}/api/v1/sales/imports/${view.id}?limit=1`, { headers })).json()) as ImportView;
  }
  const done = performance.now();
  return { view, uploadSeconds: (accepted - started) / 1000, totalSeconds: (done - started) / 1000 };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "recoque-sales-bench-"));
  const stack = await startLocalStack();
  try {
    const file = yearFile(dir);
    const taxAgent = await signAgentToken({ id: "bench", roles: ["tax-agent"] }, stack.jwtSecret);
    const { view, uploadSeconds, totalSeconds } = await importYear(stack.baseUrl, taxAgent, file.path);
    console.log(`\n## Import and scoring of the ${YEAR} Paris sales through the queue (local wrangler dev)\n`);
    console.log(`| rows | MB | chunks | sales imported | priced at the edge | cases opened | lines rejected | upload + whole-file check s | total s | sales/s |`);
    console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    console.log(
      `| ${view.rowsRead} | ${fmt(file.bytes / 1e6, 1)} | ${view.chunksTotal} | ${view.salesImported} | ${view.salesScored} | ${view.casesOpened} | ${view.linesRejected} | ${fmt(uploadSeconds)} | ${fmt(totalSeconds)} | ${fmt(view.salesImported / totalSeconds, 0)} |`,
    );

    const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
    const entry = manifest.models.find((m) => m.id === "sale-price" && m.current)!;
    const context = JSON.parse(readFileSync(new URL(entry.context!, artifacts), "utf8"));
    const sales = (await loadSales(pathToFileURL(file.path), { departement: "75" })).filter((s) => scopeIssues(s).length === 0);
    const rows = sales.slice(0, 1024).map((sale) => Array.from(encodeRows(featureDefinition("sale-price"), [sale], context)));
    const predict = edgePredict(stack.baseUrl, await signAgentToken({ id: "bench", roles: ["ops"] }, stack.jwtSecret));
    console.log(`\n## ${entry.id}@${entry.version} on real ${YEAR} feature rows: onnxruntime-web in workerd vs onnxruntime-node native (one thread each)\n`);
    console.log("| batch | runs per request | workerd rows/s | native rows/s | ratio workerd/native (goal ≥ 0.25) |");
    console.log("|---:|---:|---:|---:|---:|");
    for (const batch of [1, 1024]) {
      const sample = rows.slice(0, batch);
      const repeat = batch === 1 ? 100 : 20;
      const workerd = await edgeRowsPerSecond(predict, entry, sample, repeat, batch === 1 ? 30 : 10);
      const native = await nativeRowsPerSecond(entry, sample);
      console.log(`| ${batch} | ${repeat} | ${fmt(workerd, 0)} | ${fmt(native, 0)} | ${fmt(workerd / native, 3)} |`);
    }
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
