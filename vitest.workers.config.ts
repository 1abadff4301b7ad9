// Worker tests, inside workerd (vitest-pool-workers): the real Worker entry with local D1, queues, R2 and
// rate limiter from wrangler.toml; D1 migrations applied by tests/worker/setup.ts.
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const TEST_JWT_SECRET = "test-secret-for-workerd-tests-only-0123456789";

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
          bindings: { TEST_MIGRATIONS: migrations, JWT_SECRET: TEST_JWT_SECRET },
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
