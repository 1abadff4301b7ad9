// Features of the expected-price model, the one definition used by training, the Worker and the browser:
// a sale (its first dwelling, as the one-row-per-sale extract sees it) and a JSON "feature context" of
// price levels learnt from training sales give a Float32 vector in a fixed named order. The model predicts
// the log price per m²; `expectedPriceFromOutput` turns that back into euros. Shared code.

import type { Sale } from "../../domain/sales/sale.ts";
import { monthsBetween } from "../../domain/time/days.ts";

export const SALE_FEATURE_NAMES = [
  "eastMeters",
  "northMeters",
  "diagonalMeters",
  "antiDiagonalMeters",
  "arrondissement",
  "surface",
  "rooms",
  "surfacePerRoom",
  "lotCount",
  "carrezSurface",
  "carrezRatio",
  "monthsSinceOrigin",
  "arrondissementLevel",
  "sectionLevel",
  "sectionSales",
  "cell100Level",
  "cell100Sales",
  "cell200Level",
  "cell200Sales",
  "cell400Level",
  "cell400Sales",
] as const;

export type SaleFeatureName = (typeof SALE_FEATURE_NAMES)[number];

/** What each feature means, in French and English (model card). */
export const SALE_FEATURE_LABELS: Record<SaleFeatureName, { fr: string; en: string }> = {
  eastMeters: { fr: "Position est-ouest (mètres depuis le centre de Paris)", en: "East-west position (metres from central Paris)" },
  northMeters: { fr: "Position nord-sud (mètres depuis le centre de Paris)", en: "North-south position (metres from central Paris)" },
  diagonalMeters: { fr: "Position sur la diagonale sud-ouest → nord-est", en: "Position along the south-west → north-east diagonal" },
  antiDiagonalMeters: { fr: "Position sur la diagonale nord-ouest → sud-est", en: "Position along the north-west → south-east diagonal" },
  arrondissement: { fr: "Arrondissement (1 à 20)", en: "Arrondissement (1 to 20)" },
  surface: { fr: "Surface bâtie du premier logement (m²)", en: "Built surface of the first dwelling (m²)" },
  rooms: { fr: "Nombre de pièces principales", en: "Number of main rooms" },
  surfacePerRoom: { fr: "Surface par pièce (m²)", en: "Surface per room (m²)" },
  lotCount: { fr: "Nombre de lots de copropriété vendus avec le logement", en: "Number of co-ownership lots sold with the dwelling" },
  carrezSurface: { fr: "Surface Carrez des lots (m²)", en: "Carrez surface of the lots (m²)" },
  carrezRatio: { fr: "Surface Carrez rapportée à la surface bâtie", en: "Carrez surface over built surface" },
  monthsSinceOrigin: { fr: "Mois écoulés depuis janvier 2023 (tendance du marché)", en: "Months since January 2023 (market trend)" },
  arrondissementLevel: { fr: "Niveau de prix au m² de l'arrondissement (ventes 2023–2024)", en: "Price level per m² of the arrondissement (2023–2024 sales)" },
  sectionLevel: { fr: "Niveau de prix au m² de la section cadastrale, lissé", en: "Smoothed price level per m² of the cadastral section" },
  sectionSales: { fr: "Nombre de ventes derrière ce niveau de section", en: "Number of sales behind the section level" },
  cell100Level: { fr: "Niveau de prix au m² du carré de 100 m, lissé", en: "Smoothed price level per m² of the 100 m grid cell" },
  cell100Sales: { fr: "Nombre de ventes du carré de 100 m", en: "Number of sales in the 100 m cell" },
  cell200Level: { fr: "Niveau de prix au m² du carré de 200 m, lissé", en: "Smoothed price level per m² of the 200 m grid cell" },
  cell200Sales: { fr: "Nombre de ventes du carré de 200 m", en: "Number of sales in the 200 m cell" },
  cell400Level: { fr: "Niveau de prix au m² du carré de 400 m, lissé", en: "Smoothed price level per m² of the 400 m grid cell" },
  cell400Sales: { fr: "Nombre de ventes du carré de 400 m", en: "Number of sales in the 400 m cell" },
};

/** Mean log price per m² and number of training sales behind it. */
export type LevelEntry = [meanLogPricePerM2: number, sales: number];
export type LevelTable = Record<string, LevelEntry>;

/** Grid cell sizes (metres), finest first; each cell nests in one cell of the next size. */
export const GRID_CELL_METERS = [100, 200, 400] as const;

/**
 * Price levels learnt from training sales only, shipped next to the model. Tables hold raw means and
 * counts; each level is shrunk towards its parent (section → arrondissement → Paris, and the grid cells
 * finest → coarsest → arrondissement) when features are computed, with `smoothing` pseudo-sales. (A table
 * by parcel was tried: no gain on validation over the 100 m cells, for a context four times larger.)
 */
export interface SaleFeatureContext {
  version: 1;
  /**
   * Paris-wide effect of the priced surface on the log price per m²: offsets by surface band, band b
   * covering surfaces up to `upperSurfaces[b]` (the last band is open). Levels are learnt on log prices
   * per m² minus this offset, so that a place is not priced by its mix of sizes; the level features are
   * these size-free levels, so that the location factor of an explanation holds no size effect (same
   * validation error as levels with the offset added back).
   */
  surfaceEffect: { upperSurfaces: number[]; offsets: number[] };
  /** ISO date from which `monthsSinceOrigin` counts. */
  timeOrigin: string;
  parisLevel: number;
  smoothing: number;
  arrondissements: LevelTable;
  sections: LevelTable;
  /** One table per entry of GRID_CELL_METERS, keyed by `gridCellKey`. */
  cells: LevelTable[];
}

