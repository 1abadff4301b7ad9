// Web Worker of the outreach console: builds the list off the page's thread (rules on every line, the
// non-take-up model in onnxruntime-web, opened once for the worker's life and while the rules run, ranking),
// so the page stays responsive, and reports progress; it keeps the last list and makes its CSV export (main
// factors by TreeSHAP, labels) on request. The file's text comes from the page and nothing leaves this worker
// but the list and its export, back to the page.
import "../../app/zod-no-eval";
import type { ModelId } from "../../../../models/features";
import { deviceModel } from "../../inference/ort";
import { buildOutreachList, type OutreachList, type OutreachStage } from "../../../../domain/rights/outreach/pipeline";
import { filteredRanked, outreachCsv } from "./export-list";
import { nonTakeUpTrees } from "./explainer";
import { factorCache } from "./factors";
import type { RankReply, RankRequest } from "./ranking";

const MODEL_ID = "non-take-up" satisfies ModelId;

/** Lets pending work (the model being opened while the rules run) go on: a message round trip, not a timer. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const post = (reply: RankReply) => (self as unknown as Worker).postMessage(reply);
let last: { list: OutreachList; version: string } | null = null;

async function exportList(id: number, request: NonNullable<RankRequest["export"]>): Promise<void> {
  if (!last) throw new Error("no list ranked yet");
  const rows = filteredRanked(last.list.households, request.filters);
  const factors = factorCache(await nonTakeUpTrees(last.version), last.list.date);
  const csv = outreachCsv(rows, request.lang, factors, (done, total) => post({ id, type: "exportProgress", done, total }));
  post({ id, type: "exported", csv });
}
const stage = (id: number) => (s: OutreachStage, done: number, total: number) => post({ id, type: "progress", stage: s, done, total });

self.onmessage = async (event: MessageEvent<RankRequest>) => {
  const { id, text, date } = event.data;
  const started = performance.now();
  try {
    if (event.data.export) return await exportList(id, event.data.export);
    const opening = deviceModel(MODEL_ID);
    if (text === undefined || date === undefined) {
      await opening;
      return post({ id, type: "ready" });
    }
    const list = await buildOutreachList(text, {
      date,
      score: async (features) => (await opening).run(features),
      onProgress: stage(id),
      pause: yieldToEvents,
    });
    const model = await opening;
    last = { list, version: model.entry.version };
    post({ id, type: "done", list, model: { id: MODEL_ID, version: model.entry.version }, milliseconds: performance.now() - started });
  } catch (error) {
    post({ id, type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
