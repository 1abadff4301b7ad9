// The Recoque Worker: HTTP API (fetch), event consumers (queue), cron triggers (scheduled) and the citizen
// requests sent to the City's address (email, Cloudflare Email Routing).
import { app } from "./app";
import { consumeEvents } from "./events/consumer";
import { onCron } from "./events/cron";
import { isDeadLetterQueue, recordDeadEvents } from "./events/dead-letters";
import { edgeModels } from "./inference/registry";
import { receiveEmail } from "./requests/intake";

// The isolate opens its edge models as it starts (ORT's wasm instance, one session each, a first run), so the
// first scoring request does not pay for it; a model that fails here is opened again by its first caller.
void edgeModels.warmUp((entry) => entry.runsOn.includes("edge")).then((failures) => {
  for (const failure of failures) console.error("model warm-up failed:", failure.message);
});

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    await (isDeadLetterQueue(batch.queue) ? recordDeadEvents(batch, env) : consumeEvents(batch, env));
  },
  async scheduled(controller, env) {
    await onCron(controller, env);
  },
  async email(message, env) {
    await receiveEmail(message, env);
  },
} satisfies ExportedHandler<Env, unknown>;
