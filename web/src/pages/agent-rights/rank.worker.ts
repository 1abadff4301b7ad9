// Web Worker of the outreach console: builds the list off the page's thread (rules on every line, the
// non-take-up model in onnxruntime-web, ranking), so the page stays responsive, and reports progress. The
// file's text comes from the page and nothing leaves this worker but the list, back to the page.
import { deviceModel } from "../../inference/ort";
import { buildOutreachList } from "../../../../models/rights/outreach/pipeline";
import type { RankReply, RankRequest } from "./ranking";

const MODEL_ID = "non-take-up";

const post = (reply: RankReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<RankRequest>) => {
  const { text, date } = event.data;
  const started = performance.now();
  try {
    const model = await deviceModel(MODEL_ID);
    const list = await buildOutreachList(text, {
      date,
      score: (features) => model.run(features),
      onProgress: (stage, done, total) => post({ type: "progress", stage, done, total }),
    });
    post({ type: "done", list, model: { id: model.entry.id, version: model.entry.version }, milliseconds: performance.now() - started });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
