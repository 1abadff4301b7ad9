// The end of an import, once every chunk is in: quick resales of the same lot are looked for among all the
// sales that share a lot with this import's sales (earlier imports included), in one pass, so the order in
// which chunks were handled does not matter; a case opens on the later sale of each pair outside the price
// band (audited), the import is marked completed and its chunk objects are removed from R2 (the raw file
// stays). Idempotent: a completed import is left alone, and a case already open is not opened again.
import type { Sale } from "../../../domain/sales/sale";
import { previousSaleOfLot, quickResaleSignal } from "../../../domain/sales/triage";
import { withAudit, type AuditEntry } from "../platform/audit";
import { bulkInsert, type SqlValue } from "../platform/bulk";
import { refreshCounters } from "./chunks";
import { CASE_COLUMNS, caseAudit, caseIdFor, caseRow } from "./records";
import { chunkKey, triageThresholds } from "./settings";

interface ImportRow {
  status: string;
  sha256: string;
  chunks_total: number;
}

/** Every sale of a lot that this import's sales share with at least one other sale, by lot then date. */
async function lotsSoldAgain(db: D1Database, importId: string): Promise<Sale[][]> {
  const { results } = await db
    .prepare(
      `SELECT lot_key, data FROM sales WHERE lot_key IN (
         SELECT lot_key FROM sales WHERE lot_key IN (SELECT lot_key FROM sales WHERE import_id = ?1 AND lot_key IS NOT NULL)
         GROUP BY lot_key HAVING count(*) > 1)
       ORDER BY lot_key, date, id`,
    )
    .bind(importId)
    .all<{ lot_key: string; data: string }>();
  const lots = new Map<string, Sale[]>();
  for (const row of results) lots.set(row.lot_key, [...(lots.get(row.lot_key) ?? []), JSON.parse(row.data) as Sale]);
  return [...lots.values()];
}

export async function finaliseImport(env: Env, importId: string, now = new Date()): Promise<void> {
  const db = env.DB;
  const imported = await db.prepare("SELECT status, sha256, chunks_total FROM sales_imports WHERE id = ?1").bind(importId).first<ImportRow>();
  if (!imported || imported.status === "completed") return;
  const thresholds = triageThresholds(env);
  const at = now.toISOString();
  const found: { sale: Sale; signal: NonNullable<ReturnType<typeof quickResaleSignal>>; previous: Sale }[] = [];
  for (const lot of await lotsSoldAgain(db, importId)) {
    for (const sale of lot) {
      const previous = previousSaleOfLot(sale, lot);
      const signal = previous && quickResaleSignal(sale, previous, thresholds);
      if (signal && previous) found.push({ sale, signal, previous });
    }
  }
  const { results: open } = await db
    .prepare("SELECT id FROM sales_cases WHERE id IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(found.map((f) => caseIdFor("quick_resale", f.sale.id))))
    .all<{ id: string }>();
  const already = new Set(open.map((o) => o.id));
  const fresh = found.filter((f) => !already.has(caseIdFor("quick_resale", f.sale.id)));
  const rows: SqlValue[][] = fresh.map((f) => caseRow(f.sale, f.signal, thresholds, importId, null, at));
  const audit: AuditEntry[] = [];
  for (const f of fresh) {
    const pair = [f.previous, f.sale].map((s) => ({ id: s.id, date: s.date, price: s.price, lot: s.firstDwelling?.lotKey }));
    audit.push(await caseAudit(f.sale, f.signal, null, { pair, band: thresholds.quickResaleRatio, months: thresholds.quickResaleMonths }));
  }
  await withAudit(
    db,
    audit,
    [
      ...bulkInsert(db, "sales_cases", CASE_COLUMNS, rows, "ON CONFLICT (id) DO NOTHING"),
      refreshCounters(db, importId),
      db.prepare("UPDATE sales_imports SET status = 'completed', completed_at = ?2 WHERE id = ?1 AND status = 'processing'").bind(importId, at),
    ],
    () => now,
  );
  const keys = Array.from({ length: imported.chunks_total }, (_, i) => chunkKey(imported.sha256, i));
  for (let i = 0; i < keys.length; i += 1000) await env.UPLOADS.delete(keys.slice(i, i + 1000));
}
