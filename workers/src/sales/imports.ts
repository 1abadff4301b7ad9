// Imports of geo-dvf files. An upload is content-addressed: its SHA-256 names the import and the raw file in
// R2, so the same file sent again returns the existing import and creates nothing. A new file is split and
// checked whole first (upload.ts); only then are the raw file stored, the import recorded (audited) and its
// chunk events published. Status views report progress, counters, the rejected lines and a stall (stalls.ts);
// sending the same file again resumes a stalled import, as POST /sales/imports/{id}/resume does. A file with sales
// outside Paris is refused (409 other_city, one field error per commune, nothing kept) until the agent chooses
// to import it; the communes are then recorded with the import and shown with it.
import type { RejectedLine, SalesImport } from "../../../domain/contracts/sales";
import type { CommuneLines } from "../../../domain/sales/communes";
import type { IssueCode } from "../../../domain/sales/geodvf-row";
import type { ImportState, OTHER_CITIES_CHOICES } from "../../../domain/sales/imports";
import { utcDay } from "../../../domain/time/days";
import type { ActingAgent } from "../platform/auth";
import { withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { sha256Hex } from "../platform/hash";
import { importIdFor, rawFileKey } from "./settings";
import { deadSteps, NONE_DEAD, publishChunks, resumeImport, stallOf, type DeadSteps, type ProgressRow } from "./stalls";
import { deleteChunks, splitUpload } from "./upload";

interface ImportRow extends ProgressRow {
  file_name: string | null;
  bytes: number;
  text_bytes: number;
  compressed: number;
  max_date: string;
  status: ImportState;
  rows_read: number;
  sales_imported: number;
  sales_known: number;
  sales_rejected: number;
  lines_rejected: number;
  sales_scored: number;
  cases_opened: number;
  created_by: string;
  completed_at: string | null;
  other_cities: string | null;
}

export async function importViewOf(db: D1Database, row: ImportRow, now = new Date()): Promise<SalesImport> {
  return importView(db, row, (await deadSteps(db, [row.id])).get(row.id), now);
}

async function importView(db: D1Database, row: ImportRow, dead: DeadSteps = NONE_DEAD, now: Date): Promise<SalesImport> {
  const stall = await stallOf(db, row, dead, now);
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    bytes: row.bytes,
    textBytes: row.text_bytes,
    compressed: row.compressed === 1,
    status: stall ? "stalled" : row.status,
    failedChunks: dead.chunks,
    stall,
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
    otherCities: row.other_cities ? (JSON.parse(row.other_cities) as CommuneLines[]) : [],
  };
}

/** The refusal of a file with sales outside Paris: one field error per commune, for the agent to choose. */
function otherCities(communes: CommuneLines[]): ApiError {
  const lines = communes.reduce((n, c) => n + c.lines, 0);
  return new ApiError(
    "conflict",
    `The file has ${lines} lines outside Paris (${communes.map((c) => `${c.code} ${c.name}`).join(", ")}): their sales would be kept but neither priced nor triaged. Send it again with otherCities=import to import it anyway.`,
    communes.map((c) => ({ field: "file", code: "other_city", line: c.firstLine, count: c.lines, value: `${c.code} ${c.name}`, message: `${c.lines} lines of ${c.code} ${c.name}, from line ${c.firstLine}` })),
  );
}

/**
 * Accepts an uploaded file: the existing import for a file already sent (created: false), or a new import
 * whose chunks are queued (created: true). Throws an ApiError for a file-level problem, leaving nothing behind.
 */
export async function acceptUpload(
  env: Env,
  raw: ArrayBuffer,
  { fileName, otherCities: choice }: { fileName: string | null; otherCities: (typeof OTHER_CITIES_CHOICES)[number] },
  agent: ActingAgent,
  now = new Date(),
): Promise<{ created: boolean; view: SalesImport }> {
  const sha256 = await sha256Hex(raw);
  const id = importIdFor(sha256);
  const existing = await getImport(env.DB, id);
  if (existing) {
    // An upload stopped before its events were all on the queue, or an import stalled: this sending resumes it.
    if (existing.status === "processing" && !existing.published_at) await publishChunks(env, existing, "all", false, now);
    else await resumeImport(env, existing, now);
    return { created: false, view: await importViewOf(env.DB, (await getImport(env.DB, id))!, now) };
  }
  const bytes = new Uint8Array(raw);
  const split = await splitUpload(env.UPLOADS, bytes, sha256);
  if (split.outsideParis.length && choice !== "import") {
    await deleteChunks(env.UPLOADS, split.chunks);
    throw otherCities(split.outsideParis);
  }
  const outsideParis = split.outsideParis.length ? JSON.stringify(split.outsideParis) : null;
  await env.UPLOADS.put(rawFileKey(sha256), bytes, {
    httpMetadata: { contentType: split.compressed ? "application/gzip" : "text/csv; charset=utf-8" },
    customMetadata: { fileName: fileName ?? "" },
    sha256,
  });
  const at = now.toISOString();
  await withAudit(
    env.DB,
    [{ actor: agent.id, role: agent.role, action: "sales.import-accepted", subjectKind: "sales-import", subjectId: id, inputHash: sha256, output: { bytes: raw.byteLength, chunks: split.chunks.length, otherCities: split.outsideParis } }],
    [
      env.DB.prepare(
        `INSERT INTO sales_imports (id, sha256, file_name, raw_key, bytes, text_bytes, compressed, max_date, status, chunks_total, created_by, created_at, other_cities)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'processing', ?9, ?10, ?11, ?12) ON CONFLICT DO NOTHING`,
      ).bind(id, sha256, fileName, rawFileKey(sha256), raw.byteLength, split.textBytes, split.compressed ? 1 : 0, utcDay(now), split.chunks.length, agent.id, at, outsideParis),
    ],
    () => now,
  );
  await publishChunks(env, { id, sha256 }, "all", false, now);
  return { created: true, view: await importViewOf(env.DB, (await getImport(env.DB, id))!, now) };
}

/** An import's columns, with the time of its newest chunk done (the stall check's clock). */
const IMPORT_SELECT = "SELECT i.*, (SELECT max(processed_at) FROM sales_import_chunks c WHERE c.import_id = i.id) AS last_chunk_at FROM sales_imports i";

export function getImport(db: D1Database, id: string): Promise<ImportRow | null> {
  return db.prepare(`${IMPORT_SELECT} WHERE i.id = ?1`).bind(id).first<ImportRow>();
}

export async function listImports(db: D1Database, limit: number, offset: number): Promise<{ items: SalesImport[]; total: number }> {
  const [rows, count] = await db.batch([
    db.prepare(`${IMPORT_SELECT} ORDER BY i.created_at DESC, i.id LIMIT ?1 OFFSET ?2`).bind(limit, offset),
    db.prepare("SELECT count(*) AS n FROM sales_imports"),
  ]);
  const imports = rows.results as ImportRow[];
  const dead = await deadSteps(db, imports.map((i) => i.id));
  const now = new Date();
  return { items: await Promise.all(imports.map((i) => importView(db, i, dead.get(i.id), now))), total: (count.results[0] as { n: number }).n };
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
