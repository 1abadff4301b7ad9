// Bundler-provided module types: the ORT wasm is imported precompiled (see inference/onnx-runtime.ts).
declare module "onnxruntime-web/ort-wasm-simd-threaded.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
