// Privacy events: the nightly retention purge, published by the cron with the scheduled time as `asOf`
// (a test can move the clock by publishing a later `asOf`).
import type { Envelope } from "../events/envelope";
import type { Handlers } from "../events/catalogue";
import { purgeExpired } from "./purge";

export type PrivacyEvent = Envelope<"privacy.retention-purge", { asOf: string }>;

export const privacyHandlers: Handlers<PrivacyEvent> = {
  "privacy.retention-purge": async (event, { env }) => {
    await purgeExpired(env.DB, new Date(event.payload.asOf));
  },
};
