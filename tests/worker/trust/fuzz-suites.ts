// The two fuzzing suites (harness: ./fuzz.ts), each split over several test files: Vitest runs the tests of a
// file one after the other in one worker, and each operation takes about a minute of fuzzing, so one file per
// suite would leave the other cores idle. A suite's shards are the files named `fuzz-<suite>-<n>.test.ts`
// (their count read from the folder); each operation is fuzzed in exactly one of them.
/// <reference types="vite/client" />
import { expect, test } from "vitest";
import paris14 from "../../../infra/seed/data/sales/geodvf_75114_2020H1.csv?raw";
import { fuzzOperation, RUNS_PER_OPERATION } from "./fuzz";
import { label, operations, type Operation } from "./openapi";
import { seedOf } from "./seed";

const SHARD_FILES = {
  bodies: Object.keys(import.meta.glob("./fuzz-bodies-*.test.ts")),
  parameters: Object.keys(import.meta.glob("./fuzz-parameters-*.test.ts")),
};

function inShard(ops: Operation[], suite: keyof typeof SHARD_FILES, shard: number): Operation[] {
  const shards = SHARD_FILES[suite].length;
  if (shard < 1 || shard > shards) throw new RangeError(`fuzz-${suite}: shard ${shard} of ${shards} files`);
  return ops.filter((_, i) => i % shards === shard - 1);
}

/**
 * Every operation that takes a JSON or CSV body: at least 1,000 malformed or hostile requests each, no 500,
 * every refusal in the standard error body, and no row, R2 object or event written by a refused request.
 */
export async function fuzzBodies(shard: number) {
  const withBody = (await operations()).filter((op) => op.bodyTypes.length > 0);
  if (shard === 1) {
    test("there are JSON and CSV endpoints to fuzz", () => {
      expect(withBody.some((op) => op.bodyTypes.includes("application/json"))).toBe(true);
      expect(withBody.some((op) => op.bodyTypes.includes("text/csv"))).toBe(true);
    });
  }
  for (const op of inShard(withBody, "bodies", shard)) {
    test(`fuzz ${label(op)} (${op.bodyTypes.join(", ")})`, async () => {
      const report = await fuzzOperation(op, paris14, seedOf(label(op)));
      expect(report.runs).toBeGreaterThanOrEqual(RUNS_PER_OPERATION);
      const refusedByContent = Object.entries(report.statuses).filter(([s]) => ![401, 403, 429].includes(Number(s))).reduce((n, [, c]) => n + c, 0);
      expect(refusedByContent, `${label(op)}: requests that reached validation ${JSON.stringify(report.statuses)}`).toBeGreaterThan(RUNS_PER_OPERATION / 2);
    }, 300_000);
  }
}

const htmlOnly = (op: Operation) => {
  const ok = op.responses["200"] as { content?: Record<string, unknown> } | undefined;
  return Object.keys(ok?.content ?? {}).every((type) => type === "text/html");
};

/**
 * Every JSON operation without a body (the HTML reference page is left out): at least 1,000 hostile path,
 * query and header values each, no 500, every refusal in the standard error body, and no row or event written
 * by a refused request.
 */
export async function fuzzParameters(shard: number) {
  const withoutBody = (await operations()).filter((op) => op.bodyTypes.length === 0 && !htmlOnly(op));
  for (const op of inShard(withoutBody, "parameters", shard)) {
    test(`fuzz ${label(op)}`, async () => {
      const report = await fuzzOperation(op, paris14, seedOf(label(op)));
      expect(report.runs).toBeGreaterThanOrEqual(RUNS_PER_OPERATION);
    }, 300_000);
  }
}