const ORIGIN_LONGITUDE = 2.35;
const ORIGIN_LATITUDE = 48.85;
const METERS_PER_DEGREE_LATITUDE = 110_574;
const METERS_PER_DEGREE_LONGITUDE = 111_320 * Math.cos((ORIGIN_LATITUDE * Math.PI) / 180);

/** Local planar position (metres east and north of central Paris); fine at the scale of a city. */
export function toMeters(longitude: number, latitude: number): { east: number; north: number } {
  return {
    east: (longitude - ORIGIN_LONGITUDE) * METERS_PER_DEGREE_LONGITUDE,
    north: (latitude - ORIGIN_LATITUDE) * METERS_PER_DEGREE_LATITUDE,
  };
}

export function gridCellKey(east: number, north: number, cellMeters: number): string {
  return `${Math.floor(east / cellMeters)},${Math.floor(north / cellMeters)}`;
}

/** The built surface of the first dwelling (null when unknown or zero). */
export function builtSurface(sale: Sale): number | null {
  const surface = sale.firstDwelling?.surface ?? null;
  return surface !== null && surface > 0 ? surface : null;
}

/**
 * The surface the model prices: the Carrez surface of the first dwelling's lots when given (the legal,
 * measured private surface; when it exceeds the built surface the lots hold several dwellings, the known
 * flaw of one-row extracts, and the Carrez total then covers them), else the built surface.
 */
export function modelSurface(sale: Sale): number | null {
  const carrez = sale.firstDwelling?.carrezSurface ?? null;
  return carrez !== null && carrez > 0 ? carrez : builtSurface(sale);
}

/** Target of the model: natural log of price per m² of the model surface. */
export function logPricePerM2(sale: Sale): number | null {
  const surface = modelSurface(sale);
  return surface === null || sale.price <= 0 ? null : Math.log(sale.price / surface);
}

/** Offset of the surface band of `surface` (0 when unknown). */
export function surfaceOffset(context: SaleFeatureContext, surface: number | null): number {
  if (surface === null) return 0;
  const { upperSurfaces, offsets } = context.surfaceEffect;
  const band = upperSurfaces.findIndex((upper) => surface <= upper);
  return offsets[band < 0 ? offsets.length - 1 : band];
}

/** A level shrunk towards its parent: (n · mean + smoothing · parent) / (n + smoothing). */
function shrink(entry: LevelEntry | undefined, parent: number, smoothing: number): { level: number; sales: number } {
  if (entry === undefined) return { level: parent, sales: 0 };
  const [mean, n] = entry;
  return { level: (n * mean + smoothing * parent) / (n + smoothing), sales: n };
}

const COLUMN = Object.fromEntries(SALE_FEATURE_NAMES.map((name, j) => [name, j])) as Record<SaleFeatureName, number>;

/** Writes the features of one sale into `out` at row `row`, in SALE_FEATURE_NAMES order (batch encoding
 * without allocating a row); NaN marks a missing value. */
export function encodeSale(sale: Sale, context: SaleFeatureContext, out: Float32Array, row = 0): void {
  const base = row * SALE_FEATURE_NAMES.length;
  out.fill(Number.NaN, base, base + SALE_FEATURE_NAMES.length);
  const set = (name: SaleFeatureName, value: number | null) => {
    if (value !== null && Number.isFinite(value)) out[base + COLUMN[name]] = value;
  };
  const { smoothing } = context;
  const place = sale.longitude !== null && sale.latitude !== null ? toMeters(sale.longitude, sale.latitude) : null;
  if (place) {
    set("eastMeters", place.east);
    set("northMeters", place.north);
    set("diagonalMeters", (place.east + place.north) / Math.SQRT2);
    set("antiDiagonalMeters", (place.east - place.north) / Math.SQRT2);
  }
  set("arrondissement", sale.arrondissement);

  const surface = builtSurface(sale);
  const dwelling = sale.firstDwelling;
  const rooms = dwelling?.rooms ?? null;
  set("surface", surface);
  set("rooms", rooms);
  set("surfacePerRoom", surface !== null && rooms !== null && rooms > 0 ? surface / rooms : null);
  set("lotCount", dwelling?.lotCount ?? null);
  const carrez = dwelling?.carrezSurface ?? null;
  set("carrezSurface", carrez);
  set("carrezRatio", carrez !== null && surface !== null ? carrez / surface : null);
  set("monthsSinceOrigin", monthsBetween(context.timeOrigin, sale.date));

  const arrondissement = shrink(context.arrondissements[String(sale.arrondissement)], context.parisLevel, smoothing);
  const section = shrink(context.sections[sale.section], arrondissement.level, smoothing);
  set("arrondissementLevel", arrondissement.level);
  set("sectionLevel", section.level);
  set("sectionSales", section.sales);

  if (place) {
    let parent = arrondissement.level;
    for (let g = GRID_CELL_METERS.length - 1; g >= 0; g--) {
      const size = GRID_CELL_METERS[g];
      const cell = shrink(context.cells[g][gridCellKey(place.east, place.north, size)], parent, smoothing);
      set(`cell${size}Level` as SaleFeatureName, cell.level);
      set(`cell${size}Sales` as SaleFeatureName, cell.sales);
      parent = cell.level;
    }
  }
}

/** The feature vector of one sale, in SALE_FEATURE_NAMES order; NaN marks a missing value. */
export function saleFeatures(sale: Sale, context: SaleFeatureContext): Float32Array {
  const out = new Float32Array(SALE_FEATURE_NAMES.length);
  encodeSale(sale, context, out);
  return out;
}

/** Expected price in euros from the model output (log price per m²); null without a model surface. */
export function expectedPriceFromOutput(output: number, sale: Sale): number | null {
  const surface = modelSurface(sale);
  return surface === null ? null : Math.exp(output) * surface;
}
