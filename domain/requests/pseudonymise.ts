// Pseudonymisation of a citizen request: the spans of personal data (exact rules, Paris street names and
// the learned tagger's names and addresses) resolved into one set without overlaps, every other occurrence
// of a detected name added (a name seen once is hidden everywhere), then each span replaced by a typed
// placeholder, `[NOM 1]`, `[TÉLÉPHONE 2]`, numbered per label and the same for the same value within the
// request. The replacements (the mapping back to the original text) are what the request's own row keeps,
// and nothing else. Shared code: the same in the Worker (e-mails, the form) and in the browser (letters).
import { PLACEHOLDER_WORDS, type PiiLabel } from "./labels.ts";
import { ruleSpans, type Span } from "./rules/patterns.ts";
import { streetSpans } from "./rules/streets.ts";
import { foldText } from "./text.ts";

/** Which span wins an overlap: exact checks first, names last. */
const PRIORITY: Record<PiiLabel, number> = { NIR: 0, IBAN: 1, EMAIL: 2, PHONE: 3, BIRTHDATE: 4, ID: 5, ADDRESS: 6, PER: 7 };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * One set of spans without overlaps, sorted: overlapping spans of one label are merged; a span that
 * overlaps one of a higher-priority label is dropped.
 */
export function resolveSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => PRIORITY[a.label] - PRIORITY[b.label] || a.start - b.start);
  const kept: Span[] = [];
  for (const span of sorted) {
    const hits = kept.filter((k) => overlaps(k, span));
    if (hits.some((h) => h.label !== span.label)) continue;
    for (const hit of hits) kept.splice(kept.indexOf(hit), 1);
    kept.push({ start: Math.min(span.start, ...hits.map((h) => h.start)), end: Math.max(span.end, ...hits.map((h) => h.end)), label: span.label });
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

function mergeNearbyAddresses(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous?.label === "ADDRESS" && span.label === "ADDRESS" && /^[\s,]*$/.test(text.slice(previous.end, span.start))) {
      previous.end = span.end;
    } else out.push({ ...span });
  }
  return out;
}

/** Other occurrences (whole words, any case or accents) of the names already found. */
function repeatedNames(text: string, spans: Span[]): Span[] {
  const folded = foldText(text);
  const words = new Set<string>();
  for (const span of spans) {
    if (span.label !== "PER") continue;
    for (const word of folded.slice(span.start, span.end).split(/[^\p{L}]+/u)) if (word.length >= 3) words.add(word);
  }
  const found: Span[] = [];
  for (const word of words) {
    for (const match of folded.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "gu"))) {
      found.push({ start: match.index, end: match.index + word.length, label: "PER" });
    }
  }
  return found;
}

/** The personal-data spans of `text`, given the learned tagger's spans for it. */
export function detectPii(text: string, taggerSpans: Span[]): Span[] {
  const first = resolveSpans([...ruleSpans(text), ...streetSpans(text), ...taggerSpans]);
  return mergeNearbyAddresses(text, resolveSpans([...first, ...repeatedNames(text, first)]));
}

export interface Replacement {
  placeholder: string;
  label: PiiLabel;
  /** Offsets in the original text. */
  start: number;
  end: number;
  value: string;
}

export interface Pseudonymised {
  text: string;
  replacements: Replacement[];
}

const valueKey = (value: string) => foldText(value).replace(/[\s.\-]+/g, " ").trim();

/** The text with each span replaced by its placeholder (`spans` sorted, without overlaps). */
export function replaceSpans(text: string, spans: Span[]): Pseudonymised {
  const numbers = new Map<string, string>();
  const perLabel = new Map<PiiLabel, number>();
  const replacements: Replacement[] = [];
  let out = "";
  let cursor = 0;
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    const key = `${span.label}:${valueKey(value)}`;
    let placeholder = numbers.get(key);
    if (!placeholder) {
      const n = (perLabel.get(span.label) ?? 0) + 1;
      perLabel.set(span.label, n);
      placeholder = `[${PLACEHOLDER_WORDS[span.label]} ${n}]`;
      numbers.set(key, placeholder);
    }
    out += text.slice(cursor, span.start) + placeholder;
    cursor = span.end;
    replacements.push({ placeholder, label: span.label, start: span.start, end: span.end, value });
  }
  return { text: out + text.slice(cursor), replacements };
}

/** A placeholder and the value it hides: what a request's row keeps as its mapping. */
export interface MappingEntry {
  placeholder: string;
  label: PiiLabel;
  value: string;
}

/** One entry per placeholder, from the replacements of a text. */
export const mappingOf = (replacements: Replacement[]): MappingEntry[] => [
  ...new Map(replacements.map((r) => [r.placeholder, { placeholder: r.placeholder, label: r.label, value: r.value }])).values(),
];

/** An agent's correction that cannot apply, with the field of the correction at fault. */
export class CorrectionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SpanCorrection {
  /** Text still readable that must be hidden, with its label. */
  mask: { text: string; label: PiiLabel }[];
  /** Placeholders that hid something that is not personal data (their value is put back). */
  unmask: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text and mapping after the agent's corrections of the pseudonymisation. */
export function correctSpans(text: string, mapping: MappingEntry[], correction: SpanCorrection): { text: string; mapping: MappingEntry[] } {
  let out = text;
  let entries = [...mapping];
  for (const placeholder of correction.unmask) {
    const entry = entries.find((m) => m.placeholder === placeholder);
    if (!entry) throw new CorrectionError("unmask", `${placeholder} is not in this text`);
    out = out.split(placeholder).join(entry.value);
    entries = entries.filter((m) => m !== entry);
  }
  for (const [i, { text: value, label }] of correction.mask.entries()) {
    const needle = value.trim();
    const pattern = new RegExp(escapeRegExp(foldText(needle)), "g");
    const folded = foldText(out);
    const found = [...folded.matchAll(pattern)];
    if (needle.length < 2 || found.length === 0) throw new CorrectionError(`mask.${i}.text`, "not in the text");
    const n = entries.filter((m) => m.label === label).reduce((max, m) => Math.max(max, Number(/(\d+)\]$/.exec(m.placeholder)?.[1] ?? 0)), 0) + 1;
    const placeholder = `[${PLACEHOLDER_WORDS[label]} ${n}]`;
    const before = out;
    for (const match of found.reverse()) out = out.slice(0, match.index) + placeholder + out.slice(match.index + needle.length);
    entries.push({ placeholder, label, value: before.slice(found[found.length - 1].index, found[found.length - 1].index + needle.length) });
  }
  return { text: out, mapping: entries };
}

