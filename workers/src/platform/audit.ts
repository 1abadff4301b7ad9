// The audit log: every automated score and every human decision, append-only and hash-chained.
// Entries are appended in the same D1 batch as the write they document, so neither exists without the
// other. Concurrent appenders race on the `seq` primary key; the loser's whole batch rolls back and retries.
import type { ChainBreak, ChainReport } from "../../../domain/contracts/platform";
import { bulkInsert } from "./bulk";
import { canonicalJson, sha256Hex } from "./hash";

export interface AuditEntry {
  actor: string;
  role: string;
  action: string;
  subjectKind?: string;
  subjectId?: string;
  modelId?: string;
  modelVersion?: string;
  inputHash?: string;
  output: unknown;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  subject_kind: string | null;
  subject_id: string | null;
  model_id: string | null;
  model_version: string | null;
  input_hash: string | null;
  output: string;
  prev_hash: string;
  hash: string;
}

export const SYSTEM_ACTOR = { actor: "system", role: "system" } as const;

const columns = [
  "seq", "at", "actor", "role", "action", "subject_kind", "subject_id",
  "model_id", "model_version", "input_hash", "output", "prev_hash", "hash",
] as const;

type Content = Omit<AuditRow, "hash">;

/** The hash of one entry: its content, including the previous hash and its position. */
export function entryHash(row: Content): Promise<string> {
  return sha256Hex(canonicalJson(row));
}

async function tail(db: D1Database): Promise<{ seq: number; hash: string }> {
  const last = await db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").first<{ seq: number; hash: string }>();
  return last ?? (await db.prepare("SELECT seq, hash FROM audit_anchor WHERE id = 1").first<{ seq: number; hash: string }>())!;
}

async function chain(entries: readonly AuditEntry[], from: { seq: number; hash: string }, at: string): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  let prev = from;
  for (const entry of entries) {
    const content: Content = {
      seq: prev.seq + 1,
      at,
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      subject_kind: entry.subjectKind ?? null,
      subject_id: entry.subjectId ?? null,
      model_id: entry.modelId ?? null,
      model_version: entry.modelVersion ?? null,
      input_hash: entry.inputHash ?? null,
      output: canonicalJson(entry.output),
      prev_hash: prev.hash,
    };
    const row = { ...content, hash: await entryHash(content) };
    rows.push(row);
    prev = row;
  }
  return rows;
}

/** Another appender took the same `seq` first. Any other failure (a constraint of `statements`) cannot heal by retrying. */
const isSeqConflict = (error: unknown) => /UNIQUE constraint failed: audit_log\.seq/.test(String(error));

/**
 * Runs `statements` and appends `entries` atomically (one D1 batch). Returns the batch results of
 * `statements`, in order.
 */
export async function withAudit(
  db: D1Database,
  entries: readonly AuditEntry[],
  statements: readonly D1PreparedStatement[] = [],
  now: () => Date = () => new Date(),
): Promise<D1Result[]> {
  for (let attempt = 0; ; attempt++) {
    const rows = await chain(entries, await tail(db), now().toISOString());
    const inserts = bulkInsert(db, "audit_log", columns, rows.map((row) => columns.map((column) => row[column])));
    try {
      const results = await db.batch([...statements, ...inserts]);
      return results.slice(0, statements.length);
    } catch (error) {
      if (attempt >= 8 || !isSeqConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
    }
  }
}

/**
 * Recomputes the chain from the anchor, page by page, and reports the first broken link. Removing the
 * newest entries leaves a valid shorter chain: publishing `head` elsewhere is what detects that.
 */
export async function verifyChain(db: D1Database, pageSize = 2000): Promise<ChainReport> {
  let prev = (await db.prepare("SELECT seq, hash FROM audit_anchor WHERE id = 1").first<{ seq: number; hash: string }>())!;
  let entries = 0;
  const broken = (seq: number, reason: ChainBreak): ChainReport => ({
    valid: false, entries, head: { seq: prev.seq, hash: prev.hash }, firstBroken: { seq, reason },
  });
  for (;;) {
    const { results } = await db
      .prepare("SELECT * FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2")
      .bind(entries === 0 ? -1 : prev.seq, pageSize)
      .all<AuditRow>();
    if (!results.length) return { valid: true, entries, head: { seq: prev.seq, hash: prev.hash } };
    for (const row of results) {
      const { hash, ...content } = row;
      if (row.seq !== prev.seq + 1) return broken(row.seq, "gap_or_reorder");
      if (row.prev_hash !== prev.hash) return broken(row.seq, "prev_hash_mismatch");
      if ((await entryHash(content)) !== hash) return broken(row.seq, "hash_mismatch");
      prev = row;
      entries++;
    }
  }
}
