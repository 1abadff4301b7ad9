// Purpose limitation in the code: the sales use case (Worker folder, console page) reads only its own tables
// and imports no other use case's code, and no other use case's code touches the sales tables. (Who may call
// which route is proved route by route in tests/worker/sales/access.test.ts.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const SALES_TABLES = new Set(["sales", "sales_imports", "sales_import_chunks", "sales_import_rejections", "sales_cases"]);
const OTHER_USE_CASES = ["heat", "rights"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Table names after FROM, JOIN, INTO, UPDATE and DELETE FROM in the SQL of a source file. */
function tablesIn(source: string): string[] {
  return [...source.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)\b/g)].map((m) => m[1]).filter((name) => name !== "json_each");
}

test("the sales Worker code queries only the sales tables", () => {
  const files = sources(join(root, "workers/src/sales"));
  expect(files.length).toBeGreaterThan(10);
  const outside = files.flatMap((file) => tablesIn(readFileSync(file, "utf8")).filter((t) => !SALES_TABLES.has(t)).map((t) => `${relative(root, file)}: ${t}`));
  expect(outside).toEqual([]);
});

test("the sales Worker code and console import no other use case's code", () => {
  const files = [...sources(join(root, "workers/src/sales")), ...sources(join(root, "web/src/pages/agent-sales")), ...sources(join(root, "domain/sales"))];
  const imports = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => ({ file: relative(root, file), spec: m[1] })));
  const foreign = imports.filter(({ spec }) => OTHER_USE_CASES.some((uc) => new RegExp(`(^|/)(${uc}|agent-${uc})(/|$)`).test(spec)));
  expect(foreign).toEqual([]);
});

test("the console calls only the sales API and the explanations of sales cases", () => {
  const calls = sources(join(root, "web/src/pages/agent-sales")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/["`](\/api\/v1\/[^"`$?]*)/g)].map((m) => m[1]));
  expect(calls.length).toBeGreaterThan(3);
  expect(calls.filter((path) => !path.startsWith("/api/v1/sales/") && !path.startsWith("/api/v1/explanations/sales-case/"))).toEqual([]);
});

test("no other use case's Worker code touches the sales tables", () => {
  const files = OTHER_USE_CASES.flatMap((uc) => sources(join(root, "workers/src", uc)));
  const touching = files.flatMap((file) => tablesIn(readFileSync(file, "utf8")).filter((t) => SALES_TABLES.has(t)).map((t) => `${relative(root, file)}: ${t}`));
  expect(touching).toEqual([]);
});
