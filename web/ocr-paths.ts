// Where the app serves the OCR engine's files (emitted unhashed by web/ocr-assets.ts at build): tesseract.js
// asks for `${langPath}/fra.traineddata.gz` by name, so these paths cannot carry a content hash.
export const OCR_PATHS = {
  worker: "/ocr/worker.min.js",
  core: "/ocr/tesseract-core-simd-lstm.wasm.js",
  lang: "/ocr",
} as const;
