// The production dependency tree, checked offline (the advisory check itself, `npm audit --omit=dev`, needs the
// registry's audit endpoint: infra/scripts/audit-dependencies.ts). Every production dependency is pinned to
// an exact version, and the lock file records an integrity hash for every package that ships (and, when it
// records where a package came from, it is the npm registry).
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(new URL("../../../package-lock.json", import.meta.url), "utf8")) as {
  packages: Record<string, { version?: string; resolved?: string; integrity?: string; dev?: boolean; devOptional?: boolean }>;
};

test("production dependencies are pinned to exact versions, as locked", () => {
  for (const [name, range] of Object.entries(pkg.dependencies)) {
    expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
  }
});

test("every package that ships has an integrity hash in the lock file, from the npm registry", () => {
  const shipped = Object.entries(lock.packages).filter(([path, p]) => path && !p.dev && !p.devOptional);
  expect(shipped.length).toBeGreaterThanOrEqual(Object.keys(pkg.dependencies).length);
  for (const [path, p] of shipped) {
    expect(p.integrity, path).toMatch(/^sha512-/);
    if (p.resolved) expect(p.resolved, path).toMatch(/^https:\/\/registry\.npmjs\.org\//);
  }
});
