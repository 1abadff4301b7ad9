// The page's side of the outreach Web Worker: one worker for the page's life (its JIT-compiled rules and its
// model session serve every file opened), requests numbered so that only the latest file's replies count.
import type { StatsSubmission } from "../../../../domain/contracts/rights";
import type { Language } from "../../../../domain/i18n";
import type { OutreachList, OutreachStage } from "../../../../domain/rights/outreach/pipeline";
import type { ListFilters } from "./export-list";

/** A file to rank, (without text) a request to open the model ahead of the first file, or an export of the last list. */
export interface RankRequest {
  id: number;
  text?: string;
  date?: string;
  export?: { filters: ListFilters; lang: Language };
}

export type RankReply = { id: number } & (
  | { type: "ready" }
  | { type: "progress"; stage: OutreachStage; done: number; total: number }
  | { type: "done"; list: OutreachList; model: { id: StatsSubmission["modelId"]; version: string }; milliseconds: number }
  | { type: "failed"; message: string }
  | { type: "exportProgress"; done: number; total: number }
  | { type: "exported"; csv: string }
);

export type RankedFile = Extract<RankReply, { type: "done" }>;

let worker: Worker | null = null;
let latest = 0;
let ready: Promise<void> | null = null;
let markReady: () => void = () => {};
let markFailed: (error: Error) => void = () => {};
const pending = new Map<number, { resolve(r: RankedFile): void; reject(e: Error): void; onProgress: ProgressListener }>();
let exportId = 0;
const exports = new Map<number, { resolve(csv: string): void; reject(e: Error): void; onProgress(done: number, total: number): void }>();
type ProgressListener = (stage: OutreachStage, done: number, total: number) => void;

function rankingWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./rank.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<RankReply>) => {
    const reply = event.data;
    if (reply.type === "ready") return markReady();
    const exporting = exports.get(reply.id);
    if (exporting) {
      if (reply.type === "exportProgress") return exporting.onProgress(reply.done, reply.total);
      exports.delete(reply.id);
      if (reply.type === "exported") return exporting.resolve(reply.csv);
      return exporting.reject(new Error("message" in reply ? reply.message : "unexpected reply"));
    }
    if (reply.id === 0 && reply.type === "failed") {
      ready = null; // the next call to prepareRanking tries again
      return markFailed(new Error(reply.message));
    }
    const request = pending.get(reply.id);
    if (!request || reply.id !== latest) return pending.delete(reply.id);
    if (reply.type === "progress") return request.onProgress(reply.stage, reply.done, reply.total);
    pending.delete(reply.id);
    if (reply.type === "done") request.resolve(reply);
    else if (reply.type === "failed") request.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    for (const request of [...pending.values(), ...exports.values()]) request.reject(new Error(event.message || "worker error"));
    pending.clear();
    exports.clear();
    worker?.terminate();
    worker = null;
    ready = null;
  };
  return worker;
}

/** Starts the worker and opens the model while the agent picks a file; resolves once the model is open, rejects
 * with the reason when it cannot be opened. */
export function prepareRanking(): Promise<void> {
  ready ??= new Promise((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
    rankingWorker().postMessage({ id: 0 } satisfies RankRequest);
  });
  return ready;
}

/** Ranks a file's text; a later call makes the earlier one's replies ignored (it never resolves). */
export function rankInWorker(text: string, date: string, onProgress: ProgressListener): Promise<RankedFile> {
  const id = ++latest;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    rankingWorker().postMessage({ id, text, date } satisfies RankRequest);
  });
}

/** The CSV of the last list ranked, made in the worker (factors, labels) with its progress. */
export function exportInWorker(filters: ListFilters, lang: Language, onProgress: (done: number, total: number) => void): Promise<string> {
  const id = -++exportId;
  return new Promise((resolve, reject) => {
    exports.set(id, { resolve, reject, onProgress });
    rankingWorker().postMessage({ id, export: { filters, lang } } satisfies RankRequest);
  });
}
