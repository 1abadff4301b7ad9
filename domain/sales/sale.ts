// The sale aggregate: the rows of one `id_mutation` (lots, dependencies, land rows, each repeating the
// price) folded into one record a model, a comparable search or a reviewer can use, after checking that
// the rows agree on what must be common to the whole sale. Its schema also documents it in the API. Shared code.
import { z } from "zod";
import type { DvfRow, IssueCode, LineIssue } from "./geodvf-row.ts";

export const saleSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    nature: z.string(),
    price: z.number(),
    communeCode: z.string(),
    departementCode: z.string(),
    arrondissement: z.number().int().nullable().meta({ description: "1–20 for Paris (communes 75101–75120), null elsewhere" }),
    section: z.string().meta({ description: 'Cadastral section of the first row: commune (5) + prefix (3) + section (2), e.g. "75117000BG"' }),
    parcels: z.array(z.string()),
    address: z.object({ number: z.string(), suffix: z.string(), street: z.string(), postalCode: z.string() }),
    longitude: z.number().nullable().meta({ description: "WGS84 position of the first geocoded row; null when no row is geocoded" }),
    latitude: z.number().nullable(),
    dwellings: z.number().int().meta({ description: "Rows typed Appartement or Maison" }),
    dwellingType: z.enum(["Appartement", "Maison", "mixed"]).nullable(),
    dwellingSurface: z.number().meta({ description: "Sum of surface_reelle_bati over dwelling rows" }),
    firstDwelling: z
      .object({
        surface: z.number().nullable(),
        rooms: z.number().nullable(),
        lotCount: z.number().int(),
        carrezSurface: z.number().nullable(),
        lotKey: z.string().nullable().meta({ description: 'Its parcel and first listed lot ("75114000CL0063/5"): the same flat in another sale; null without lot' }),
      })
      .nullable()
      .meta({ description: "The first dwelling row, as one-row-per-sale extracts (and the expected-price model) see the sale" }),
    rooms: z.number().int(),
    lotCount: z.number().int().meta({ description: "Sum of nombre_lots over rows" }),
    carrezSurface: z.number().meta({ description: "Sum of the Carrez surfaces given for lots (geo-dvf lists at most five lots per row)" }),
    dependencies: z.number().int(),
    commercialPremises: z.number().int(),
    landSurface: z.number().meta({ description: "Land surface, counted once per parcel and culture" }),
    rows: z.number().int(),
    firstLine: z.number().int(),
    lastLine: z.number().int(),
  })
  .meta({ id: "Sale", description: "The rows of one id_mutation folded into one sale" });
export type Sale = z.infer<typeof saleSchema>;

const DWELLING_TYPES = new Set(["Appartement", "Maison"]);

function carrezOf(row: DvfRow): number | null {
  const given = row.lots.filter((lot) => lot.carrezSurface !== null);
  return given.length === 0 ? null : given.reduce((s, lot) => s + (lot.carrezSurface as number), 0);
}

/** Issues for rows that disagree with the first row on price, date, nature or commune. */
export function checkSaleConsistency(rows: DvfRow[]): LineIssue[] {
  const first = rows[0];
  const issues: LineIssue[] = [];
  const checks: [IssueCode, (r: DvfRow) => string | number][] = [
    ["inconsistent_price", (r) => r.price],
    ["inconsistent_date", (r) => r.date],
    ["inconsistent_nature", (r) => r.nature],
    ["inconsistent_commune", (r) => r.communeCode],
  ];
  for (const row of rows.slice(1)) {
    for (const [code, value] of checks) {
      if (value(row) !== value(first)) {
        issues.push({
          line: row.line,
          code,
          saleId: row.saleId,
          message: `sale ${row.saleId}: ${value(row)} here but ${value(first)} on line ${first.line}`,
        });
      }
    }
  }
  return issues;
}

/** Folds the consistent rows of one sale into its aggregate. */
export function aggregateSale(rows: DvfRow[]): Sale {
  const first = rows[0];
  const dwellingRows = rows.filter((r) => r.localType !== null && DWELLING_TYPES.has(r.localType));
  const types = new Set(dwellingRows.map((r) => r.localType));
  const located = rows.find((r) => r.longitude !== null && r.latitude !== null);
  const firstDwelling = dwellingRows[0];
  const landKeys = new Set<string>();
  let landSurface = 0;
  for (const r of rows) {
    const key = `${r.parcelId}|${r.cultureCode}`;
    if (r.landSurface !== null && !landKeys.has(key)) {
      landKeys.add(key);
      landSurface += r.landSurface;
    }
  }
  const arrondissementNumber = Number(first.communeCode) - 75100;
  return {
    id: first.saleId,
    date: first.date,
    nature: first.nature,
    price: first.price,
    communeCode: first.communeCode,
    departementCode: first.departementCode,
    arrondissement: first.departementCode === "75" ? arrondissementNumber : null,
    section: first.parcelId.slice(0, 10),
    parcels: [...new Set(rows.map((r) => r.parcelId))],
    address: { number: first.addressNumber, suffix: first.addressSuffix, street: first.street, postalCode: first.postalCode },
    longitude: located?.longitude ?? null,
    latitude: located?.latitude ?? null,
    dwellings: dwellingRows.length,
    dwellingType: types.size === 0 ? null : types.size > 1 ? "mixed" : (firstDwelling.localType as "Appartement" | "Maison"),
    dwellingSurface: dwellingRows.reduce((s, r) => s + (r.builtSurface ?? 0), 0),
    firstDwelling: firstDwelling
      ? {
          surface: firstDwelling.builtSurface,
          rooms: firstDwelling.rooms,
          lotCount: firstDwelling.lotCount,
          carrezSurface: carrezOf(firstDwelling),
          lotKey: firstDwelling.lots.length > 0 ? `${firstDwelling.parcelId}/${firstDwelling.lots[0].number}` : null,
        }
      : null,
    rooms: dwellingRows.reduce((s, r) => s + (r.rooms ?? 0), 0),
    lotCount: rows.reduce((s, r) => s + r.lotCount, 0),
    carrezSurface: rows.reduce((s, r) => s + (carrezOf(r) ?? 0), 0),
    dependencies: rows.filter((r) => r.localType === "Dépendance").length,
    commercialPremises: rows.filter((r) => r.localType === "Local industriel. commercial ou assimilé").length,
    landSurface,
    rows: rows.length,
    firstLine: first.line,
    lastLine: rows[rows.length - 1].line,
  };
}
