// OpenFisca-France's parameters (@leximpact/socio-fiscal-openfisca-json) are AGPL: a development-only test oracle.
// No shipped code (domain, models, Worker, web app, infra) may import it, and it stays out of the production
// dependencies, so it is never bundled into the Worker or the PWA.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const ROOT = new URL("../../../", import.meta.url).pathname;
const ORACLE = "@leximpact/socio-fiscal-openfisca-json";
const SHIPPED = ["domain", "models", "workers", "web", "infra"];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "artifacts" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|cjs|json)$/.test(name)) out.push(path);
  }
  return out;
}

test("the OpenFisca oracle is a development dependency only", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string>>;
  expect(pkg.dependencies[ORACLE]).toBeUndefined();
  expect(pkg.devDependencies[ORACLE]).toMatch(/^\d+\.\d+\.\d+$/);
});

test("no shipped code imports the OpenFisca oracle", () => {
  const files = SHIPPED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(100);
  const importing = files.filter((file) => readFileSync(file, "utf8").includes(ORACLE)).map((f) => f.slice(ROOT.length));
  expect(importing).toEqual([]);
});
