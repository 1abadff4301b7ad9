// The one queue consumer: dispatches each event to its handler by type. Idempotent: an event id recorded
// in `processed_events` is acknowledged without effect (handlers are themselves idempotent, so a crash
// between the handler and the record is harmless). Failures retry with exponential backoff; after
// `max_retries` the queue moves the message to the dead-letter queue (see dead-letters.ts).
//
// Between two events the consumer yields to the event loop (`scheduler.wait(0)`). Under wrangler dev, D1 and R2
// answer inside the same workerd process: a batch of events is then one unbroken chain of in-process I/O that
// never lets the loop poll, so timers and incoming requests waited for the whole batch, and a request that
// arrived meanwhile could stay unanswered until another one came in (an import's status held for minutes
// while the import finished). Yielding costs nothing on Cloudflare, where D1 is a network call anyway.
import { handlers, isEventType, type HandlerContext, type RecoqueEvent } from "./catalogue";
import { publish } from "./publish";

/** Delay before the next attempt: 5 s, 10 s, 20 s … capped at 5 minutes, with ±20 % jitter. */
export function retryDelaySeconds(attempts: number): number {
  const base = Math.min(300, 5 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

const isEnvelope = (body: unknown): body is RecoqueEvent =>
  typeof body === "object" && body !== null && typeof (body as RecoqueEvent).id === "string" && isEventType((body as RecoqueEvent).type);

export async function consumeEvents(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const context: HandlerContext = { env, publish: (events) => publish(env.EVENTS, events) };
  for (const message of batch.messages) {
    await scheduler.wait(0);
    const event = message.body;
    if (!isEnvelope(event)) {
      console.error(`unknown or malformed event ${message.id}: sent to dead letters`);
      await recordMalformed(env.DB, message);
      message.ack();
      continue;
    }
    const done = await env.DB.prepare("SELECT 1 FROM processed_events WHERE event_id = ?1").bind(event.id).first();
    if (done) {
      message.ack();
      continue;
    }
    try {
      const handle = handlers[event.type] as (event: RecoqueEvent, context: HandlerContext) => Promise<void>;
      await handle(event, context);
      await env.DB.prepare("INSERT OR IGNORE INTO processed_events (event_id, event_type, processed_at) VALUES (?1, ?2, ?3)")
        .bind(event.id, event.type, new Date().toISOString())
        .run();
      message.ack();
    } catch (error) {
      console.error(`event ${event.type} ${event.id} failed (attempt ${message.attempts}):`, error);
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

async function recordMalformed(db: D1Database, message: Message<unknown>) {
  await db
    .prepare("INSERT OR IGNORE INTO dead_events (event_id, event_type, body, attempts, received_at) VALUES (?1, ?2, ?3, ?4, ?5)")
    .bind(`message:${message.id}`, "(malformed)", JSON.stringify(message.body ?? null).slice(0, 100_000), message.attempts, new Date().toISOString())
    .run();
}
