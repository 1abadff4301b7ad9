// Every event type of Recoque, and the one handler for each. Each use case declares its events and
// handlers in its own folder; this file joins them, and the type checker proves every event is handled.
import type { Envelope } from "./envelope";
import { privacyHandlers, type PrivacyEvent } from "../privacy/events";
import { climateHandlers, type ClimateEvent } from "../climate/events";
import { heatHandlers, type HeatEvent } from "../heat/events";
import { salesHandlers, type SalesEvent } from "../sales/events";
import { opsHandlers, type OpsEvent } from "./ops";

export type RecoqueEvent = OpsEvent | PrivacyEvent | HeatEvent | ClimateEvent | SalesEvent;
export type EventType = RecoqueEvent["type"];

export interface HandlerContext {
  env: Env;
  /** Publishes follow-up events on the same queue. */
  publish(events: RecoqueEvent | RecoqueEvent[]): Promise<void>;
}

export type Handlers<E extends Envelope<string, unknown>> = {
  [T in E["type"]]: (event: Extract<E, { type: T }>, context: HandlerContext) => Promise<void>;
};

export const handlers: Handlers<RecoqueEvent> = {
  ...opsHandlers,
  ...privacyHandlers,
  ...heatHandlers,
  ...climateHandlers,
  ...salesHandlers,
};

export const isEventType = (type: unknown): type is EventType => typeof type === "string" && Object.hasOwn(handlers, type);
