// Property-based fuzzing of every operation that takes a JSON or CSV body (from the OpenAPI document): at least
// 1,000 malformed or hostile requests each, no 500, every refusal in the standard error body, and no row,
// R2 object or event written by a refused request (harness: ./fuzz.ts).
import { expect, test } from "vitest";
import paris14 from "../../../infra/seed/data/sales/geodvf_75114_2020H1.csv?raw";
import { fuzzOperation, RUNS_PER_OPERATION } from "./fuzz";
import { label, operations } from "./openapi";
import { seedOf } from "./seed";

const withBody = (await operations()).filter((op) => op.bodyTypes.length > 0);

test("there are JSON and CSV endpoints to fuzz", () => {
  expect(withBody.some((op) => op.bodyTypes.includes("application/json"))).toBe(true);
  expect(withBody.some((op) => op.bodyTypes.includes("text/csv"))).toBe(true);
});

for (const op of withBody) {
  test(`fuzz ${label(op)} (${op.bodyTypes.join(", ")})`, async () => {
    const report = await fuzzOperation(op, paris14, seedOf(label(op)));
    expect(report.runs).toBeGreaterThanOrEqual(RUNS_PER_OPERATION);
    const refusedByContent = Object.entries(report.statuses).filter(([s]) => ![401, 403, 429].includes(Number(s))).reduce((n, [, c]) => n + c, 0);
    expect(refusedByContent, `${label(op)}: requests that reached validation ${JSON.stringify(report.statuses)}`).toBeGreaterThan(RUNS_PER_OPERATION / 2);
  }, 300_000);
}
