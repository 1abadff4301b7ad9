// Property-based fuzzing of every JSON operation without a body (from the OpenAPI document; the HTML reference
// page is left out): at least 1,000 hostile path, query and header values each, no 500, every refusal in the
// standard error body, and no row or event written by a refused request (harness: ./fuzz.ts).
import { expect, test } from "vitest";
import paris14 from "../../../infra/seed/data/sales/geodvf_75114_2020H1.csv?raw";
import { fuzzOperation, RUNS_PER_OPERATION } from "./fuzz";
import { label, operations } from "./openapi";
import { seedOf } from "./seed";

const htmlOnly = (op: Awaited<ReturnType<typeof operations>>[number]) => {
  const ok = op.responses["200"] as { content?: Record<string, unknown> } | undefined;
  return Object.keys(ok?.content ?? {}).every((type) => type === "text/html");
};
const withoutBody = (await operations()).filter((op) => op.bodyTypes.length === 0 && !htmlOnly(op));

for (const op of withoutBody) {
  test(`fuzz ${label(op)}`, async () => {
    const report = await fuzzOperation(op, paris14, seedOf(label(op)));
    expect(report.runs).toBeGreaterThanOrEqual(RUNS_PER_OPERATION);
  }, 300_000);
}
