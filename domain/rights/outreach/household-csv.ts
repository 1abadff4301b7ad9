// Reads a household file (docs/rights-household-csv.md): one household per line, columns named in a header
// line, `,` or `;` separated (with `;`, decimal commas are accepted), cells read by the shared CSV reader
// (domain/csv: quoted cells may hold the delimiter, quotes and line breaks). Each good line becomes a validated
// Household; each bad line is reported with its line number and, for every cell at fault, the column and a
// reason code — the good lines are kept. Runs in the social worker's browser: the file is never uploaded.
// Shared code.
import type { z } from "zod";
import { csvCell } from "../../csv/cell.ts";
import { parseCsv } from "../../csv/reader.ts";
import { householdProblems, type ConsistencyCode } from "../consistency.ts";
import { Household, HousingStatus, type HouseholdInput } from "../household.ts";
import { RECEIVABLE_BENEFITS, type ReceivableBenefit } from "./stakes.ts";

type Kind = "id" | "number" | "integer" | "boolean" | "ages" | "benefits" | "housingStatus" | "arrondissement";

interface Column {
  name: string;
  kind: Kind;
  /** Schema path of the value (the adult's index is filled in for adult columns). */
  path: string;
  required?: boolean;
}

const adultColumns = (n: 1 | 2): Column[] => [
  { name: `adult${n}_age`, kind: "integer", path: `adults.${n - 1}.age`, required: n === 1 },
  { name: `adult${n}_earned`, kind: "number", path: `adults.${n - 1}.earnedIncomeMonthly` },
  { name: `adult${n}_pensions`, kind: "number", path: `adults.${n - 1}.pensionsMonthly` },
  { name: `adult${n}_other`, kind: "number", path: `adults.${n - 1}.otherIncomeMonthly` },
  { name: `adult${n}_disability`, kind: "boolean", path: `adults.${n - 1}.disabilityRecognised` },
  { name: `adult${n}_student`, kind: "boolean", path: `adults.${n - 1}.student` },
];

/** Every column of the file format, in the documented order. */
export const CSV_COLUMNS: readonly Column[] = [
  { name: "id", kind: "id", path: "id", required: true },
  { name: "arrondissement", kind: "arrondissement", path: "arrondissement" },
  { name: "paris_residence_years", kind: "number", path: "parisResidenceYears" },
  ...adultColumns(1),
  ...adultColumns(2),
  { name: "children_ages", kind: "ages", path: "children" },
  { name: "housing_status", kind: "housingStatus", path: "housing.status", required: true },
  { name: "rent", kind: "number", path: "housing.rentMonthly" },
  { name: "housing_aid", kind: "boolean", path: "housing.receivesHousingAid", required: true },
  { name: "housing_aid_amount", kind: "number", path: "housing.housingAidMonthly" },
  { name: "savings", kind: "number", path: "savings" },
  { name: "family_benefits", kind: "number", path: "familyBenefitsMonthly" },
  { name: "lawful_residence", kind: "boolean", path: "lawfulResidence", required: true },
  { name: "residence_permit_years", kind: "number", path: "residencePermitYears" },
  { name: "receives", kind: "benefits", path: "receives" },
];

export const MAX_ID_LENGTH = 64;

export type CsvProblemCode =
  | "missingCell"
  | "unclosedQuote"
  | "tooManyCells"
  | "required"
  | "notANumber"
  | "notAnInteger"
  | "notABoolean"
  | "unknownHousingStatus"
  | "unknownBenefit"
  | "notAnArrondissement"
  | "badChildAges"
  | "idTooLong"
  | "duplicateId"
  | "secondAdultWithoutAge"
  | "tooSmall"
  | "tooBig"
  | "invalid"
  | ConsistencyCode;

export interface CsvProblem {
  column: string;
  code: CsvProblemCode;
  params?: Record<string, number | string>;
}

export interface BadLine {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  id: string | null;
  problems: CsvProblem[];
}

export interface HouseholdLine {
  line: number;
  id: string;
  household: Household;
  received: ReceivableBenefit[];
}

export interface HouseholdFile {
  households: HouseholdLine[];
  badLines: BadLine[];
  /** Required columns absent from the header: no line can be read. */
  missingColumns: string[];
  /** Header names that are not columns of the format (ignored). */
  unknownColumns: string[];
}

const TRUE = new Set(["1", "true", "oui", "yes", "o", "y"]);
const FALSE = new Set(["0", "false", "non", "no", "n"]);

