// Node-side tests: models, shared domain code (rules engines, parsers, features), data parsers. Files run in
// parallel; each model is trained once per run and its result shared by the files that examine it
// (tests/node/setup/train-once.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "node",
    include: ["tests/node/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/node/setup/global-setup.ts"],
    setupFiles: ["tests/node/setup/train-once.ts"],
    testTimeout: 120_000,
  },
});
