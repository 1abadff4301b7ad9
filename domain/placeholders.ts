// Data files with placeholders (model cards, register entries): prose is written once in JSON, and every
// figure it quotes is filled from where the figure is made — a metric of the training, a constant, a data
// file — so no figure is typed twice. Shared code.
//
// In a string:
//   {path}                  the value at `path` (dots between keys); a { fr, en } value gives the text of the
//                           language of the field being filled (inside its "fr" or "en" key)
//   {path|format|format:arg} the value passed through formats, left to right (FORMATS below)
//   {#path}…{/path}         the text if the value is true (or a non-empty object); for a list, the text once per
//                           item, the item's keys in scope, items separated by ", "; {.} is the item itself
//   {^path}…{/path}         the text if the value is false, null, 0 or an empty list
// As a JSON value:
//   { "$value": "path" }    the value at `path`, as it is (a number, a list, a { fr, en } text…)
//   { "$each": "path", "item": … } in a list: one element per item of the list at `path`, `item` filled with
//                           the item's keys in scope
// A path is looked up in the innermost item first, then outwards to the scope given. An unknown path, a
// format applied to the wrong kind of value or an unclosed section throws: a typo fails the build and the tests.

type Scope = readonly unknown[];
type Language = "fr" | "en";

const FORMATS: Record<string, (value: unknown, arg: string | undefined) => string | number> = {
  /** 0.123 → "12.3 %" with `percent:1` (digits after the point, default 1). */
  percent: (v, digits) => `${(100 * number(v)).toFixed(Number(digits ?? 1))} %`,
  /** Digits after the point: 0.12345 → "0.12" with `fixed:2`. */
  fixed: (v, digits) => number(v).toFixed(Number(digits ?? 0)),
  /** Times 100 (a share as points: 0.075 → 7.5). */
  x100: (v) => 100 * number(v),
  /** A French decimal comma: 2.5 → "2,5". */
  comma: (v) => String(v).replace(".", ","),
  /** Thousands separated by commas (English): 15000 → "15,000". */
  thousands: (v) => String(number(v)).replace(/\B(?=(\d{3})+(?!\d))/g, ","),
  /** An offset added to a symbol: 4 → " + 4 °C", −1 → " − 1 °C", 0 → "" with `offset:°C`. */
  offset: (v, unit) => (number(v) === 0 ? "" : `${number(v) > 0 ? " + " : " − "}${Math.abs(number(v))}${unit ? ` ${unit}` : ""}`),
  /** The year and month of an ISO date: "2024-09-01" → "2024-09". */
  month: (v) => string(v).slice(0, 7),
};

function number(v: unknown): number {
  if (typeof v !== "number") throw new TypeError(`placeholder: ${JSON.stringify(v)} is not a number`);
  return v;
}

function string(v: unknown): string {
  if (typeof v !== "string") throw new TypeError(`placeholder: ${JSON.stringify(v)} is not a string`);
  return v;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function lookup(path: string, scope: Scope): unknown {
  if (path === ".") return scope[scope.length - 1];
  const [head, ...rest] = path.split(".");
  const holder = [...scope].reverse().find((s) => isRecord(s) && Object.hasOwn(s, head));
  if (holder === undefined) throw new Error(`placeholder: unknown path "${path}"`);
  return rest.reduce<unknown>((value, key) => {
    if (!isRecord(value) || !Object.hasOwn(value, key)) throw new Error(`placeholder: unknown path "${path}" (no "${key}")`);
    return value[key];
  }, (holder as Record<string, unknown>)[head]);
}

function text(value: unknown, lang: Language | undefined, expression: string): string {
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (isRecord(value) && lang && typeof value[lang] === "string") return value[lang] as string;
  throw new TypeError(`placeholder {${expression}}: ${JSON.stringify(value)} is not a text`);
}

function value(expression: string, scope: Scope, lang: Language | undefined): string {
  const [path, ...formats] = expression.split("|");
  let result = lookup(path.trim(), scope);
  for (const format of formats) {
    const [name, arg] = format.split(/:(.*)/s);
    const apply = FORMATS[name];
    if (!apply) throw new Error(`placeholder {${expression}}: unknown format "${name}"`);
    result = apply(result, arg);
  }
  return text(result, lang, expression);
}

/** The index just after the `{/path}` closing the section whose body starts at `from`. */
function sectionEnd(template: string, from: number, path: string): { bodyEnd: number; end: number } {
  let depth = 1;
  const tag = /\{([#^/])([^{}]+)\}/g;
  tag.lastIndex = from;
  for (let m = tag.exec(template); m; m = tag.exec(template)) {
    if (m[2] !== path) continue;
    depth += m[1] === "/" ? -1 : 1;
    if (depth === 0) return { bodyEnd: m.index, end: m.index + m[0].length };
  }
  throw new Error(`placeholder: section {#${path}} is not closed`);
}

function fillText(template: string, scope: Scope, lang: Language | undefined): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = template.indexOf("}", open);
    if (close < 0) throw new Error(`placeholder: unclosed "{" in ${JSON.stringify(template)}`);
    out += template.slice(i, open);
    const expression = template.slice(open + 1, close);
    if (expression[0] === "#" || expression[0] === "^") {
      const path = expression.slice(1);
      const { bodyEnd, end } = sectionEnd(template, close + 1, path);
      const body = template.slice(close + 1, bodyEnd);
      const v = lookup(path, scope);
      const truthy = Array.isArray(v) ? v.length > 0 : Boolean(v);
      if (expression[0] === "^") out += truthy ? "" : fillText(body, scope, lang);
      else if (Array.isArray(v)) out += v.map((item) => fillText(body, [...scope, item], lang)).join(", ");
      else if (truthy) out += fillText(body, isRecord(v) ? [...scope, v] : scope, lang);
      i = end;
    } else {
      out += value(expression, scope, lang);
      i = close + 1;
    }
  }
  return out + template.slice(i);
}

function fill(node: unknown, scope: Scope, lang: Language | undefined): unknown {
  if (typeof node === "string") return fillText(node, scope, lang);
  if (Array.isArray(node)) {
    return node.flatMap((element) => {
      if (!isRecord(element) || !("$each" in element)) return [fill(element, scope, lang)];
      const items = lookup(string(element.$each), scope);
      if (!Array.isArray(items)) throw new TypeError(`placeholder: $each "${element.$each}" is not a list`);
      return items.map((item) => fill(element.item, [...scope, item], lang));
    });
  }
  if (!isRecord(node)) return node;
  if ("$value" in node) return structuredClone(lookup(string(node.$value), scope));
  return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child, scope, key === "fr" || key === "en" ? key : lang)]));
}

/** The data with every placeholder filled from `scope`. */
export function fillPlaceholders(data: unknown, scope: Record<string, unknown>): unknown {
  return fill(data, [scope], undefined);
}
