// Every Vitest project: models and shared domain code (Node), the Worker (inside workerd), and the web app in
// Debian's Chromium against a real `wrangler dev`. `npm test` (tests/run.ts) runs the Node and Worker projects
// in one process, their files in parallel on every core, and the browser project alongside in another.
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["./vitest.node.config.ts", "./vitest.workers.config.ts", "./vitest.browser.config.ts"],
    maxWorkers: availableParallelism(),
  },
});
