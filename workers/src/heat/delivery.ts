// Sends one batch of the outbox through the message provider, then marks it sent (audited as one entry). A
// retry, or a duplicate delivery event, finds nothing pending or re-sends keys the provider already has.
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { CHANNELS, type Channel, type MessageKind } from "../../../domain/heat/warnings";
import { messageFor } from "./warning-texts";
import { messageProvider, type MessageProvider, type OutgoingMessage } from "./provider";

interface OutboxRow {
  idempotency_key: string;
  registration_id: string;
  episode_id: string;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  day: string;
}

export async function deliverBatch(env: Env, batchKey: string, provider: MessageProvider = messageProvider(env), now = new Date()): Promise<number> {
  const db = env.DB;
  const { results } = await db
    .prepare("SELECT idempotency_key, registration_id, episode_id, kind, channel, recipient, day FROM heat_outbox WHERE batch_key = ?1 AND status = 'pending'")
    .bind(batchKey)
    .all<OutboxRow>();
  if (!results.length) return 0;
  const messages: OutgoingMessage[] = results.map((r) => ({
    idempotencyKey: r.idempotency_key, registrationId: r.registration_id, episodeId: r.episode_id, kind: r.kind,
    channel: r.channel, recipient: r.recipient, ...messageFor(r.kind, r.channel, r.day),
  }));
  await provider.send(messages, now);
  const keys = JSON.stringify(messages.map((m) => m.idempotencyKey));
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, messages.filter((m) => m.channel === c).length]));
  await withAudit(
    db,
    [{ ...SYSTEM_ACTOR, action: "heat.messages-sent", subjectKind: "heat-outbox-batch", subjectId: batchKey, output: { provider: provider.name, count: messages.length, byChannel } }],
    [
      db.prepare("UPDATE heat_outbox SET status = 'sent', sent_at = ?2, provider_ref = ?3 WHERE status = 'pending' AND idempotency_key IN (SELECT value FROM json_each(?1))")
        .bind(keys, now.toISOString(), provider.name),
    ],
    () => now,
  );
  return messages.length;
}
