// The sales placed in the quartiers administratifs of Paris, for the console's maps: the price per m² of the
// quartier of a case's sale (the in-scope sales whose geocode lies in its polygon, over the same window as the
// arrondissement's distribution) and the cases matching the list's filters counted by quartier. The quartier is
// found from the sale's geocode with the shared geometry (domain/geo), so nothing is stored for it.
import type { QuartierCases, QuartierPrice } from "../../../domain/contracts/sales";
import { boundsOfQuartier, PARIS_AREAS, quartierOf, quartierRef } from "../../../domain/geo/paris-areas";
import type { Sale } from "../../../domain/sales/sale";
import { addMonths } from "../../../domain/time/days";
import { quantile } from "../../../models/lib/metrics";
import { caseFilterSql, type CaseFilters } from "./cases";
import { DISTRIBUTION_MONTHS } from "./evidence";

interface PlacedRow {
  longitude: number | null;
  latitude: number | null;
  arrondissement: number | null;
}

const quartierCode = (row: PlacedRow) =>
  row.longitude === null || row.latitude === null ? null : (quartierOf([row.longitude, row.latitude], row.arrondissement)?.code ?? null);

/** Prices per m² of the in-scope sales of the sale's quartier within the distribution's window, the sale left out. */
export async function quartierPrice(db: D1Database, sale: Sale): Promise<QuartierPrice | null> {
  if (sale.longitude === null || sale.latitude === null) return null;
  const quartier = quartierOf([sale.longitude, sale.latitude], sale.arrondissement);
  if (!quartier) return null;
  const box = boundsOfQuartier(quartier.code);
  const from = addMonths(sale.date, -DISTRIBUTION_MONTHS);
  const to = addMonths(sale.date, DISTRIBUTION_MONTHS);
  const { results } = await db
    .prepare(
      `SELECT longitude, latitude, arrondissement, price_per_m2 AS p FROM sales WHERE in_scope = 1 AND price_per_m2 IS NOT NULL
       AND latitude BETWEEN ?1 AND ?2 AND longitude BETWEEN ?3 AND ?4 AND date BETWEEN ?5 AND ?6 AND id <> ?7`,
    )
    .bind(box.south, box.north, box.west, box.east, from, to, sale.id)
    .all<PlacedRow & { p: number }>();
  const values = results.filter((row) => quartierCode(row) === quartier.code).map((row) => row.p);
  return {
    quartier: quartierRef(quartier),
    from,
    to,
    count: values.length,
    median: values.length ? quantile(values, 0.5) : null,
    quartiles: values.length ? [quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75)] : null,
  };
}

/** The cases matching the filters, counted by the quartier of their sale (every quartier listed, in code order). */
export async function casesByQuartier(db: D1Database, filters: CaseFilters): Promise<QuartierCases> {
  const { sql, params } = caseFilterSql(filters);
  const { results } = await db
    .prepare(`SELECT s.longitude, s.latitude, c.arrondissement FROM sales_cases c JOIN sales s ON s.id = c.sale_id ${sql}`)
    .bind(...params)
    .all<PlacedRow>();
  const counts = new Map<number, number>();
  let unplaced = 0;
  for (const row of results) {
    const code = quartierCode(row);
    if (code === null) unplaced++;
    else counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return {
    quartiers: PARIS_AREAS.quartiers.map((q) => ({ quartier: quartierRef(q), cases: counts.get(q.code) ?? 0 })),
    unplaced,
    total: results.length,
  };
}
