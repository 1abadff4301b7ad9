// geo-dvf parsing speed, this checkout against the parser as it was before the shared CSV reader (domain/csv)
// came in, measured in the same run on the real Paris extract (67,292 rows, ../shared/data/dvf): the whole
// file through `parseGeoDvf` (what training and the benchmarks load), the upload's cut into chunks
// (`SaleChunker`), and the queue consumer's parse of every chunk (workers/src/sales/chunks.ts). Also the same
// file with every street name quoted, which takes the readers' slower path. Runs alternate between the two
// parsers; the best and the median times are printed with their ratios this/reference (above 1: slower; the
// best is the steadier figure on a busy machine).
// Usage: npx tsx bench/dvf-parsing.ts [--reference <git commit>] [--runs N]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { dvfText, PARIS_2023_2025H1 } from "../tests/node/sales/fixtures";
import { fmt, percentile } from "./stats";

type GeoDvf = typeof import("../domain/sales/geodvf");

const root = fileURLToPath(new URL("..", import.meta.url));
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();

/** The parent of the commit that added the shared CSV reader, unless a reference is given. */
function referenceCommit(given: string | undefined): string {
  if (given) return git("rev-parse", given);
  const added = git("log", "--diff-filter=A", "--format=%H", "--", "domain/csv/reader.ts").split("\n").pop();
  if (!added) throw new Error("domain/csv/reader.ts has no history here (shallow clone?): give --reference <commit>");
  return git("rev-parse", `${added}^`);
}

const { values } = parseArgs({ options: { reference: { type: "string" }, runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);
// A Worker module, imported by its path so that the Node type check needs no Worker `Env`.
const settings = "../workers/src/sales/settings";
const { CHUNK_BYTES } = (await import(settings)) as { CHUNK_BYTES: number };
const commit = referenceCommit(values.reference);
const dir = mkdtempSync(join(tmpdir(), "recoque-dvf-parsing-"));
try {
  execFileSync("sh", ["-c", `git archive ${commit} domain | tar -x -C ${dir}`], { cwd: root });
  const reference: GeoDvf = await import(pathToFileURL(join(dir, "domain/sales/geodvf.ts")).href);
  const current: GeoDvf = await import("../domain/sales/geodvf");

  const text = dvfText(PARIS_2023_2025H1);
  const headerEnd = text.indexOf("\n") + 1;
  const quoted = text.slice(0, headerEnd) + text.slice(headerEnd).replace(/^((?:[^,\n]*,){7})([^,\n]*),/gm, '$1"$2",');
  const options = { departement: "75", minDate: "2023-01-01", maxDate: "2025-06-30" };
  const cut = (p: GeoDvf, t: string) => {
    const chunker = new p.SaleChunker(CHUNK_BYTES);
    return [...chunker.push(t), ...chunker.end()];
  };
  const chunks = cut(current, text);
  const tasks: { name: string; run: (p: GeoDvf) => number }[] = [
    { name: "whole file, parseGeoDvf", run: (p) => p.parseGeoDvf(text, options).sales.length },
    { name: "upload: cut into chunks", run: (p) => cut(p, text).length },
    { name: `consumer: parse the ${chunks.length} chunks`, run: (p) => chunks.reduce((n, c) => n + p.parseGeoDvf(c.text, { ...options, firstDataLine: c.firstDataLine }).sales.length, 0) },
    { name: "whole file, every street quoted", run: (p) => p.parseGeoDvf(quoted, options).sales.length },
  ];

  console.log(`\n## geo-dvf parsing, ${text.split("\n").length - 2} rows (${fmt(text.length / 1e6, 1)} MB): this checkout vs ${commit.slice(0, 10)} (before domain/csv), ${runs} runs each\n`);
  console.log("| task | reference ms, best / median | this checkout ms, best / median | ratio of the best | ratio of the medians |");
  console.log("|---|---:|---:|---:|---:|");
  for (const task of tasks) {
    const times = { reference: [] as number[], current: [] as number[] };
    let counts = { reference: 0, current: 0 };
    for (let i = 0; i < runs; i++) {
      for (const [name, parser] of [["reference", reference], ["current", current]] as const) {
        const start = performance.now();
        counts = { ...counts, [name]: task.run(parser) };
        times[name].push(performance.now() - start);
      }
    }
    if (counts.reference !== counts.current) throw new Error(`${task.name}: ${counts.current} results, the reference gives ${counts.reference}`);
    const [bestA, bestB] = [Math.min(...times.reference), Math.min(...times.current)];
    const [a, b] = [percentile(times.reference, 50), percentile(times.current, 50)];
    console.log(`| ${task.name} | ${fmt(bestA, 0)} / ${fmt(a, 0)} | ${fmt(bestB, 0)} / ${fmt(b, 0)} | ${fmt(bestB / bestA)} | ${fmt(b / a)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
