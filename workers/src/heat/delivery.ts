// Sends one batch of the outbox through the message provider, then marks it sent (audited as one entry). A
// retry, or a duplicate delivery event, finds nothing pending or re-sends keys the provider already has. Texts are
// rendered now: an alert from its episode's hazard, kind and day; the message to a contact with the name of the
// person who could not be reached.
import type { Hazard } from "../../../domain/climate/hazards";
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { CHANNELS, type AlertKind, type Channel, type MessageKind } from "../../../domain/heat/warnings";
import { messageFor, type Message } from "./warning-texts";
import { messageProvider, type MessageProvider, type OutgoingMessage } from "./provider";

interface OutboxRow {
  idempotency_key: string;
  registration_id: string;
  episode_id: string;
  hazard: Hazard;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  day: string;
  name: string | null;
}

const messageOf = (r: OutboxRow): Message =>
  r.kind === "contact-unreachable" ? { kind: r.kind, personName: r.name ?? "" } : { kind: r.kind as AlertKind, hazard: r.hazard, day: r.day };

export async function deliverBatch(env: Env, batchKey: string, provider: MessageProvider = messageProvider(env), now = new Date()): Promise<number> {
  const db = env.DB;
  const { results } = await db
    .prepare(
      `SELECT o.idempotency_key, o.registration_id, o.episode_id, e.hazard, o.kind, o.channel, o.recipient, o.day, r.name
       FROM heat_outbox o JOIN heat_episodes e ON e.id = o.episode_id LEFT JOIN heat_registrations r ON r.id = o.registration_id
       WHERE o.batch_key = ?1 AND o.status = 'pending'`,
    )
    .bind(batchKey)
    .all<OutboxRow>();
  if (!results.length) return 0;
  const messages: OutgoingMessage[] = results.map((r) => ({
    idempotencyKey: r.idempotency_key, registrationId: r.registration_id, episodeId: r.episode_id, kind: r.kind,
    channel: r.channel, recipient: r.recipient, ...messageFor(messageOf(r), r.channel),
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
