// Node-side tests: models, shared domain code (rules engines, parsers, features), data parsers.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "node",
    include: ["tests/node/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
  },
});
