// One line of an etalab geo-dvf CSV: the published column layout, the header check and the validation of a
// data line's cells (read by domain/csv) into a typed row, or reasoned issues with the line number.
// Shared code: pure TypeScript, no Node modules.
import { isIsoDay } from "../time/days.ts";

/** The 40 columns of geo-dvf, in published order (https://files.data.gouv.fr/geo-dvf/, "notice"). */
export const GEODVF_COLUMNS = [
  "id_mutation", "date_mutation", "numero_disposition", "nature_mutation", "valeur_fonciere",
  "adresse_numero", "adresse_suffixe", "adresse_nom_voie", "adresse_code_voie", "code_postal",
  "code_commune", "nom_commune", "code_departement", "ancien_code_commune", "ancien_nom_commune",
  "id_parcelle", "ancien_id_parcelle", "numero_volume",
  "lot1_numero", "lot1_surface_carrez", "lot2_numero", "lot2_surface_carrez", "lot3_numero",
  "lot3_surface_carrez", "lot4_numero", "lot4_surface_carrez", "lot5_numero", "lot5_surface_carrez",
  "nombre_lots", "code_type_local", "type_local", "surface_reelle_bati", "nombre_pieces_principales",
  "code_nature_culture", "nature_culture", "code_nature_culture_speciale", "nature_culture_speciale",
  "surface_terrain", "longitude", "latitude",
] as const;

/** Recent files (2024 releases onwards) append this 41st column. */
export const SECTION_PREFIX_COLUMN = "section_prefixe";

/** Why a line is rejected, or the whole file (empty_file, wrong_delimiter, wrong_header, invalid_utf8). */
export const ISSUE_CODES = [
  "empty_file", "wrong_delimiter", "wrong_header", "field_count", "unbalanced_quote", "missing_id",
  "bad_date", "date_out_of_range", "bad_number", "negative_value", "missing_price", "bad_commune_code",
  "unknown_commune", "commune_departement_mismatch", "bad_parcel_id", "bad_local_type", "bad_coordinates",
  "inconsistent_price", "inconsistent_date", "inconsistent_nature", "inconsistent_commune",
  "sale_not_contiguous", "sale_rejected", "invalid_utf8",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface LineIssue {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  code: IssueCode;
  column?: string;
  message: string;
  /** The sale the line belongs to, when its id could be read. */
  saleId?: string;
}

export interface Lot {
  number: string;
  carrezSurface: number | null;
}

/** Premises types of geo-dvf (`type_local`) with their `code_type_local`. */
export const LOCAL_TYPES: Record<string, number> = {
  Maison: 1,
  Appartement: 2,
  "Dépendance": 3,
  "Local industriel. commercial ou assimilé": 4,
};

export interface DvfRow {
  line: number;
  saleId: string;
  date: string;
  dispositionNumber: number | null;
  nature: string;
  price: number;
  addressNumber: string;
  addressSuffix: string;
  street: string;
  postalCode: string;
  communeCode: string;
  departementCode: string;
  parcelId: string;
  lots: Lot[];
  lotCount: number;
  localType: string | null;
  builtSurface: number | null;
  rooms: number | null;
  cultureCode: string | null;
  landSurface: number | null;
  longitude: number | null;
  latitude: number | null;
}

export interface RowRules {
  /** Earliest accepted date (ISO). DVF starts in 2014. */
  minDate: string;
  /** Latest accepted date (ISO), e.g. the day of the import. */
  maxDate: string;
  /** When set, every row must belong to this département (files are published per département). */
  departement?: string;
}

export type HeaderCheck = { ok: true; columns: number } | { ok: false; code: Extract<IssueCode, "empty_file" | "wrong_delimiter" | "wrong_header">; message: string };

/** Checks the header's cells (null: a quote left open): comma delimiter, then the published column names and order. */
export function checkHeader(cells: readonly string[] | null): HeaderCheck {
  if (cells === null) return { ok: false, code: "wrong_header", message: "a double quote is left open in the header" };
  const names = cells.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, "") : name));
  if (names.length === 0 || (names.length === 1 && names[0].trim() === "")) return { ok: false, code: "empty_file", message: "no header line" };
  if (names.length === 1) {
    const found = [";", "\t", "|"].find((d) => names[0].includes(d));
    const message = found
      ? `delimiter ${JSON.stringify(found)} found where geo-dvf uses ","`
      : "header has a single column; geo-dvf uses \",\" between 40 columns";
    return { ok: false, code: "wrong_delimiter", message };
  }
  const expected: readonly string[] = GEODVF_COLUMNS;
  const withPrefix = names.length === expected.length + 1 && names[expected.length] === SECTION_PREFIX_COLUMN;
  if (names.length !== expected.length && !withPrefix) {
    return { ok: false, code: "wrong_header", message: `header has ${names.length} columns, expected 40 or 41` };
  }
  const wrong = expected.findIndex((name, i) => names[i] !== name);
  if (wrong >= 0) {
    return {
      ok: false,
      code: "wrong_header",
      message: `column ${wrong + 1} is ${JSON.stringify(names[wrong])}, expected ${JSON.stringify(expected[wrong])}`,
    };
  }
  return { ok: true, columns: names.length };
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
const DEPARTEMENT = /^(\d{2}|2[AB]|97\d)$/;
const PARCEL = /^(\d{5}|2[AB]\d{3})\d{3}[0-9A-Z]{2}\d{4}$/;

/** Paris files use the arrondissement codes 75101–75120 (never 75056, the city as a whole). */
function isParisArrondissement(commune: string): boolean {
  const n = Number(commune);
  return n >= 75101 && n <= 75120;
}

