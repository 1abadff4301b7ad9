// Reading a letter in the agent's browser, offline, without the file ever leaving the device: the text
// layer of a PDF (pdf.js) or, for a photo or a scan, OCR with tesseract.js and the French trained data
// shipped by @tesseract.js-data/fra, served by the app itself (web/ocr-assets.ts: nothing is downloaded
// from anywhere else). Both libraries load on first use only.
import type { Worker as OcrWorker } from "tesseract.js";
import pdfWorkerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { OCR_PATHS } from "../../../ocr-paths";

let ocr: Promise<OcrWorker> | undefined;

/** The OCR engine, created once per page life with the French data from the app. */
export function ocrEngine(): Promise<OcrWorker> {
  ocr ??= import("tesseract.js").then(({ createWorker }) =>
    createWorker("fra", 1, { workerPath: OCR_PATHS.worker, corePath: OCR_PATHS.core, langPath: OCR_PATHS.lang, workerBlobURL: false, gzip: true, cacheMethod: "none" }),
  );
  ocr.catch(() => (ocr = undefined));
  return ocr;
}

export async function readImage(file: Blob): Promise<string> {
  const engine = await ocrEngine();
  const { data } = await engine.recognize(file);
  return data.text.trim();
}

export async function readPdf(file: Blob): Promise<string> {
  const pdfjs = await import("pdfjs-dist");
  pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  const document = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join(""));
  }
  return pages.join("\n\n").replace(/[ \t]+\n/g, "\n").trim();
}

/** The text of a letter's file: a PDF's text layer, or the OCR of an image. */
export const readLetterFile = (file: File): Promise<string> => (file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf") ? readPdf(file) : readImage(file));
