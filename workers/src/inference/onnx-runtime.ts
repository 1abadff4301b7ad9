// onnxruntime-web inside workerd. Workers may not compile WebAssembly from bytes at run time, so the ORT
// wasm is imported as a module (precompiled by the bundler), ORT is given a placeholder binary so it
// fetches nothing, and WebAssembly.instantiate is redirected to the imported module when ORT hands it
// bytes. Single-threaded: Workers have no SharedArrayBuffer threads.
import * as ort from "onnxruntime-web/wasm";
import ortWasm from "onnxruntime-web/ort-wasm-simd-threaded.wasm";

const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (
  source: WebAssembly.Module,
  imports?: WebAssembly.Imports,
) => Promise<WebAssembly.Instance>;

(WebAssembly as { instantiate: unknown }).instantiate = async (source: unknown, imports?: WebAssembly.Imports) =>
  source instanceof WebAssembly.Module
    ? instantiate(source, imports)
    : { instance: await instantiate(ortWasm, imports), module: ortWasm };

ort.env.wasm.numThreads = 1;
ort.env.wasm.wasmBinary = new Uint8Array(8);

export { ort };
