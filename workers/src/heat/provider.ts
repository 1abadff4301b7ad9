// Delivery of messages goes through one interface. A provider receives each message with its idempotency key
// and must never deliver the same key twice (SMS, voice and e-mail gateways take such a key); the outbox then
// marks the messages sent. The local provider records what it would send in D1, for inspection by ops
// (GET /api/v1/heat/messages); a real gateway implements the same interface.
import { bulkInsert } from "../platform/bulk";
import type { Channel, MessageKind } from "../../../domain/heat/warnings";

export interface OutgoingMessage {
  idempotencyKey: string;
  registrationId: string;
  episodeId: string;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  subject: string | null;
  body: string;
}

export interface MessageProvider {
  name: string;
  /** Delivers the messages; a key already delivered is skipped. Throws if delivery failed (the event retries). */
  send(messages: readonly OutgoingMessage[], now: Date): Promise<void>;
}

export function localProvider(db: D1Database): MessageProvider {
  const columns = ["idempotency_key", "registration_id", "episode_id", "kind", "channel", "recipient", "subject", "body", "sent_at"];
  return {
    name: "local-d1",
    async send(messages, now) {
      const at = now.toISOString();
      const rows = messages.map((m) => [m.idempotencyKey, m.registrationId, m.episodeId, m.kind, m.channel, m.recipient, m.subject, m.body, at]);
      await db.batch(bulkInsert(db, "heat_messages", columns, rows, "ON CONFLICT (idempotency_key) DO NOTHING"));
    },
  };
}

/** The provider of this deployment: the local one until a gateway is configured. */
export const messageProvider = (env: Env): MessageProvider => localProvider(env.DB);
