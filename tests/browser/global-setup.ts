// Starts one local stack for the browser tests (PWA build, fresh local D1, `wrangler dev`) and hands its
// URL and JWT secret to the tests.
import type { TestProject } from "vitest/node";
import { startLocalStack, type LocalStack } from "../../infra/scripts/lib/local-stack";
import { chromiumPath } from "../../infra/scripts/lib/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    jwtSecret: string;
    persistDir: string;
  }
}

let stack: LocalStack | undefined;

export async function setup(project: TestProject) {
  chromiumPath();
  stack = await startLocalStack({ jwtSecret: "browser-tests-secret-0123456789abcdef0123456789" });
  project.provide("baseUrl", stack.baseUrl);
  project.provide("jwtSecret", stack.jwtSecret);
  project.provide("persistDir", stack.persistDir);
}

export async function teardown() {
  await stack?.stop();
}
