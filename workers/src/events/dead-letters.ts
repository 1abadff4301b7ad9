// Consumer of the dead-letter queue: records each event that exhausted its retries in D1 (idempotently,
// by event id) so ops can list them at GET /api/v1/ops/dead-events and fix the cause. Nothing replays them.

export const isDeadLetterQueue = (queueName: string) => queueName.startsWith("recoque-events-dead");

export async function recordDeadEvents(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const now = new Date().toISOString();
  const statements = batch.messages.map((message) => {
    const body = message.body as { id?: unknown; type?: unknown } | null;
    const id = typeof body?.id === "string" ? body.id : `message:${message.id}`;
    const type = typeof body?.type === "string" ? body.type : "(malformed)";
    return env.DB.prepare(
      "INSERT OR IGNORE INTO dead_events (event_id, event_type, body, attempts, received_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    ).bind(id, type, JSON.stringify(message.body ?? null).slice(0, 100_000), message.attempts, now);
  });
  if (statements.length) await env.DB.batch(statements);
  batch.ackAll();
}
