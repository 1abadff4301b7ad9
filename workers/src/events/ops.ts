// Operations events: a pipeline probe that ops can send through the queue to check delivery, retries
// and the dead-letter path on a live deployment ("fail" makes the handler throw on every attempt).
import type { Envelope } from "./envelope";
import type { Handlers } from "./catalogue";

export type OpsEvent = Envelope<"ops.probe", { mode: "ok" | "fail"; note?: string }>;

export const opsHandlers: Handlers<OpsEvent> = {
  "ops.probe": async (event) => {
    if (event.payload.mode === "fail") throw new Error(`probe ${event.id} asked to fail`);
  },
};
