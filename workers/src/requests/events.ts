// Events of the requests use case: a request received (from the email() handler, the contact form or a
// letter upload), the weekday-morning reminders, and the nightly sweep (raw e-mails past their retention,
// requests left unrouted). Handlers are idempotent: a routed request is not routed again, a reminded one
// not reminded again.
import type { Handlers } from "../events/catalogue";
import type { Envelope } from "../events/envelope";
import { cutoffFor, dataClasses } from "../privacy/retention";
import { handleReceived, type ReceivedPayload } from "./pipeline";
import { remindOverdue } from "./reminders";
import { republishUnrouted, sweepRawMessages } from "./retention";

export type RequestsEvent =
  | Envelope<"requests.received", ReceivedPayload>
  | Envelope<"requests.reminders", { asOf: string }>
  | Envelope<"requests.sweep", { asOf: string }>;

export const RAW_MESSAGES_CLASS = "requests.raw-messages";

export const requestsHandlers: Handlers<RequestsEvent> = {
  "requests.received": async (event, { env }) => {
    await handleReceived(env, event.payload);
  },
  "requests.reminders": async (event, { env }) => {
    await remindOverdue(env.DB, new Date(event.payload.asOf));
  },
  "requests.sweep": async (event, { env }) => {
    const asOf = new Date(event.payload.asOf);
    const raw = dataClasses.find((d) => d.id === RAW_MESSAGES_CLASS)!;
    await sweepRawMessages(env, new Date(cutoffFor(raw.retentionDays, asOf)));
    await republishUnrouted(env, asOf);
  },
};
