// Browser tests: playwright-core drives Debian's Chromium against the built PWA served by a real
// `wrangler dev` (Worker, local D1, queues) started once for the run by tests/browser/global-setup.ts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "browser",
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/browser/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
