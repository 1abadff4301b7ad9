// The register's health factors (mobility, chronic illness, …) encrypted at rest: `heat_registrations.factors` holds
// the person's shared factors sealed with the HEALTH_FACTORS_KEYS keyring (platform/keyring.ts), bound to the
// registration id. They are opened only where they are used: scoring a round, the call list's reasons, the call's
// explanation, and the person's own access and export. Rows written before encryption (plaintext JSON) are still
// read, and re-encrypted — with rows under an old key — by `reencryptFactors`, in batches of the register's order:
// each night after the retention purge (event "heat.factors-reencrypt", continued until the register is done) and on
// demand (POST /api/v1/heat/factors/reencrypt, ops). An update only applies if the row still holds what was read, so
// a batch run twice or alongside another changes nothing twice.
import type { SharedFactors } from "../../../domain/heat/register-factors";
import { SYSTEM_ACTOR, withAudit, type AuditEntry } from "../platform/audit";
import { loadKeyring, open, seal, sealedKeyId, SealedValueError } from "../platform/keyring";

const SECRET = "HEALTH_FACTORS_KEYS";
const keyringOf = (env: Env) => loadKeyring(SECRET, env.HEALTH_FACTORS_KEYS, env.ENVIRONMENT);

/** How many rows one re-encryption batch reads. */
export const REENCRYPT_BATCH = 200;

/** The stored form of a registration's shared factors. */
export async function sealFactors(env: Env, registrationId: string, factors: SharedFactors): Promise<string> {
  return seal(await keyringOf(env), JSON.stringify(factors), registrationId);
}

/** The shared factors (as JSON) of a registration's stored value; plaintext rows from before encryption as they are. */
export async function openFactors(env: Env, registrationId: string, stored: string): Promise<string> {
  const keyring = await keyringOf(env);
  return sealedKeyId(stored) ? open(keyring, stored, registrationId) : stored;
}

export interface ReencryptReport {
  keyId: string;
  reencrypted: number;
  /** Rows that would not open (a key no longer in the keyring, an altered value): left as they are, ids in the logs. */
  failed: number;
  /** The last `seq` read: the next batch starts after it; null when the register is done. */
  nextAfterSeq: number | null;
  /** Rows still not under the current key after this batch (failed ones included). */
  remaining: number;
}

/** Re-encrypts under the current key one batch of rows (after `afterSeq`) that are plaintext or under another key. */
export async function reencryptFactors(
  env: Env,
  { afterSeq = 0, limit = REENCRYPT_BATCH, by = SYSTEM_ACTOR, now = new Date() }: { afterSeq?: number; limit?: number; by?: Pick<AuditEntry, "actor" | "role">; now?: Date } = {},
): Promise<ReencryptReport> {
  const keyring = await keyringOf(env);
  const prefix = `v1:${keyring.current}:`;
  const notCurrent = "substr(factors, 1, length(?1)) <> ?1";
  const { results: rows } = await env.DB.prepare(`SELECT seq, id, factors FROM heat_registrations WHERE ${notCurrent} AND seq > ?2 ORDER BY seq LIMIT ?3`)
    .bind(prefix, afterSeq, limit)
    .all<{ seq: number; id: string; factors: string }>();
  const updates: D1PreparedStatement[] = [];
  let failed = 0;
  for (const row of rows) {
    try {
      const plain = await openFactors(env, row.id, row.factors);
      updates.push(env.DB.prepare("UPDATE heat_registrations SET factors = ?3 WHERE id = ?1 AND factors = ?2").bind(row.id, row.factors, await seal(keyring, plain, row.id)));
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      failed++;
      console.error(`health factors of ${row.id} not re-encrypted: ${error.message}`);
    }
  }
  const results = updates.length
    ? await withAudit(
        env.DB,
        [{ ...by, action: "heat.factors-reencrypted", subjectKind: "heat-register", output: { keyId: keyring.current, rows: updates.length, failed, fromSeq: rows[0].seq, toSeq: rows.at(-1)!.seq } }],
        updates,
        () => now,
      )
    : [];
  const remaining = await env.DB.prepare(`SELECT count(*) AS n FROM heat_registrations WHERE ${notCurrent}`).bind(prefix).first<{ n: number }>();
  return {
    keyId: keyring.current,
    reencrypted: results.reduce((n, r) => n + r.meta.changes, 0),
    failed,
    nextAfterSeq: rows.length === limit ? rows.at(-1)!.seq : null,
    remaining: remaining?.n ?? 0,
  };
}
