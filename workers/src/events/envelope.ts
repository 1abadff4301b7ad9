// The shape of every event on the queue: an id (the idempotency key), a type, a time and a payload.

export interface Envelope<Type extends string, Payload> {
  id: string;
  type: Type;
  occurredAt: string;
  payload: Payload;
}

/** A new event; pass `id` when the event must be deduplicated across publishers (cron, re-imports). */
export function makeEvent<Type extends string, Payload>(
  type: Type,
  payload: Payload,
  { id = crypto.randomUUID(), at = new Date() }: { id?: string; at?: Date } = {},
): Envelope<Type, Payload> {
  return { id, type, occurredAt: at.toISOString(), payload };
}
