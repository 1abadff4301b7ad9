// Events of the heat pipeline and their handlers. A forecast event grades the forecast and opens, updates or
// closes the episode, and fans a new call round out into chunk events; each chunk scores its people and queues
// their messages; each delivery event sends one outbox batch. Every event id derives from its subject, and every
// handler is idempotent. The cron's pull event fetches the provider's forecast.
import { makeEvent, type Envelope } from "../events/envelope";
import type { Handlers } from "../events/catalogue";
import { deliverBatch } from "./delivery";
import { applyForecast } from "./episodes";
import { pullForecast } from "./pull";
import { roundChunks } from "./rounds";
import { scoreChunk } from "./scoring";

export type HeatEvent =
  | Envelope<"heat.forecast-received", { forecastId: string }>
  | Envelope<"heat.forecast-pull", { at: string }>
  | Envelope<"heat.score-chunk", { episodeId: string; round: number; fromSeq: number; toSeq: number }>
  | Envelope<"heat.deliver", { batchKey: string }>;

export const deliverEvent = (batchKey: string): HeatEvent => makeEvent("heat.deliver", { batchKey }, { id: `heat.deliver:${batchKey}` });

export const heatHandlers: Handlers<HeatEvent> = {
  "heat.forecast-received": async (event, { env, publish }) => {
    const outcome = await applyForecast(env.DB, event.payload.forecastId);
    if (!outcome.episodeId || !outcome.round) return;
    const chunks = await roundChunks(env.DB, outcome.episodeId, outcome.round.number);
    if (chunks.length) await publish(chunks);
  },
  "heat.forecast-pull": async (event, { env }) => {
    await pullForecast(env, new Date(event.payload.at));
  },
  "heat.score-chunk": async (event, { env, publish }) => {
    const { batchKey } = await scoreChunk(env, event.payload);
    if (batchKey) await publish(deliverEvent(batchKey));
  },
  "heat.deliver": async (event, { env }) => {
    await deliverBatch(env, event.payload.batchKey);
  },
};
