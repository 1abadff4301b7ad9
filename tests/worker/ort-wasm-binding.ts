// Test-only stand-in for the ORT wasm import: the same module, compiled once per test file from a
// miniflare data-blob binding through the unsafe-eval binding that vitest-pool-workers gives its runner,
// instead of being bundled into every test file (which costs ~10 s per file).
import { env } from "cloudflare:workers";

interface TestBindings {
  ORT_WASM_BYTES: ArrayBuffer;
  __VITEST_POOL_WORKERS_UNSAFE_EVAL: { newWasmModule(bytes: ArrayBuffer): WebAssembly.Module };
}

const bindings = env as unknown as TestBindings;
export default bindings.__VITEST_POOL_WORKERS_UNSAFE_EVAL.newWasmModule(bindings.ORT_WASM_BYTES);
