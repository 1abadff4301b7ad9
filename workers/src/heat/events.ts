// Events of the alert pipeline and their handlers. A forecast event grades the forecast and opens, updates or
// closes the heat and cold episodes, and fans each new round out into chunk events; each chunk scores its people
// (or selects them, for advice-only hazards) and queues their messages; each delivery event sends one outbox batch.
// Every event id derives from its subject, and every handler is idempotent. The cron's pull event fetches the
// provider's forecast. The nightly re-encryption event re-seals one batch of the register's health factors under the
// current key and publishes the next batch until the register is done (factors-at-rest.ts). (The other inputs'
// events: climate/events.ts.)
import { makeEvent, type Envelope } from "../events/envelope";
import { publishRounds } from "../climate/rounds";
import type { Handlers } from "../events/catalogue";
import { deliverBatch } from "./delivery";
import { reencryptFactors } from "./factors-at-rest";
import { applyForecastToHazards } from "./episodes";
import { pullForecast } from "./pull";
import { roundChunks } from "./rounds";
import { scoreChunk, type ChunkRef } from "./scoring";

export type HeatEvent =
  | Envelope<"heat.forecast-received", { forecastId: string }>
  | Envelope<"heat.forecast-pull", { at: string }>
  | Envelope<"heat.score-chunk", ChunkRef>
  | Envelope<"heat.deliver", { batchKey: string }>
  | Envelope<"heat.factors-reencrypt", { run: string; afterSeq: number }>;

export const deliverEvent = (batchKey: string): HeatEvent => makeEvent("heat.deliver", { batchKey }, { id: `heat.deliver:${batchKey}` });

/** One batch of the re-encryption run `run` (the nightly cron's time), from the register's `afterSeq`. */
export const reencryptEvent = (run: string, afterSeq = 0): HeatEvent =>
  makeEvent("heat.factors-reencrypt", { run, afterSeq }, { id: `heat.factors-reencrypt:${run}:${afterSeq}` });

export const heatHandlers: Handlers<HeatEvent> = {
  "heat.forecast-received": async (event, { env, publish }) => {
    const { heat, cold } = await applyForecastToHazards(env.DB, event.payload.forecastId);
    await publishRounds(env.DB, [heat, cold], publish);
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
  "heat.factors-reencrypt": async (event, { env, publish }) => {
    const { run, afterSeq } = event.payload;
    const report = await reencryptFactors(env, { afterSeq });
    if (report.nextAfterSeq !== null) await publish(reencryptEvent(run, report.nextAfterSeq));
  },
};
