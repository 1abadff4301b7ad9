// Consumer of the dead-letter queue: records each event that exhausted its retries in D1 (idempotently,
// by event id) so ops can list them at GET /api/v1/ops/dead-events and fix the cause. Nothing replays them by
// itself: a use case may look up its own dead events and publish them again (sales imports do, when the same
// file is sent again), forgetting their records.

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

/** Ids of the dead events of the given types. */
export async function deadEventIds(db: D1Database, types: readonly string[]): Promise<string[]> {
  if (!types.length) return [];
  const { results } = await db
    .prepare(`SELECT event_id FROM dead_events WHERE event_type IN (${types.map((_, i) => `?${i + 1}`).join(", ")})`)
    .bind(...types)
    .all<{ event_id: string }>();
  return results.map((r) => r.event_id);
}

/** Statements forgetting dead events that were published again. */
export const forgetDeadEvents = (db: D1Database, ids: readonly string[]) => ids.map((id) => db.prepare("DELETE FROM dead_events WHERE event_id = ?1").bind(id));
