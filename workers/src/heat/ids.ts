// Identifiers of the alert pipeline. Those of calls, outbox messages and events derive from what they stand for, so
// a retried or duplicated event names the same rows and the same follow-up events — and never from a value that
// can be used again for someone else (registration numbers are AUTOINCREMENT; one person scored alone is named by
// their registration id). Episode ids: climate/episodes.ts.

/** Paris's register: the only département whose episodes call registered people. */
export const REGISTER_DEPARTEMENT = "75";

/** Registrations scored per chunk event (one model run, one bulk write of calls and messages). */
export const SCORING_CHUNK = 1000;

export const callIdFor = (episodeId: string, round: number, registrationId: string) => `${episodeId}-r${round}-${registrationId}`;

export const outboxKeyFor = (episodeId: string, kind: string, registrationId: string, channel: string) =>
  `${episodeId}:${kind}:${registrationId}:${channel}`;

/** The outbox batch of a chunk: its first registration number, or the registration id for one person scored alone. */
export const batchKeyFor = (episodeId: string, round: number, first: number | string) => `${episodeId}:r${round}:${first}`;

/** A random URL-safe token of `bytes` random bytes (registration ids, secrets, salts). */
export function randomToken(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
