// The command line prints the same JSON as the engine for an example household, and fails on bad input.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { parseHousehold, simulate } from "../../../domain/rights/simulate.ts";

const cli = fileURLToPath(new URL("../../../domain/rights/cli/simulate.ts", import.meta.url));
const example = fileURLToPath(new URL("../../../domain/rights/examples/retired-70-pension-600.json", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));

test("prints the simulation as JSON, with texts when asked", () => {
  const out = JSON.parse(execFileSync(tsx, [cli, example, "--date", "2025-06-01", "--lang", "en"], { encoding: "utf8" }));
  const expected = simulate(parseHousehold(JSON.parse(readFileSync(example, "utf8"))), { date: "2025-06-01" });
  expect(out.date).toBe("2025-06-01");
  expect(out.results.map((r: { monthlyAmount: number | null }) => r.monthlyAmount)).toEqual(
    expected.results.map((r) => r.monthlyAmount),
  );
  expect(out.results[0].name).toMatch(/RSA/);
});

test("exits with an error naming the field on an invalid household", () => {
  const dir = mkdtempSync(join(tmpdir(), "rights-cli-"));
  const file = join(dir, "household.json");
  const valid = JSON.parse(readFileSync(example, "utf8"));
  writeFileSync(file, JSON.stringify({ ...valid, arrondissement: 21 }));
  try {
    const run = spawnSync(tsx, [cli, file, "--date", "2025-06-01"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/arrondissement/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
