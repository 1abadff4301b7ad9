// Malformed and hostile inputs for the fuzz tests (fast-check arbitraries), derived from an operation's OpenAPI
// description: JSON bodies that start from a plausible value of the schema and break it (wrong types, missing
// or extra fields, huge strings, deep nesting, unicode, SQL and script snippets, prototype keys), raw bodies
// (truncated JSON, invalid UTF-8, empty), wrong content types, hostile CSV files (gzip truncated, wrong
// delimiters, formula cells), and hostile path, query and header values.
import fc from "fast-check";
import type { JsonSchema } from "./openapi";

const SNIPPETS = [
  "' OR '1'='1", "1; DROP TABLE audit_log; --", "\" OR \"\"=\"", "') UNION SELECT name FROM sqlite_master --", "%' AND 1=1 --",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${7*7}",
  "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3",
  "../../../../etc/passwd", "%2e%2e%2f", "\u0000", "\u202eRTL override", "zero\u200bwidth", "\ud800", "\udfff",
  "👩‍👩‍👧‍👦", "e\u0301\u0301\u0301\u0301", "ǅ", "İ", "\r\n\r\nX-Injected: 1", "null", "undefined", "NaN", "-0", "0x10", "1e309",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf",
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SNIPPETS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => "Ʃ".repeat(n)) },
);

const nested = (depth: number, leaf: unknown) => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
};

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.1, -0.5, 4.2e-320) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 5_000 }).map((depth) => nested(depth, "deep")) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')) },
);

/** A plausible value of a JSON schema (examples, enums, bounds): the starting point the mutations break. */
export function plausible(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return "x";
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return plausible(variants.find((v) => v.type !== "null") ?? variants[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, plausible(v, depth + 1)]));
    case "array":
      return [plausible(schema.items, depth + 1)];
    case "string":
      return schema.format === "email" ? "someone@example.org" : "x".repeat(Math.max(1, schema.minLength ?? 1));
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    default:
      return null;
  }
}

/** Every path to a value inside `value` (objects and arrays, 12 levels deep at most), the root being []. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object" || prefix.length >= 12) return [prefix];
  const children = Array.isArray(value) ? Array.from({ length: value.length }, (_, i) => i) : Object.keys(value);
  return [prefix, ...children.flatMap((k) => pathsIn((value as Record<string, unknown>)[k], [...prefix, k]))];
}

interface Mutation {
  at: number;
  kind: "replace" | "delete" | "extra" | "wrap";
  value: unknown;
  key: string;
}

/** A deep copy that keeps own "__proto__" keys as data (generated values are shared between runs). */
const copy = (value: unknown) => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

function mutate(base: unknown, mutations: Mutation[]): unknown {
  let root = copy(base);
  for (const original of mutations) {
    const m = { ...original, value: copy(original.value) };
    const paths = pathsIn(root);
    const path = paths[m.at % paths.length];
    if (path.length === 0) {
      root = m.kind === "wrap" ? [root] : m.kind === "replace" ? m.value : root;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, root as Record<string, unknown>);
    const key = path[path.length - 1];
    const set = (k: string | number, v: unknown) => Object.defineProperty(parent, k, { value: v, enumerable: true, writable: true, configurable: true });
    if (m.kind === "delete") delete parent[key];
    else if (m.kind === "extra") set(m.key, m.value);
    else if (m.kind === "wrap") set(key, [parent[key]]);
    else set(key, m.value);
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "replace", "replace", "delete", "extra", "wrap"),
  value: hostileValue,
  key: fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "id", "role", "admin")),
});

export interface RawBody {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string | null;
}

const JSON_TYPES = ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON"];
const WRONG_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "text/csv", "application/json; charset=latin1"];

const contentType = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...JSON_TYPES) }, { weight: 2, arbitrary: fc.constantFrom<string | null>(...WRONG_TYPES, null) });

const RAW_JSON = ["", " ", "null", "[]", "\"\"", "{", "{\"a\":", "{}}", "\uFEFF{}", "NaN", "{'single': 'quotes'}", "[1,]", "{\"a\":1,\"a\":2}", "\u0000", "true"];

