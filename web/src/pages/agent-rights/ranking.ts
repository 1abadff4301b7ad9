// The page's side of the outreach Web Worker: sends the file's text, relays progress, resolves with the list.
// One ranking at a time; a new file ends the previous worker.
import type { OutreachList, OutreachStage } from "../../../../models/rights/outreach/pipeline";

export interface RankRequest {
  text: string;
  date: string;
}

export type RankReply =
  | { type: "progress"; stage: OutreachStage; done: number; total: number }
  | { type: "done"; list: OutreachList; model: { id: string; version: string }; milliseconds: number }
  | { type: "failed"; message: string };

export type RankedFile = Extract<RankReply, { type: "done" }>;

let current: Worker | null = null;

export function rankInWorker(request: RankRequest, onProgress: (stage: OutreachStage, done: number, total: number) => void): Promise<RankedFile> {
  current?.terminate();
  const worker = new Worker(new URL("./rank.worker.ts", import.meta.url), { type: "module" });
  current = worker;
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<RankReply>) => {
      const reply = event.data;
      if (reply.type === "progress") return onProgress(reply.stage, reply.done, reply.total);
      worker.terminate();
      if (current === worker) current = null;
      if (reply.type === "done") resolve(reply);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "worker error"));
    };
    worker.postMessage(request);
  });
}
