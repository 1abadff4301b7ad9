// Sales benchmark (`npm run bench`): one full year of Paris sales — the 2024 rows of the Paris extract,
// rewritten as a plain geo-dvf file — imported and scored through the real pipeline of a local `wrangler dev`
// (upload checked whole and cut into chunks in R2, one queue event per chunk, edge scoring, cases, audit),
// timed from the POST until the import is completed; then a file ten times that year (each row copied ten
// times under new sale ids and lot numbers, sent gzipped) through the same queue: sales per second for each,
// their ratio, and the peak memory of the Worker's runtime (workerd RSS, see process-memory.ts) against its
// idle figure. docs/scaling.md reads these figures. The import is followed as the console does, one status
// request at a time; the slowest answer is reported, and one unanswered within 120 s fails the run (status
// requests used to be held for minutes, until the import had long finished).
// Then the expected-price model's rows per second in onnxruntime-web inside workerd against onnxruntime-node
// native (one thread), on the feature rows of real 2024 sales, at batch 1 and 1,024, in the same run (goal: at
// least 0.25 of native).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { parseCsv } from "../domain/csv/reader";
import { csvCell } from "../domain/csv/cell";
import { GEODVF_COLUMNS } from "../domain/sales/geodvf-row";
import { startLocalStack } from "../infra/scripts/lib/local-stack";
import { encodeRows, featureDefinition } from "../models/features";
import type { Manifest } from "../models/manifest";
import { loadSales, PARIS_DVF_FILE as PARIS_FILE } from "../models/sale-price/training/load-sales";
import { scopeIssues } from "../domain/sales/triage";
import { signAgentToken } from "../workers/src/platform/auth";
import { samplePeakRss, workerRss } from "./process-memory";
import { fmt } from "./stats";
import { edgePredict, edgeRowsPerSecond, nativeRowsPerSecond } from "./throughput";

const artifacts = new URL("../models/artifacts/", import.meta.url);
const YEAR = "2024";
const COPIES = 10;
/** Far above a chunk's handling even on a loaded machine, far below the minutes a status request used to be held. */
const STATUS_TIMEOUT_MS = 120_000;

interface ImportView {
  id: string;
  status: string;
  stall: unknown;
  chunksTotal: number;
  rowsRead: number;
  salesImported: number;
  salesScored: number;
  casesOpened: number;
  linesRejected: number;
}

/** The header and the data lines of one year of the Paris extract. */
function yearLines(): { header: string; rows: string[] } {
  const lines = gunzipSync(readFileSync(PARIS_FILE)).toString("utf8").split("\n");
  return { header: lines[0], rows: lines.slice(1).filter((line) => line.split(",", 2)[1]?.startsWith(`${YEAR}-`)) };
}

const ID = GEODVF_COLUMNS.indexOf("id_mutation");
const LOT = GEODVF_COLUMNS.indexOf("lot1_numero");

/** Every row `copies` times, copy k under the sale id `<id>r<k>` and lot number `<lot>r<k>`: new sales, new flats. */
function replicated(rows: string[], copies: number): string[] {
  const records = parseCsv(rows.join("\n"));
  const out: string[] = [];
  for (let k = 0; k < copies; k++) {
    for (const { cells } of records) {
      const copy = [...cells!];
      copy[ID] = `${copy[ID]}r${k}`;
      if (copy[LOT] !== "") copy[LOT] = `${copy[LOT]}r${k}`;
      out.push(copy.map(csvCell).join(","));
    }
  }
  return out;
}

function writeFile(dir: string, name: string, header: string, rows: string[], gzip: boolean): { path: string; rows: number; textBytes: number } {
  const text = `${[header, ...rows].join("\n")}\n`;
  const path = join(dir, name);
  writeFileSync(path, gzip ? gzipSync(text) : text);
  return { path, rows: rows.length, textBytes: Buffer.byteLength(text) };
}

async function status(baseUrl: string, headers: Record<string, string>, id: string): Promise<ImportView> {
  try {
    const res = await fetch(`${baseUrl}/api/v1/sales/imports/${id}?limit=1`, { headers, signal: AbortSignal.timeout(STATUS_TIMEOUT_MS) });
    return (await res.json()) as ImportView;
  } catch (error) {
    throw new Error(`the status of import ${id} got no answer within ${STATUS_TIMEOUT_MS / 1000} s (${String(error)})`);
  }
}