type Parsed = { value: unknown } | { problem: CsvProblem };

function parseNumber(raw: string, decimalComma: boolean): number | null {
  const text = decimalComma ? raw.replace(/\s/g, "").replace(",", ".") : raw;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
}

function parseCell(column: Column, raw: string, decimalComma: boolean): Parsed {
  const problem = (code: CsvProblemCode, params?: CsvProblem["params"]): Parsed => ({ problem: { column: column.name, code, ...(params ? { params } : {}) } });
  switch (column.kind) {
    case "id":
      return raw.length > MAX_ID_LENGTH ? problem("idTooLong", { max: MAX_ID_LENGTH }) : { value: raw };
    case "number": {
      const n = parseNumber(raw, decimalComma);
      return n === null ? problem("notANumber", { value: raw.slice(0, 40) }) : { value: n };
    }
    case "integer": {
      const n = parseNumber(raw, decimalComma);
      if (n === null) return problem("notANumber", { value: raw.slice(0, 40) });
      return Number.isInteger(n) ? { value: n } : problem("notAnInteger", { value: raw.slice(0, 40) });
    }
    case "boolean": {
      const v = raw.toLowerCase();
      return TRUE.has(v) ? { value: true } : FALSE.has(v) ? { value: false } : problem("notABoolean", { value: raw.slice(0, 40) });
    }
    case "housingStatus":
      return HousingStatus.options.includes(raw as HousingStatus) ? { value: raw } : problem("unknownHousingStatus", { value: raw.slice(0, 40) });
    case "arrondissement": {
      const n = parseNumber(raw, false);
      const number = n !== null && n >= 75101 && n <= 75120 ? n - 75100 : n !== null && n >= 75001 && n <= 75020 ? n - 75000 : n;
      return number !== null && Number.isInteger(number) && number >= 1 && number <= 20 ? { value: number } : problem("notAnArrondissement", { value: raw.slice(0, 40) });
    }
    case "ages": {
      const parts = raw.split(/[\s|/]+/).filter(Boolean);
      const ages = parts.map((p) => parseNumber(p, false));
      return ages.every((a) => a !== null && Number.isInteger(a)) ? { value: ages.map((age) => ({ age })) } : problem("badChildAges", { value: raw.slice(0, 40) });
    }
    case "benefits": {
      const parts = raw.split(/[\s|/,]+/).filter(Boolean);
      const unknown = parts.find((p) => !RECEIVABLE_BENEFITS.includes(p as ReceivableBenefit));
      return unknown ? problem("unknownBenefit", { value: unknown.slice(0, 40) }) : { value: [...new Set(parts)] };
    }
  }
}

