// The page's side of the outreach Web Worker: one worker for the page's life (its JIT-compiled rules and its
// model session serve every file opened), requests numbered so that only the latest file's replies count.
import type { StatsSubmission } from "../../../../domain/contracts/rights";
import type { OutreachList, OutreachStage } from "../../../../domain/rights/outreach/pipeline";

/** A file to rank, or (without text) a request to open the model ahead of the first file. */
export interface RankRequest {
  id: number;
  text?: string;
  date?: string;
}

export type RankReply = { id: number } & (
  | { type: "ready" }
  | { type: "progress"; stage: OutreachStage; done: number; total: number }
  | { type: "done"; list: OutreachList; model: { id: StatsSubmission["modelId"]; version: string }; milliseconds: number }
  | { type: "failed"; message: string }
);

export type RankedFile = Extract<RankReply, { type: "done" }>;

let worker: Worker | null = null;
let latest = 0;
let ready: Promise<void> | null = null;
let markReady: () => void = () => {};
let markFailed: (error: Error) => void = () => {};
const pending = new Map<number, { resolve(r: RankedFile): void; reject(e: Error): void; onProgress: ProgressListener }>();
type ProgressListener = (stage: OutreachStage, done: number, total: number) => void;

function rankingWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./rank.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<RankReply>) => {
    const reply = event.data;
    if (reply.type === "ready") return markReady();
    if (reply.id === 0 && reply.type === "failed") {
      ready = null; // the next call to prepareRanking tries again
      return markFailed(new Error(reply.message));
    }
    const request = pending.get(reply.id);
    if (!request || reply.id !== latest) return pending.delete(reply.id);
    if (reply.type === "progress") return request.onProgress(reply.stage, reply.done, reply.total);
    pending.delete(reply.id);
    if (reply.type === "done") request.resolve(reply);
    else request.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    for (const request of pending.values()) request.reject(new Error(event.message || "worker error"));
    pending.clear();
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
