// The retention purge: for each data class, delete what is older than its retention period; then remove
// the expired prefix of the audit log and move the chain's anchor in the same batch, so verification still
// starts from a known hash. Idempotent (deleting what is already gone changes nothing); audited.
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { AUDIT_RETENTION_DAYS } from "../../../domain/platform/audit-retention";
import { cutoffFor, dataClasses } from "./retention";

export interface PurgeReport {
  asOf: string;
  classes: { id: string; cutoff: string; deleted: number }[];
  auditEntriesRemoved: number;
}

/** Removes the longest prefix of the chain whose entries are all older than `cutoff`. Times are not strictly in
 * `seq` order (an event handled late records its scheduled time), so the prefix stops at the first entry still
 * kept, whatever older entries follow it. */
async function purgeAuditPrefix(db: D1Database, cutoff: string): Promise<number> {
  const last = await db
    .prepare(
      `SELECT seq, hash FROM audit_log
       WHERE seq < coalesce((SELECT min(seq) FROM audit_log WHERE at >= ?1), 9223372036854775807)
       ORDER BY seq DESC LIMIT 1`,
    )
    .bind(cutoff)
    .first<{ seq: number; hash: string }>();
  if (!last) return 0;
  // Anchor first: the log refuses to delete an entry the anchor has not passed (migration 0005).
  const [, deleted] = await db.batch([
    db.prepare("UPDATE audit_anchor SET seq = ?1, hash = ?2 WHERE id = 1").bind(last.seq, last.hash),
    db.prepare("DELETE FROM audit_log WHERE seq <= ?1").bind(last.seq),
  ]);
  return deleted.meta.changes;
}

export async function purgeExpired(db: D1Database, asOf: Date): Promise<PurgeReport> {
  const classes: PurgeReport["classes"] = [];
  for (const dataClass of dataClasses) {
    const cutoff = cutoffFor(dataClass.retentionDays, asOf);
    const results = await db.batch(dataClass.purge(db, cutoff));
    classes.push({ id: dataClass.id, cutoff, deleted: results.reduce((n, r) => n + r.meta.changes, 0) });
  }
  const auditEntriesRemoved = await purgeAuditPrefix(db, cutoffFor(AUDIT_RETENTION_DAYS, asOf));
  const report = { asOf: asOf.toISOString(), classes, auditEntriesRemoved };
  await withAudit(db, [{ ...SYSTEM_ACTOR, action: "privacy.retention-purge", output: report }]);
  return report;
}
