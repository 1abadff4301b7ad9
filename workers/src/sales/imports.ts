// Imports of geo-dvf files. An upload is content-addressed: its SHA-256 names the import and the raw file in
// R2, so the same file sent again returns the existing import and creates nothing. A new file is split and
// checked whole first (upload.ts); only then are the raw file stored, the import recorded (audited) and its
// chunk events published. Status views report progress, counters and the rejected lines. An import whose
// chunk or finalisation event exhausted its retries (recorded in dead_events) is reported "stalled"; sending
// the same file again publishes those events once more, once the cause is fixed.
import type { RejectedLine, SalesImport } from "../../../domain/contracts/sales";
import type { IssueCode } from "../../../domain/sales/geodvf-row";
import type { ImportState } from "../../../domain/sales/imports";
import { utcDay } from "../../../domain/time/days";
import type { ActingAgent } from "../platform/auth";
import { withAudit } from "../platform/audit";
import { sha256Hex } from "../platform/hash";
import { deadEventIds, forgetDeadEvents } from "../events/dead-letters";
import { publish } from "../events/publish";
import { chunkEvent, finaliseEvent } from "./events";
import { importIdFor, rawFileKey } from "./settings";
import { splitUpload, type StoredChunk } from "./upload";

interface ImportRow {
  id: string;
  sha256: string;
  file_name: string | null;
  bytes: number;
  text_bytes: number;
  compressed: number;
  max_date: string;
  status: ImportState;
  chunks_total: number;
  chunks_done: number;
  rows_read: number;
  sales_imported: number;
  sales_known: number;
  sales_rejected: number;
  lines_rejected: number;
  sales_scored: number;
  cases_opened: number;
  created_by: string;
  created_at: string;
  published_at: string | null;
  completed_at: string | null;
}

/** Which of an import's events are in the dead letters: chunk indices, and whether its finalisation is. */
interface DeadSteps {
  chunks: number[];
  finalise: boolean;
}

const NONE_DEAD: DeadSteps = { chunks: [], finalise: false };

/** Dead steps of the given imports (event ids derive from the import id: see events.ts). */
async function deadSteps(db: D1Database, importIds: string[]): Promise<Map<string, DeadSteps>> {
  const found = new Map<string, DeadSteps>();
  if (!importIds.length) return found;
  const wanted = new Set(importIds);
  for (const event_id of await deadEventIds(db, ["sales.import-chunk", "sales.import-finalise"])) {
    const [kind, importId, index] = event_id.split(":");
    if (!wanted.has(importId)) continue;
    const steps = found.get(importId) ?? { chunks: [], finalise: false };
    if (kind === "sales.chunk") steps.chunks.push(Number(index));
    if (kind === "sales.finalise") steps.finalise = true;
    found.set(importId, steps);
  }
  for (const steps of found.values()) steps.chunks.sort((a, b) => a - b);
  return found;
}

export async function importViewOf(db: D1Database, row: ImportRow) {
  return importView(row, (await deadSteps(db, [row.id])).get(row.id));
}

function importView(row: ImportRow, dead: DeadSteps = NONE_DEAD): SalesImport {
  const stalled = row.status === "processing" && (dead.chunks.length > 0 || dead.finalise);
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    bytes: row.bytes,
    textBytes: row.text_bytes,
    compressed: row.compressed === 1,
    status: stalled ? ("stalled" as const) : row.status,
    failedChunks: dead.chunks,
    progress: row.status === "completed" ? 1 : row.chunks_total ? row.chunks_done / row.chunks_total : 0,
    chunksTotal: row.chunks_total,
    chunksDone: row.chunks_done,
    rowsRead: row.rows_read,
    salesImported: row.sales_imported,
    salesAlreadyKnown: row.sales_known,
    salesRejected: row.sales_rejected,
    linesRejected: row.lines_rejected,
    salesScored: row.sales_scored,
    casesOpened: row.cases_opened,
    createdBy: row.created_by,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}

/** Publishes again the events of a stalled import, dropping their dead-letter records in the same step. */
async function resumeDeadSteps(env: Env, row: ImportRow, dead: DeadSteps): Promise<void> {
  const chunks = (await storedChunks(env, row.sha256)).filter((c) => dead.chunks.includes(c.index));
  const events = [...chunks.map((c) => chunkEvent({ importId: row.id, index: c.index, key: c.key, firstDataLine: c.firstDataLine })), ...(dead.finalise ? [finaliseEvent(row.id)] : [])];
  await publish(env.EVENTS, events);
  await env.DB.batch(forgetDeadEvents(env.DB, events.map((e) => e.id)));
}