function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) {
    node[keys[i]] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[keys[i]] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/** The column holding a schema path (`adults.1.age` → `adult2_age`, `children.3.age` → `children_ages`). */
export function columnOfPath(path: string): string {
  if (path.startsWith("children")) return "children_ages";
  const adult = /^adults\.(\d)$/.exec(path);
  if (adult) return `adult${Number(adult[1]) + 1}_age`;
  return CSV_COLUMNS.find((c) => c.path === path)?.name ?? path;
}

function schemaProblems(error: z.ZodError): CsvProblem[] {
  return error.issues.map((issue): CsvProblem => {
    const column = columnOfPath(issue.path.map(String).join("."));
    const child: Record<string, number> = issue.path[0] === "children" && typeof issue.path[1] === "number" ? { child: issue.path[1] + 1 } : {};
    if (issue.code === "too_small") return { column, code: "tooSmall", params: { min: Number(issue.minimum), ...child } };
    if (issue.code === "too_big") return { column, code: "tooBig", params: { max: Number(issue.maximum), ...child } };
    return { column, code: "invalid", params: { ...child } };
  });
}

interface PlannedColumn {
  column: Column;
  index: number;
  keys: string[];
}

/** The header's known columns in reading order: the second adult's age first, so its other cells can be checked. */
function readingPlan(header: (Column | null)[]): PlannedColumn[] {
  return header
    .flatMap((column, index) => (column ? [{ column, index, keys: column.path.split(".") }] : []))
    .sort((a, b) => Number(b.column.name === "adult2_age") - Number(a.column.name === "adult2_age"));
}

function readLine(cells: string[], plan: PlannedColumn[], decimalComma: boolean): { input: Record<string, unknown>; problems: CsvProblem[] } {
  const input: Record<string, unknown> = { adults: [] };
  const problems: CsvProblem[] = [];
  for (const { column, index, keys } of plan) {
    const raw = cells[index].trim();
    if (raw === "") {
      if (column.required) problems.push({ column: column.name, code: "required" });
      continue;
    }
    const parsed = parseCell(column, raw, decimalComma);
    if (column.name.startsWith("adult2_") && column.name !== "adult2_age" && !(input.adults as unknown[])[1]) {
      const empty = "value" in parsed && (parsed.value === 0 || parsed.value === false);
      if (!empty) problems.push({ column: column.name, code: "secondAdultWithoutAge" });
      continue;
    }
    if ("problem" in parsed) problems.push(parsed.problem);
    else setPath(input, keys, parsed.value);
  }
  if (problems.length > 1) {
    const position = new Map(plan.map((p) => [p.column.name, p.index]));
    problems.sort((a, b) => position.get(a.column)! - position.get(b.column)!);
  }
  return { input, problems };
}

export function readHouseholdCsv(text: string): HouseholdFile {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const [headerRecord, ...records] = parseCsv(body, { delimiter });
  const names = (headerRecord?.cells ?? []).map((n) => n.trim().toLowerCase());
  const header = names.map((n) => CSV_COLUMNS.find((c) => c.name === n) ?? null);
  const missingColumns = CSV_COLUMNS.filter((c) => c.required && !names.includes(c.name)).map((c) => c.name);
  const unknownColumns = names.filter((n, i) => !header[i] && n !== "");
  const file: HouseholdFile = { households: [], badLines: [], missingColumns, unknownColumns };
  if (missingColumns.length) return file;
  const seen = new Set<string>();
  const plan = readingPlan(header);
  for (const { line, cells, text = "" } of records) {
    if (cells === null) {
      const opensIn = text.slice(0, text.indexOf('"')).split(delimiter).length - 1;
      file.badLines.push({ line, id: null, problems: [{ column: names[Math.min(opensIn, names.length - 1)], code: "unclosedQuote" }] });
      continue;
    }
    if (cells.length !== names.length) {
      const code = cells.length < names.length ? "missingCell" : "tooManyCells";
      const id = cells[names.indexOf("id")]?.trim() || null;
      file.badLines.push({ line, id, problems: [{ column: names[Math.min(cells.length, names.length - 1)], code, params: { expected: names.length, found: cells.length } }] });
      continue;
    }
    const { input, problems } = readLine(cells, plan, delimiter === ";");
    const id = typeof input.id === "string" ? input.id : null;
    if (id !== null && seen.has(id)) problems.push({ column: "id", code: "duplicateId", params: { value: id } });
    if (id !== null) seen.add(id);
    if (problems.length) {
      file.badLines.push({ line, id, problems });
      continue;
    }
    const { id: _, receives, ...householdInput } = input;
    const parsed = Household.safeParse(householdInput as HouseholdInput);
    if (!parsed.success) {
      file.badLines.push({ line, id, problems: schemaProblems(parsed.error) });
      continue;
    }
    const impossible = householdProblems(parsed.data);
    if (impossible.length) {
      file.badLines.push({ line, id, problems: impossible.map((p) => ({ column: columnOfPath(p.path), code: p.code, params: p.params })) });
      continue;
    }
    file.households.push({ line, id: id!, household: parsed.data, received: (receives as ReceivableBenefit[] | undefined) ?? [] });
  }
  return file;
}

function valueAt(source: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
}

function formatCell(column: Column, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (column.kind === "boolean") return value ? "1" : "0";
  if (column.kind === "ages") return (value as { age: number }[]).map((c) => c.age).join(" ");
  if (column.kind === "benefits") return (value as string[]).join(" ");
  return csvCell(String(value));
}

/** The header line of the format, and one household as a line of it (comma-separated). */
export const CSV_HEADER = CSV_COLUMNS.map((c) => c.name).join(",");

/** The cells of one household, in CSV_COLUMNS order (empty for what it does not have). */
export function householdCsvCells(id: string, household: Household, received: readonly ReceivableBenefit[] = []): string[] {
  const source = { ...household, id, receives: received.length ? received : undefined };
  return CSV_COLUMNS.map((c) => formatCell(c, valueAt(source, c.path)));
}

export const householdCsvLine = (id: string, household: Household, received: readonly ReceivableBenefit[] = []) =>
  householdCsvCells(id, household, received).join(",");
