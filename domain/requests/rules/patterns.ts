// Rules for the personal data that has an exact form: e-mail addresses, phone numbers, NIR and IBAN (kept
// only when their key checks), birth dates (a date said to be one), file numbers (a number introduced as
// an allocataire, tax, file or client number, or any long run of digits), names after a civility
// (M., Mme…) and postcode + city. Each rule
// gives spans in JavaScript string offsets of the text. Shared code.
import type { PiiLabel } from "../labels.ts";
import { foldText } from "../text.ts";
import { isValidIban, isValidNir } from "./checksums.ts";

export interface Span {
  start: number;
  end: number;
  label: PiiLabel;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/dgu;
/** French numbers (0X XX XX XX XX, +33 X…, 0033…, +33 (0)X…) and other international numbers (+CC …). */
const PHONE =
  /(?<![\p{N}+])(?:(?:\+|00)33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.\-]?\d{2}){4}(?!\p{N})|(?<![\p{N}+])\+(?!33)\d{1,3}(?:[\s.\-]?\d{2,4}){3,5}(?!\p{N})/dgu;
const NIR = /(?<![\p{L}\p{N}])[1-478][\s.]?\d{2}[\s.]?\d{2}[\s.]?(?:\d{2}|2[ABab])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})(?![\p{N}])/dgu;
const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]{4}){2,7}(?:\s?[A-Za-z0-9]{1,4})?(?![\p{L}\p{N}])/dgu;

const MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
const DATE = `(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|(?:1er|\\d{1,2})\\s+(?:${MONTHS})\\s+\\d{4})`;
/** A date after a word that says it is a birth date (on folded text: no accents, lower case). */
const BIRTHDATE = new RegExp(
  `(?:\\bnee?s?\\b|\\bnaissance\\b|\\bddn\\b|\\bborn\\b|\\bdate of birth\\b)[^\\n\\d]{0,25}?(${DATE})`,
  "dgu",
);
/** A word that introduces a file number, then (a few words later) a token holding at least 4 digits. */
const FILE_NUMBER = new RegExp(
  "(?:\\bnumeros?\\b|\\bn\\s?°|\\bno\\b|\\bnum\\b|\\breference\\b|\\bref\\b|\\bdossier\\b|\\ballocataire\\b|\\bfiscal\\b|" +
    "\\bidentifiant\\b|\\bmatricule\\b|\\bcontrat\\b|\\bclient\\b|\\bavis\\b|\\badherent\\b|\\bpermis\\b|\\bpasseport\\b|" +
    "\\bcarte\\b|\\bpv\\b)[^\\n\\d]{0,30}?((?:[a-z]{1,4}[\\-/]?)?\\d[\\da-z\\-/]{2,}[\\da-z])",
  "dgu",
);
const LONG_DIGITS = /(?<![\p{L}\p{N}])\d{7,}(?![\p{L}\p{N}])/dgu;
/** Capitalised words after a civility ("Mme Dos Santos", "M. DUPONT Jean"), not "Madame, Monsieur". */
const AFTER_CIVILITY =
  /(?<![\p{L}])(?:M\.|Mr|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr|Docteur|Me|Maître) +((?:(?:de |du |des |d'|ben |el )?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}]*)?)(?: (?:de |du |des |d'|le |la |ben |el )?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}]*)?){0,2})/dgu;
const POSTCODE_CITY = /(?<![\p{N}])(?:75\d{3}|\d{5})\s+(?:paris|cedex)(?:\s+(?:cedex\s+)?\d{1,2})?(?![\p{L}])/dgu;

/** The matches of a pattern (compiled with the `d` flag), as the offsets of `group`. */
function* matches(pattern: RegExp, text: string, group = 0): Generator<{ start: number; end: number; value: string }> {
  for (const match of text.matchAll(pattern)) {
    const [start, end] = match.indices![group];
    yield { start, end, value: match[group] };
  }
}

const compact = (value: string) => value.replace(/[\s.]/g, "");

/** Every rule span of `text`, possibly overlapping (the pseudonymiser resolves overlaps). */
export function ruleSpans(text: string): Span[] {
  const folded = foldText(text);
  const spans: Span[] = [];
  for (const m of matches(EMAIL, text)) spans.push({ start: m.start, end: m.end, label: "EMAIL" });
  for (const m of matches(NIR, text)) if (isValidNir(compact(m.value))) spans.push({ start: m.start, end: m.end, label: "NIR" });
  for (const m of matches(IBAN, text)) if (isValidIban(compact(m.value))) spans.push({ start: m.start, end: m.end, label: "IBAN" });
  for (const m of matches(PHONE, text)) spans.push({ start: m.start, end: m.end, label: "PHONE" });
  for (const m of matches(BIRTHDATE, folded, 1)) spans.push({ start: m.start, end: m.end, label: "BIRTHDATE" });
  for (const m of matches(FILE_NUMBER, folded, 1)) spans.push({ start: m.start, end: m.end, label: "ID" });
  for (const m of matches(LONG_DIGITS, text)) spans.push({ start: m.start, end: m.end, label: "ID" });
  for (const m of matches(AFTER_CIVILITY, text, 1)) spans.push({ start: m.start, end: m.end, label: "PER" });
  for (const m of matches(POSTCODE_CITY, folded)) spans.push({ start: m.start, end: m.end, label: "ADDRESS" });
  return spans;
}
