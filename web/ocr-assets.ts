// Emits the OCR engine's files into the build, under the fixed paths of ocr-paths.ts: tesseract.js's worker,
// its wasm core (SIMD + LSTM build, the wasm inlined in the .js) and the French trained data of
// @tesseract.js-data/fra (4.0.0_best_int). They are served by the app like any asset: nothing is fetched
// from a CDN at run time. Only the agent console loads them, on the first scan it reads.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";
import { OCR_PATHS } from "./ocr-paths.ts";

const require = createRequire(import.meta.url);
const file = (specifier: string) => readFileSync(require.resolve(specifier));

export function ocrAssets(): Plugin {
  return {
    name: "recoque-ocr-assets",
    apply: "build",
    generateBundle() {
      const emit = (path: string, source: Buffer) => this.emitFile({ type: "asset", fileName: path.replace(/^\//, ""), source });
      emit(OCR_PATHS.worker, file("tesseract.js/dist/worker.min.js"));
      emit(OCR_PATHS.core, file("tesseract.js-core/tesseract-core-simd-lstm.wasm.js"));
      emit(`${OCR_PATHS.lang}/fra.traineddata.gz`, file("@tesseract.js-data/fra/4.0.0_best_int/fra.traineddata.gz"));
    },
  };
}
