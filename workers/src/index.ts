// The Recoque Worker: HTTP API (fetch), event consumers (queue), cron triggers (scheduled) and the citizen
// requests sent to the City's address (email, Cloudflare Email Routing).
import { app } from "./app";
import { consumeEvents } from "./events/consumer";
import { onCron } from "./events/cron";
import { isDeadLetterQueue, recordDeadEvents } from "./events/dead-letters";
import { receiveEmail } from "./requests/intake";

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
