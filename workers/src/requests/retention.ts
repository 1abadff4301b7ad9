// Purge statements of the requests data classes (periods and reasons in domain/privacy/data-classes.ts), the nightly
// sweep of R2 (raw e-mails past their retention) and of requests left unrouted (a form stored while the
// queue was down), and the statements erasing one request everywhere.
import { makeEvent } from "../events/envelope";
import { publish } from "../events/publish";

type Purge = (db: D1Database, cutoff: string) => D1PreparedStatement[];

export const RAW_PREFIX = "requests/raw/";

/** The raw e-mail's key is dropped from requests older than the cutoff (the sweep deletes the object). */
export const purgeRawMessages: Purge = (db, cutoff) => [db.prepare("UPDATE requests SET raw_key = NULL WHERE received_at < ?1 AND raw_key IS NOT NULL").bind(cutoff)];

/** The mapping back to the personal data and the sender's address, then only the pseudonymised text is left. */
export const purgeMappings: Purge = (db, cutoff) => [
  db.prepare("UPDATE requests SET mapping = NULL, reply_to = NULL, secret_hash = NULL WHERE received_at < ?1 AND (mapping IS NOT NULL OR reply_to IS NOT NULL)").bind(cutoff),
];

export const purgeRequests: Purge = (db, cutoff) => [db.prepare("DELETE FROM requests WHERE received_at < ?1").bind(cutoff)];

export const purgeCorrections: Purge = (db, cutoff) => [db.prepare("DELETE FROM requests_corrections WHERE reviewed_at < ?1").bind(cutoff)];

/** Deletes raw e-mails stored before `before` (their day is in the key); returns how many. */
export async function sweepRawMessages(env: Env, before: Date): Promise<number> {
  let deleted = 0;
  let cursor: string | undefined;
  do {
    const page = await env.UPLOADS.list({ prefix: RAW_PREFIX, cursor, limit: 1000 });
    const expired = page.objects.filter((o) => o.uploaded.getTime() < before.getTime()).map((o) => o.key);
    if (expired.length) await env.UPLOADS.delete(expired);
    deleted += expired.length;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return deleted;
}

/** Requests still unrouted ten minutes after they arrived are published again (their first event was lost). */
export async function republishUnrouted(env: Env, asOf: Date): Promise<number> {
  const { results } = await env.DB.prepare("SELECT id, channel, raw_key, received_at FROM requests WHERE status = 'received' AND received_at < ?1 LIMIT 1000")
    .bind(new Date(asOf.getTime() - 10 * 60_000).toISOString())
    .all<{ id: string; channel: "email" | "form" | "letter"; raw_key: string | null; received_at: string }>();
  await publish(
    env.EVENTS,
    results.map((r) =>
      makeEvent("requests.received", { requestId: r.id, channel: r.channel, ...(r.raw_key ? { rawKey: r.raw_key } : {}), receivedAt: r.received_at }, { id: `requests.received:${r.id}:${asOf.toISOString()}` }),
    ),
  );
  return results.length;
}

/** The statements erasing one request everywhere in D1 (its correction, then its row). */
export const eraseStatements = (db: D1Database, id: string) => [
  db.prepare("DELETE FROM requests_corrections WHERE request_id = ?1").bind(id),
  db.prepare("DELETE FROM requests WHERE id = ?1").bind(id),
];
