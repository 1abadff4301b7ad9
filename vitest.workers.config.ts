// Worker tests, inside workerd (vitest-pool-workers): the real Worker entry with local D1, queues, R2 and
// rate limiter from wrangler.toml; D1 migrations applied by tests/worker/setup.ts.
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const TEST_JWT_SECRET = "test-secret-for-workerd-tests-only-0123456789";
/** The health factors' keyring of the tests: development keys only (the Worker refuses "dev-" keys outside development). */
export const TEST_HEALTH_FACTORS_KEYS = JSON.stringify({
  current: "dev-test-2",
  keys: { "dev-test-1": "v2hI41EWtEKBMfKCyn0A5eseKetqi1LCeJfpBHB9nVU=", "dev-test-2": "YDNu0UjHGrqPZ7RLMJNgeA5ngqXvLJxKvUI18XVPYKw=" },
});

export default defineConfig(async () => {
  const migrations = await readD1Migrations("infra/migrations");
  // wrangler.toml serves the built PWA from web/dist and refuses a missing folder. The Worker tests never
  // read the assets (the browser tests build and serve their own copy), so on a fresh clone an empty
  // folder is enough.
  mkdirSync(path("web/dist"), { recursive: true });
  return {
    plugins: [
      cloudflareTest({
        main: "./workers/src/index.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, JWT_SECRET: TEST_JWT_SECRET, HEALTH_FACTORS_KEYS: TEST_HEALTH_FACTORS_KEYS },
          dataBlobBindings: { ORT_WASM_BYTES: path("node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm") },
        },
      }),
    ],
    resolve: {
      alias: { "onnxruntime-web/ort-wasm-simd-threaded.wasm": path("tests/worker/ort-wasm-binding.ts") },
    },
    test: {
      name: "worker",
      include: ["tests/worker/**/*.test.ts"],
      setupFiles: ["tests/worker/setup.ts"],
      testTimeout: 60_000,
    },
  };
});
