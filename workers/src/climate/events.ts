// Events of the official inputs: an input received is applied to the episodes of every hazard it gives a level to,
// and the rounds it starts fan out like the forecast's; the cron's pull event fetches the configured feeds.
import type { Envelope } from "../events/envelope";
import type { Handlers } from "../events/catalogue";
import { applyInput } from "./apply";
import { pullInputs } from "./pull";
import { publishRounds } from "./rounds";

export type ClimateEvent = Envelope<"climate.input-received", { inputId: string }> | Envelope<"climate.pull", { at: string }>;

export const climateHandlers: Handlers<ClimateEvent> = {
  "climate.input-received": async (event, { env, publish }) => {
    const outcome = await applyInput(env.DB, event.payload.inputId);
    if (outcome.kind === "handled") await publishRounds(env.DB, Object.values(outcome.hazards), publish);
  },
  "climate.pull": async (event, { env }) => {
    await pullInputs(env, new Date(event.payload.at));
  },
};