/** A JSON body for an operation whose body schema is `schema`: mutated plausible values, hostile values, raw text. */
export function jsonBody(schema: JsonSchema | undefined): fc.Arbitrary<RawBody> {
  const base = plausible(schema);
  const text = fc.oneof(
    { weight: 5, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => JSON.stringify(mutate(base, ms)) ?? "null") },
    { weight: 2, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.nat().map((n) => JSON.stringify(base).slice(0, n % Math.max(1, JSON.stringify(base).length))) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_JSON) },
  );
  const bytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => new Uint8Array([0x7b, 0x22, ...b, 0xff, 0xfe, 0x22, 0x7d]));
  const huge = fc.integer({ min: 1_048_577, max: 1_300_000 }).map((n) => `{"a":"${"x".repeat(n)}"}`);
  return fc.oneof(
    { weight: 16, arbitrary: fc.record({ body: text, contentType }) },
    { weight: 2, arbitrary: fc.record({ body: bytes, contentType: fc.constant("application/json") }) },
    { weight: 1, arbitrary: fc.record({ body: huge, contentType: fc.constant("application/json") }) },
  ) as fc.Arbitrary<RawBody>;
}

async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
}

export interface CsvBody {
  text: string;
  /** Send it gzipped, possibly cut short (a truncated gzip file), or as raw bytes with invalid UTF-8. */
  encoding: "plain" | "gzip" | "gzip-truncated" | "invalid-utf8";
  contentType: string | null;
}

/** A CSV body built from a real file of the endpoint's format (`template`): broken structure and cells. */
export function csvBody(template: string): fc.Arbitrary<CsvBody> {
  const lines = template.split("\n").filter(Boolean).slice(0, 40);
  const [header] = lines;
  const cell = fc.oneof(hostileString, fc.constantFrom("", "-1", "abc", "1e999", "99999999999999999999", "2099-13-45", "\"unterminated", "a\"b", "=1+1"));
  const brokenLine = fc.record({ at: fc.nat(), column: fc.nat(), value: cell }).map(({ at, column, value }) => {
    const cells = lines[1 + (at % (lines.length - 1))].split(",");
    cells[column % cells.length] = value;
    return cells.join(",");
  });
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.array(brokenLine, { minLength: 1, maxLength: 5 }).map((bad) => [header, ...bad, ...lines.slice(1, 5)].join("\n")) },
    { weight: 2, arbitrary: fc.constantFrom(";", "\t", "|").map((d) => lines.map((l) => l.replaceAll(",", d)).join("\n")) },
    { weight: 2, arbitrary: fc.array(hostileString, { minLength: 1, maxLength: 5 }).map((cells) => [cells.join(","), ...lines.slice(1, 3)].join("\n")) },
    { weight: 1, arbitrary: fc.constantFrom("", header, "\uFEFF", "\u0000\u0000", `${header}\n${"x,".repeat(5_000)}`) },
    { weight: 1, arbitrary: fc.nat().map((n) => lines.join("\n").slice(0, n % lines.join("\n").length)) },
  );
  return fc.record({
    text,
    encoding: fc.constantFrom<CsvBody["encoding"]>("plain", "plain", "plain", "gzip", "gzip-truncated", "invalid-utf8"),
    contentType: fc.oneof({ weight: 6, arbitrary: fc.constantFrom("text/csv", "application/gzip", "application/octet-stream") }, { weight: 1, arbitrary: fc.constantFrom<string | null>("application/json", "text/plain", null) }),
  });
}

export async function encodeCsv({ text, encoding }: CsvBody): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
  if (encoding === "plain") return bytes;
  if (encoding === "invalid-utf8") return new Uint8Array([...bytes.slice(0, 200), 0xc3, 0x28, 0xff, ...bytes.slice(200)]);
  const zipped = await gzip(bytes);
  return encoding === "gzip" ? zipped : zipped.slice(0, Math.max(10, Math.floor(zipped.length / 2)));
}

/** A value for a path, query or header parameter: hostile strings, numbers out of range, empty. */
export const hostileParameter: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileString.map((s) => s.slice(0, 4_000)) },
  { weight: 2, arbitrary: fc.constantFrom("", "-1", "0", "1e9", "9".repeat(40), "1.5", "true", "[]", "{}", "%", "%%", "%ZZ") },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** Header values kept to visible ASCII (the fetch API refuses control characters; workerd warns on the rest). */
export const headerSafe = (value: string) => value.replace(/[^\x20-\x7e]/g, "").slice(0, 2_000);
