// The sale aggregate: the rows of one `id_mutation` (lots, dependencies, land rows, each repeating the
// price) folded into one record a model, a comparable search or a reviewer can use, after checking that
// the rows agree on what must be common to the whole sale. Shared code: pure TypeScript.

import type { DvfRow, IssueCode, LineIssue } from "./geodvf-row.ts";

export interface Sale {
  id: string;
  date: string;
  nature: string;
  price: number;
  communeCode: string;
  departementCode: string;
  /** 1–20 for Paris (communes 75101–75120), null elsewhere. */
  arrondissement: number | null;
  /** Cadastral section of the first row: commune (5) + prefix (3) + section (2), e.g. "75117000BG". */
  section: string;
  parcels: string[];
  address: { number: string; suffix: string; street: string; postalCode: string };
  /** WGS84 position of the first geocoded row; null when no row is geocoded. */
  longitude: number | null;
  latitude: number | null;
  /** Rows typed Appartement or Maison. */
  dwellings: number;
  dwellingType: "Appartement" | "Maison" | "mixed" | null;
  /** Sum of `surface_reelle_bati` over dwelling rows. */
  dwellingSurface: number;
  /** The first dwelling row, as one-row-per-sale extracts (and the expected-price model) see the sale. */
  firstDwelling: {
    surface: number | null;
    rooms: number | null;
    lotCount: number;
    carrezSurface: number | null;
    /** Its parcel and first listed lot ("75114000CL0063/5"): the same flat in another sale; null without lot. */
    lotKey: string | null;
  } | null;
  rooms: number;
  /** Sum of `nombre_lots` over rows. */
  lotCount: number;
  /** Sum of the Carrez surfaces given for lots (geo-dvf lists at most five lots per row). */
  carrezSurface: number;
  dependencies: number;
  commercialPremises: number;
  /** Land surface, counted once per parcel and culture. */
  landSurface: number;
  rows: number;
  firstLine: number;
  lastLine: number;
}

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