type Field = (typeof GEODVF_COLUMNS)[number];

/** Validates the fields of one data line; returns the typed row or every issue found on it. */
export function validateRow(
  fields: string[],
  line: number,
  rules: RowRules,
): { row: DvfRow; issues: [] } | { row: null; issues: LineIssue[] } {
  const issues: LineIssue[] = [];
  const saleId = fields[0].trim();
  const get = (name: Field): string => fields[GEODVF_COLUMNS.indexOf(name)].trim();
  const fail = (code: IssueCode, column: Field | undefined, message: string): void => {
    issues.push({ line, code, column, message, saleId: saleId || undefined });
  };
  const number = (name: Field, integer = false): number | null => {
    const raw = get(name);
    if (raw === "") return null;
    if (!NUMBER.test(raw)) {
      fail("bad_number", name, `${name} is not a number: ${JSON.stringify(raw)}`);
      return null;
    }
    const value = Number(raw);
    if (integer && !Number.isInteger(value)) {
      fail("bad_number", name, `${name} is not an integer: ${raw}`);
      return null;
    }
    if (value < 0 && name !== "longitude" && name !== "latitude") {
      fail("negative_value", name, `${name} is negative: ${raw}`);
      return null;
    }
    return value;
  };

  if (saleId === "") fail("missing_id", "id_mutation", "id_mutation is empty");

  const date = get("date_mutation");
  if (!isIsoDay(date)) fail("bad_date", "date_mutation", `not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  else if (date < rules.minDate || date > rules.maxDate) {
    fail("date_out_of_range", "date_mutation", `${date} is outside ${rules.minDate}..${rules.maxDate}`);
  }

  const price = number("valeur_fonciere");
  if (price === null && get("valeur_fonciere") === "") fail("missing_price", "valeur_fonciere", "valeur_fonciere is empty");

  const communeCode = get("code_commune");
  const departementCode = get("code_departement");
  if (!COMMUNE.test(communeCode)) fail("bad_commune_code", "code_commune", `not a commune code: ${JSON.stringify(communeCode)}`);
  else if (!DEPARTEMENT.test(departementCode) || !communeCode.startsWith(departementCode)) {
    fail("commune_departement_mismatch", "code_departement", `commune ${communeCode} is not in département ${JSON.stringify(departementCode)}`);
  } else if (rules.departement !== undefined && departementCode !== rules.departement) {
    fail("commune_departement_mismatch", "code_departement", `département ${departementCode} in a file of département ${rules.departement}`);
  } else if (departementCode === "75" && !isParisArrondissement(communeCode)) {
    fail("unknown_commune", "code_commune", `${communeCode} is not a Paris arrondissement (75101–75120)`);
  }

  const parcelId = get("id_parcelle");
  const formerCommune = get("ancien_code_commune");
  if (!PARCEL.test(parcelId)) fail("bad_parcel_id", "id_parcelle", `not a parcel id: ${JSON.stringify(parcelId)}`);
  else if (!parcelId.startsWith(communeCode) && !(formerCommune !== "" && parcelId.startsWith(formerCommune))) {
    fail("bad_parcel_id", "id_parcelle", `parcel ${parcelId} is not in commune ${communeCode}`);
  }

  const lots: Lot[] = [];
  for (let k = 1; k <= 5; k++) {
    const lotNumber = get(`lot${k}_numero` as Field);
    const carrezSurface = number(`lot${k}_surface_carrez` as Field);
    if (lotNumber !== "") lots.push({ number: lotNumber, carrezSurface });
  }
  const lotCount = number("nombre_lots", true);
  const dispositionNumber = number("numero_disposition", true);

  const localTypeCode = number("code_type_local", true);
  const localType = get("type_local");
  if (localType !== "" && LOCAL_TYPES[localType] === undefined) {
    fail("bad_local_type", "type_local", `unknown type_local ${JSON.stringify(localType)}`);
  } else if ((localType === "") !== (localTypeCode === null) || (localType !== "" && LOCAL_TYPES[localType] !== localTypeCode)) {
    fail("bad_local_type", "code_type_local", `code_type_local ${get("code_type_local")} does not match type_local ${JSON.stringify(localType)}`);
  }
  const builtSurface = number("surface_reelle_bati");
  const rooms = number("nombre_pieces_principales", true);
  const landSurface = number("surface_terrain");

  const longitude = number("longitude");
  const latitude = number("latitude");
  if ((longitude === null) !== (latitude === null)) {
    if (issues.every((i) => i.column !== "longitude" && i.column !== "latitude")) {
      fail("bad_coordinates", "longitude", "only one of longitude and latitude is given");
    }
  } else if (longitude !== null && latitude !== null && (Math.abs(longitude) > 180 || Math.abs(latitude) > 90)) {
    fail("bad_coordinates", "longitude", `not WGS84 coordinates: ${longitude}, ${latitude}`);
  }

  if (issues.length > 0) return { row: null, issues };
  return {
    row: {
      line,
      saleId,
      date,
      dispositionNumber,
      nature: get("nature_mutation"),
      price: price as number,
      addressNumber: get("adresse_numero"),
      addressSuffix: get("adresse_suffixe"),
      street: get("adresse_nom_voie"),
      postalCode: get("code_postal"),
      communeCode,
      departementCode,
      parcelId,
      lots,
      lotCount: lotCount ?? lots.length,
      localType: localType === "" ? null : localType,
      builtSurface,
      rooms,
      cultureCode: get("code_nature_culture") || null,
      landSurface,
      longitude,
      latitude,
    },
    issues: [],
  };
}
