// One chunk of an import (an event per chunk; the text is read from R2): its lines are parsed into sales by
// the shared geo-dvf parser, new sales are priced at the edge, a case opens where the declared price is below
// the opening share of the expected price, and rejected lines are recorded with their line number and reason.
// Everything — sales, cases, rejections, the chunk's record, the import's counters, one audit entry per score
// and per case — is written in one D1 batch. A chunk already recorded writes nothing (duplicate delivery);
// sales already known (from an earlier import) are neither written nor scored again.
import { parseGeoDvf, type LineIssue, type ParseBatch } from "../../../domain/sales/geodvf";
import { priceSignal } from "../../../domain/sales/triage";
import { withAudit, type AuditEntry } from "../platform/audit";
import { bulkInsert, type SqlValue } from "../platform/bulk";
import type { ModelRef } from "../../../domain/contracts/common";
import { CASE_COLUMNS, caseAudit, caseRow, SALE_COLUMNS, saleRow, scoreAudit } from "./records";
import { priceSales } from "./expected-prices";
import { MIN_SALE_DATE, triageThresholds } from "./settings";

export interface ChunkRef {
  importId: string;
  index: number;
  key: string;
  firstDataLine: number;
}

const REJECTION_COLUMNS = ["import_id", "line", "code", "column_name", "message", "sale_id"] as const;

interface ImportRow {
  max_date: string;
}

/** One rejection per issue, plus the lines of a rejected sale that had no issue of their own. */
function rejections(importId: string, parsed: ParseBatch, extra: LineIssue[]): SqlValue[][] {
  const issues = [...parsed.issues, ...extra];
  const withIssue = new Set(issues.map((i) => i.line));
  for (const sale of parsed.rejected) {
    for (const line of sale.lines) {
      if (withIssue.has(line)) continue;
      const cause = sale.issues[0];
      issues.push({ line, code: "sale_rejected", saleId: sale.id, message: `sale ${sale.id} is rejected: line ${cause.line} (${cause.code}) ${cause.message}` });
    }
  }
  return issues.map((i) => [importId, i.line, i.code, i.column ?? "", i.message, i.saleId ?? null]);
}

export async function importChunk(env: Env, chunk: ChunkRef, now = new Date()): Promise<{ chunksDone: number; chunksTotal: number } | null> {
  const db = env.DB;
  const [importRows, doneRows] = await db.batch([
    db.prepare("SELECT max_date FROM sales_imports WHERE id = ?1").bind(chunk.importId),
    db.prepare("SELECT 1 FROM sales_import_chunks WHERE import_id = ?1 AND idx = ?2").bind(chunk.importId, chunk.index),
  ]);
  const imported = importRows.results[0] as ImportRow | undefined;
  if (!imported) return null;
  if (doneRows.results.length) return progress(db, chunk.importId);

  const object = await env.UPLOADS.get(chunk.key);
  if (!object) throw new Error(`chunk ${chunk.key} of import ${chunk.importId} is missing from R2`);
  const parsed = parseGeoDvf(await object.text(), { firstDataLine: chunk.firstDataLine, minDate: MIN_SALE_DATE, maxDate: imported.max_date });

  const { results: known } = await db
    .prepare("SELECT id, import_id FROM sales WHERE id IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(parsed.sales.map((s) => s.id)))
    .all<{ id: string; import_id: string }>();
  const knownIds = new Map(known.map((k) => [k.id, k.import_id]));
  const fresh = parsed.sales.filter((s) => !knownIds.has(s.id));
  // A sale already written by another chunk of the same file had its rows split apart in the file.
  const splitSales = parsed.sales.filter((s) => knownIds.get(s.id) === chunk.importId);
  const split: LineIssue[] = splitSales.flatMap((s) =>
    Array.from({ length: s.lastLine - s.firstLine + 1 }, (_, k) => ({
      line: s.firstLine + k,
      code: "sale_not_contiguous" as const,
      saleId: s.id,
      message: `rows of sale ${s.id} appear again after other sales; only its first rows were imported`,
    })),
  );

  const thresholds = triageThresholds(env);
  const { model: loaded, priced } = await priceSales(fresh);
  const model: ModelRef | null = loaded ? { id: loaded.entry.id, version: loaded.entry.version } : null;
  const at = now.toISOString();
  const audit: AuditEntry[] = [];
  const cases: SqlValue[][] = [];
  for (const p of priced) {
    if (p.expectedPrice === null || !model) continue;
    audit.push(await scoreAudit(p, model));
    const signal = priceSignal(p.sale, p.expectedPrice, thresholds);
    if (!signal) continue;
    cases.push(caseRow(p.sale, signal, thresholds, chunk.importId, model, at));
    audit.push(await caseAudit(p.sale, signal, model, { sale: p.sale.id, features: p.features, threshold: thresholds.openBelowShareOfExpected }));
  }
  const rejected = rejections(chunk.importId, parsed, split);
  const scored = priced.filter((p) => p.expectedPrice !== null).length;
  const chunkRecord = [parsed.stats.lines, fresh.length, parsed.sales.length - fresh.length - splitSales.length, parsed.rejected.length + splitSales.length, new Set(rejected.map((r) => r[1])).size, scored];
  await withAudit(
    db,
    audit,
    [
      ...bulkInsert(db, "sales", SALE_COLUMNS, priced.map((p) => saleRow(p, chunk.importId, model, at)), "ON CONFLICT (id) DO NOTHING"),
      ...bulkInsert(db, "sales_cases", CASE_COLUMNS, cases, "ON CONFLICT (id) DO NOTHING"),
      ...bulkInsert(db, "sales_import_rejections", REJECTION_COLUMNS, rejected, "ON CONFLICT DO NOTHING"),
      db
        .prepare(
          `INSERT INTO sales_import_chunks (import_id, idx, rows_read, sales_imported, sales_known, sales_rejected, lines_rejected, sales_scored, processed_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING`,
        )
        .bind(chunk.importId, chunk.index, ...chunkRecord, at),
      refreshCounters(db, chunk.importId),
    ],
    () => now,
  );
  return progress(db, chunk.importId);
}

/** The import's counters, recomputed from its chunk records and its cases (idempotent). */
export function refreshCounters(db: D1Database, importId: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE sales_imports SET
         chunks_done = (SELECT count(*) FROM sales_import_chunks WHERE import_id = ?1),
         rows_read = (SELECT coalesce(sum(rows_read), 0) FROM sales_import_chunks WHERE import_id = ?1),
         sales_imported = (SELECT coalesce(sum(sales_imported), 0) FROM sales_import_chunks WHERE import_id = ?1),
         sales_known = (SELECT coalesce(sum(sales_known), 0) FROM sales_import_chunks WHERE import_id = ?1),
         sales_rejected = (SELECT coalesce(sum(sales_rejected), 0) FROM sales_import_chunks WHERE import_id = ?1),
         lines_rejected = (SELECT coalesce(sum(lines_rejected), 0) FROM sales_import_chunks WHERE import_id = ?1),
         sales_scored = (SELECT coalesce(sum(sales_scored), 0) FROM sales_import_chunks WHERE import_id = ?1),
         cases_opened = (SELECT count(*) FROM sales_cases WHERE import_id = ?1)
       WHERE id = ?1`,
    )
    .bind(importId);
}

async function progress(db: D1Database, importId: string) {
  const row = await db.prepare("SELECT chunks_done, chunks_total FROM sales_imports WHERE id = ?1").bind(importId).first<{ chunks_done: number; chunks_total: number }>();
  return row ? { chunksDone: row.chunks_done, chunksTotal: row.chunks_total } : null;
}
