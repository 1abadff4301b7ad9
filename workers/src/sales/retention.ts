// Purge statements of the sales data classes (their periods and reasons are in domain/privacy/data-classes.ts), and the
// sweep of R2: a raw file or chunk whose import no longer exists (purged) is deleted by the nightly sweep,
// once a day old (an upload being split writes its chunks before its import row).
import { DAY_MS } from "../../../domain/time/days";

type Purge = (db: D1Database, cutoff: string) => D1PreparedStatement[];

/** Sales whose date is older than the cutoff, with their cases (the cases' decisions and notes go with them). */
export const purgeSales: Purge = (db, cutoff) => [
  db.prepare("DELETE FROM sales_cases WHERE sale_id IN (SELECT id FROM sales WHERE date < substr(?1, 1, 10))").bind(cutoff),
  db.prepare("DELETE FROM sales WHERE date < substr(?1, 1, 10)").bind(cutoff),
];

/** Cases opened before the cutoff, whatever their status. */
export const purgeCases: Purge = (db, cutoff) => [db.prepare("DELETE FROM sales_cases WHERE opened_at < ?1").bind(cutoff)];

/** Import records (with their chunk records and rejected lines) created before the cutoff. */
export const purgeImports: Purge = (db, cutoff) => [
  db.prepare("DELETE FROM sales_import_rejections WHERE import_id IN (SELECT id FROM sales_imports WHERE created_at < ?1)").bind(cutoff),
  db.prepare("DELETE FROM sales_import_chunks WHERE import_id IN (SELECT id FROM sales_imports WHERE created_at < ?1)").bind(cutoff),
  db.prepare("DELETE FROM sales_imports WHERE created_at < ?1").bind(cutoff),
];

const PREFIXES = ["sales/raw/", "sales/chunks/"];

/** Deletes the R2 objects, older than a day, of imports that no longer exist; returns how many. */
export async function sweepImportFiles(env: Env, asOf: Date): Promise<number> {
  const before = asOf.getTime() - DAY_MS;
  const shaOf = (prefix: string, key: string) => key.slice(prefix.length).split("/")[0];
  let deleted = 0;
  for (const prefix of PREFIXES) {
    let cursor: string | undefined;
    do {
      const page = await env.UPLOADS.list({ prefix, cursor, limit: 1000 });
      const shas = [...new Set(page.objects.map((o) => shaOf(prefix, o.key)))];
      const { results } = await env.DB.prepare("SELECT sha256 FROM sales_imports WHERE sha256 IN (SELECT value FROM json_each(?1))")
        .bind(JSON.stringify(shas))
        .all<{ sha256: string }>();
      const live = new Set(results.map((r) => r.sha256));
      const orphans = page.objects.filter((o) => !live.has(shaOf(prefix, o.key)) && o.uploaded.getTime() < before).map((o) => o.key);
      if (orphans.length) await env.UPLOADS.delete(orphans);
      deleted += orphans.length;
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
  }
  return deleted;
}
