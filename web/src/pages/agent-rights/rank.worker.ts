// Web Worker of the outreach console: builds the list off the page's thread (rules on every line, the
// non-take-up model in onnxruntime-web, opened once for the worker's life and while the rules run, ranking),
// so the page stays responsive, and reports progress. The list goes back in chunks of households (each read by
// the page in a task of its own), then the main factors of the ranked households (TreeSHAP), in rank order and
// in chunks, so the page never computes them itself. It keeps the last list and its factors and makes its CSV
// export on request. The file's text comes from the page and nothing leaves this worker but the list, its
// factors and its export, back to the page.
import "../../app/zod-no-eval";
import type { ModelId } from "../../../../models/features";
import type { Factor } from "../../../../models/non-take-up/explain";
import { deviceModel } from "../../inference/ort";
import { buildOutreachList, type OutreachHousehold, type OutreachList } from "../../../../domain/rights/outreach/pipeline";
import { filteredRanked, outreachCsv } from "./export-list";
import { nonTakeUpTrees } from "./explainer";
import { factorCache } from "./factors";
import { HOUSEHOLDS_PER_MESSAGE, type RankReply, type RankRequest } from "./ranking";

const MODEL_ID = "non-take-up" satisfies ModelId;
/** Households whose factors are sent together: a few tens of milliseconds of TreeSHAP between two yields. */
const FACTORS_PER_MESSAGE = 50;

/** Lets pending work (the model being opened, a request from the page) go on: a message round trip, not a timer. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const post = (reply: RankReply) => (self as unknown as Worker).postMessage(reply);

interface LastList {
  list: OutreachList;
  /** Main factors by household, computed once (shown in the page, written in the export). */
  factors: Promise<(h: OutreachHousehold) => Factor[]>;
}
let last: LastList | null = null;

async function exportList(id: number, request: NonNullable<RankRequest["export"]>): Promise<void> {
  if (!last) throw new Error("no list ranked yet");
  const rows = filteredRanked(last.list.households, request.filters);
  const csv = outreachCsv(rows, request.lang, await last.factors, (done, total) => post({ id, type: "exportProgress", done, total }));
  post({ id, type: "exported", csv });
}

/** Sends the factors of every ranked household of `current`, first ranks first, until a newer list replaces it. */
async function sendFactors(id: number, current: LastList): Promise<void> {
  const factors = await current.factors;
  const ranked = filteredRanked(current.list.households, { arrondissement: "", right: "" });
  for (let start = 0; start < ranked.length && last === current; start += FACTORS_PER_MESSAGE) {
    const chunk = ranked.slice(start, start + FACTORS_PER_MESSAGE);
    post({ id, type: "factors", factors: chunk.map((h) => [h.id, factors(h)]) });
    await yieldToEvents();
  }
}

async function rank(id: number, text: string, date: string, started: number): Promise<void> {
  const opening = deviceModel(MODEL_ID);
  const list = await buildOutreachList(text, {
    date,
    score: async (features) => (await opening).run(features),
    onProgress: (stage, done, total) => post({ id, type: "progress", stage, done, total }),
    pause: yieldToEvents,
  });
  const model = await opening;
  const current: LastList = { list, factors: nonTakeUpTrees(model.entry.version).then((trees) => factorCache(trees, list.date)) };
  last = current;
  for (let start = 0; start < list.households.length; start += HOUSEHOLDS_PER_MESSAGE) {
    post({ id, type: "households", households: list.households.slice(start, start + HOUSEHOLDS_PER_MESSAGE) });
  }
  post({ id, type: "done", list: { ...list, households: [] }, model: { id: MODEL_ID, version: model.entry.version }, milliseconds: performance.now() - started });
  await sendFactors(id, current);
}

self.onmessage = async (event: MessageEvent<RankRequest>) => {
  const { id, text, date } = event.data;
  const started = performance.now();
  try {
    if (event.data.export) return await exportList(id, event.data.export);
    if (text === undefined || date === undefined) {
      await deviceModel(MODEL_ID);
      return post({ id, type: "ready" });
    }
    await rank(id, text, date, started);
  } catch (error) {
    post({ id, type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
