// The Recoque Worker: HTTP API (fetch), event consumers (queue) and cron triggers (scheduled).
import { app } from "./app";
import { consumeEvents } from "./events/consumer";
import { onCron } from "./events/cron";
import { isDeadLetterQueue, recordDeadEvents } from "./events/dead-letters";

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    await (isDeadLetterQueue(batch.queue) ? recordDeadEvents(batch, env) : consumeEvents(batch, env));
  },
  async scheduled(controller, env) {
    await onCron(controller, env);
  },
} satisfies ExportedHandler<Env, unknown>;