async function publishChunks(env: Env, importId: string, chunks: Pick<StoredChunk, "index" | "key" | "firstDataLine">[], now: Date) {
  await publish(env.EVENTS, chunks.map((c) => chunkEvent({ importId, index: c.index, key: c.key, firstDataLine: c.firstDataLine })));
  await env.DB.prepare("UPDATE sales_imports SET published_at = ?2 WHERE id = ?1").bind(importId, now.toISOString()).run();
}

/** The chunks of an import whose events may not all have been published (the upload stopped half-way). */
async function storedChunks(env: Env, sha256: string): Promise<StoredChunk[]> {
  const listed = await env.UPLOADS.list({ prefix: `sales/chunks/${sha256}/`, include: ["customMetadata"] });
  return listed.objects.map((o) => ({ index: Number(o.key.split("/").pop()), key: o.key, firstDataLine: Number(o.customMetadata?.firstDataLine) }));
}

/**
 * Accepts an uploaded file: the existing import for a file already sent (created: false), or a new import
 * whose chunks are queued (created: true). Throws an ApiError for a file-level problem, leaving nothing behind.
 */
export async function acceptUpload(env: Env, raw: ArrayBuffer, fileName: string | null, agent: ActingAgent, now = new Date()): Promise<{ created: boolean; view: SalesImport }> {
  const sha256 = await sha256Hex(raw);
  const id = importIdFor(sha256);
  const existing = await getImport(env.DB, id);
  if (existing) {
    if (!existing.published_at) await publishChunks(env, id, await storedChunks(env, sha256), now);
    const dead = (await deadSteps(env.DB, [id])).get(id);
    if (dead && existing.status === "processing") await resumeDeadSteps(env, existing, dead);
    return { created: false, view: importView(existing) };
  }
  const bytes = new Uint8Array(raw);
  const split = await splitUpload(env.UPLOADS, bytes, sha256);
  await env.UPLOADS.put(rawFileKey(sha256), bytes, {
    httpMetadata: { contentType: split.compressed ? "application/gzip" : "text/csv; charset=utf-8" },
    customMetadata: { fileName: fileName ?? "" },
    sha256,
  });
  const at = now.toISOString();
  await withAudit(
    env.DB,
    [{ actor: agent.id, role: agent.role, action: "sales.import-accepted", subjectKind: "sales-import", subjectId: id, inputHash: sha256, output: { bytes: raw.byteLength, chunks: split.chunks.length } }],
    [
      env.DB.prepare(
        `INSERT INTO sales_imports (id, sha256, file_name, raw_key, bytes, text_bytes, compressed, max_date, status, chunks_total, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'processing', ?9, ?10, ?11) ON CONFLICT DO NOTHING`,
      ).bind(id, sha256, fileName, rawFileKey(sha256), raw.byteLength, split.textBytes, split.compressed ? 1 : 0, utcDay(now), split.chunks.length, agent.id, at),
    ],
    () => now,
  );
  await publishChunks(env, id, split.chunks, now);
  return { created: true, view: importView((await getImport(env.DB, id)) as ImportRow) };
}

export function getImport(db: D1Database, id: string): Promise<ImportRow | null> {
  return db.prepare("SELECT * FROM sales_imports WHERE id = ?1").bind(id).first<ImportRow>();
}

export async function listImports(db: D1Database, limit: number, offset: number): Promise<{ items: SalesImport[]; total: number }> {
  const [rows, count] = await db.batch([
    db.prepare("SELECT * FROM sales_imports ORDER BY created_at DESC, id LIMIT ?1 OFFSET ?2").bind(limit, offset),
    db.prepare("SELECT count(*) AS n FROM sales_imports"),
  ]);
  const imports = rows.results as ImportRow[];
  const dead = await deadSteps(db, imports.map((i) => i.id));
  return { items: imports.map((i) => importView(i, dead.get(i.id))), total: (count.results[0] as { n: number }).n };
}

/** A page of the import's rejected lines (one entry per reason, by line), and how many there are. */
export async function rejectedLines(db: D1Database, importId: string, limit: number, offset: number): Promise<{ items: RejectedLine[]; total: number }> {
  const [rows, count] = await db.batch([
    db.prepare("SELECT line, code, column_name, message, sale_id FROM sales_import_rejections WHERE import_id = ?1 ORDER BY line, code, column_name LIMIT ?2 OFFSET ?3")
      .bind(importId, limit, offset),
    db.prepare("SELECT count(*) AS n FROM sales_import_rejections WHERE import_id = ?1").bind(importId),
  ]);
  const items = (rows.results as { line: number; code: IssueCode; column_name: string; message: string; sale_id: string | null }[])
    .map((r) => ({ line: r.line, code: r.code, column: r.column_name || null, message: r.message, saleId: r.sale_id }));
  return { items, total: (count.results[0] as { n: number }).n };
}
