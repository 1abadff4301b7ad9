// One folder per run of the Node tests where each model's training result is kept once computed
// (./once-per-run.ts), removed at the end of the run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    trainingCache: string;
  }
}

let folder: string | undefined;

export function setup(project: TestProject) {
  folder = mkdtempSync(join(tmpdir(), "recoque-training-"));
  project.provide("trainingCache", folder);
}

export function teardown() {
  if (folder) rmSync(folder, { recursive: true, force: true });
}
