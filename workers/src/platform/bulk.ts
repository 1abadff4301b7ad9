// Bulk writes for D1: many rows in one statement by passing them as one JSON parameter read with
// json_each, which stays under D1's limit of 100 bound parameters per statement and counts as one query.
const MAX_JSON_BYTES = 512 * 1024;

export type SqlValue = string | number | boolean | null;

/** INSERT statements for `rows` (each an array of values in `columns` order), chunked by JSON size. */
export function bulkInsert(
  db: D1Database,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  conflict = "",
): D1PreparedStatement[] {
  const select = columns.map((_, i) => `value ->> ${i}`).join(", ");
  const sql = `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${select} FROM json_each(?1) WHERE true ${conflict}`;
  const statements: D1PreparedStatement[] = [];
  let chunk: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (chunk.length) statements.push(db.prepare(sql).bind(`[${chunk.join(",")}]`));
    chunk = [];
    bytes = 0;
  };
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (bytes + json.length > MAX_JSON_BYTES) flush();
    chunk.push(json);
    bytes += json.length + 1;
  }
  flush();
  return statements;
}
