// Node-side tests: models toolchain, shared domain code (features, rules), data parsers.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "models",
    include: ["tests/models/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
  },
});