async function importFile(baseUrl: string, token: string, file: { path: string }, name: string) {
  const headers = { Authorization: `Bearer ${token}` };
  const memory = samplePeakRss();
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/v1/sales/imports?fileName=${name}`, { method: "POST", headers: { ...headers, "Content-Type": "application/octet-stream" }, body: readFileSync(file.path) });
  if (res.status !== 202) throw new Error(`import refused: ${res.status} ${await res.text()}`);
  const accepted = performance.now();
  let view = (await res.json()) as ImportView;
  let slowestStatus = 0;
  while (view.status !== "completed") {
    if (view.status === "stalled") throw new Error(`import ${view.id} stalled: ${JSON.stringify(view.stall)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const asked = performance.now();
    view = await status(baseUrl, headers, view.id);
    slowestStatus = Math.max(slowestStatus, (performance.now() - asked) / 1000);
  }
  const done = performance.now();
  return { view, uploadSeconds: (accepted - started) / 1000, totalSeconds: (done - started) / 1000, slowestStatus, peakRss: memory.stop() };
}

/** Size of the local D1 database file (SQLite: sales, cases, audit entries, indexes), in bytes. */
function d1Bytes(persistDir: string): number {
  const dir = join(persistDir, "v3/d1/miniflare-D1DatabaseObject");
  return readdirSync(dir).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite").reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

const mb = (bytes: number | null) => (bytes === null ? "n/a" : fmt(bytes / 2 ** 20, 0));

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "recoque-sales-bench-"));
  const stack = await startLocalStack();
  try {
    const year = yearLines();
    const file = writeFile(dir, `geodvf_paris_${YEAR}.csv`, year.header, year.rows, false);
    const big = writeFile(dir, `geodvf_paris_${YEAR}_x${COPIES}.csv.gz`, year.header, replicated(year.rows, COPIES), true);
    const taxAgent = await signAgentToken({ id: "bench", roles: ["tax-agent"] }, stack.jwtSecret);
    const idleRss = workerRss();
    const runs = [
      { label: `${YEAR} (one year)`, file, ...(await importFile(stack.baseUrl, taxAgent, file, `paris-${YEAR}.csv`)) },
      { label: `${YEAR} × ${COPIES} (gzip)`, file: big, ...(await importFile(stack.baseUrl, taxAgent, big, `paris-${YEAR}-x${COPIES}.csv.gz`)) },
    ];
    console.log(`\n## Import and scoring of Paris sales through the queue (local wrangler dev)\n`);
    console.log(`Worker runtime memory (workerd RSS, isolate + local D1/R2) at start: ${mb(idleRss)} MiB.\n`);
    console.log(`| file | rows | text MB | chunks | sales imported | priced at the edge | cases opened | lines rejected | upload + whole-file check s | total s | sales/s | slowest status answer s | peak workerd RSS MiB |`);
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const run of runs) {
      const { view } = run;
      console.log(
        `| ${run.label} | ${view.rowsRead} | ${fmt(run.file.textBytes / 1e6, 1)} | ${view.chunksTotal} | ${view.salesImported} | ${view.salesScored} | ${view.casesOpened} | ${view.linesRejected} | ${fmt(run.uploadSeconds)} | ${fmt(run.totalSeconds)} | ${fmt(view.salesImported / run.totalSeconds, 0)} | ${fmt(run.slowestStatus)} | ${mb(run.peakRss)} |`,
      );
    }
    const salesStored = runs.reduce((n, run) => n + run.view.salesImported, 0);
    const bytes = d1Bytes(stack.persistDir);
    console.log(`\nD1 database after both imports: ${mb(bytes)} MiB for ${salesStored} sales, ${fmt(bytes / salesStored, 0)} bytes per sale (rows, cases, audit entries and indexes).`);
    const rate = (run: (typeof runs)[number]) => run.view.salesImported / run.totalSeconds;
    console.log(`\nSales per second, ten years' file / one year's: ${fmt(rate(runs[1]) / rate(runs[0]), 2)} (1.00: the queue keeps its pace as files grow).`);

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
