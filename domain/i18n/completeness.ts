// What "complete in both languages" means, for the completeness tests (Node and workerd): every `{ fr, en }`
// text and every catalogue has no empty text, the same {placeholders} on both sides, no English left as a
// copy of the French (except names, acronyms, codes and units, the same in both), and both forms of every
// count (`x_one` with its `x_other`). Each function returns the problems found, as "path: what is wrong".
import { placeholders } from "./format.ts";

/** Texts that read the same in French and English: names, acronyms, codes, units, numbers, lone placeholders. */
export const SAME_IN_BOTH =
  /^(Recoque|RSA|ASPA|CSS|IBMn|IBMx|ONNX|SHA-256|API|JSON|CSV|OK|Email|E-mail|Total|Date|Version \{version\}|\{[a-zA-Z]+\}|[\d\s.,:%€/()-]*)$/;

const sorted = (list: string[]) => [...list].sort();
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

/** One text in French and in English. */
export function textProblems(path: string, fr: string, en: string): string[] {
  const problems: string[] = [];
  if (fr.trim() === "") problems.push(`${path}: empty French text`);
  if (en.trim() === "") problems.push(`${path}: empty English text`);
  if (sorted(placeholders(fr)).join() !== sorted(placeholders(en)).join()) {
    problems.push(`${path}: placeholders {${placeholders(fr).join("}, {")}} in French, {${placeholders(en).join("}, {")}} in English`);
  }
  if (fr === en && fr.trim() !== "" && !SAME_IN_BOTH.test(fr)) problems.push(`${path}: English is a copy of the French "${fr}"`);
  return problems;
}

/** A catalogue, one block per language: the same keys, complete texts, both forms of every count. */
export function catalogueProblems(path: string, fr: Record<string, unknown>, en: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(fr)) if (!(key in en)) problems.push(`${path}.${key}: no English text`);
  for (const key of Object.keys(en)) if (!(key in fr)) problems.push(`${path}.${key}: no French text`);
  for (const key of Object.keys(fr).filter((k) => k in en)) {
    const [frText, enText] = [fr[key], en[key]];
    if (typeof frText !== "string" || typeof enText !== "string") problems.push(`${path}.${key}: not a text`);
    else problems.push(...textProblems(`${path}.${key}`, frText, enText));
  }
  for (const key of Object.keys(fr).filter((k) => k.endsWith("_one"))) {
    if (!(key.replace(/_one$/, "_other") in fr)) problems.push(`${path}.${key}: no plural form (${key.replace(/_one$/, "_other")})`);
  }
  return problems;
}

/** A `{ fr, en }` found in a value, and where. */
export interface FoundBilingual {
  path: string;
  fr: unknown;
  en: unknown;
}

/** Every `{ fr, en }` anywhere in a value (an API answer, a card, a register entry, a module's exports). */
export function findBilingual(value: unknown, path = "$"): FoundBilingual[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findBilingual(item, `${path}[${i}]`));
  if (!isRecord(value)) return [];
  if ("fr" in value && "en" in value) return [{ path, fr: value.fr, en: value.en }];
  return Object.entries(value).flatMap(([key, item]) => findBilingual(item, `${path}.${key}`));
}

/** The problems of one `{ fr, en }`: a text, a list of keywords (none empty), or a catalogue. */
export function foundProblems({ path, fr, en }: FoundBilingual): string[] {
  if (typeof fr === "string" && typeof en === "string") return textProblems(path, fr, en);
  if (isTextList(fr) && isTextList(en)) {
    return [...fr.map((t, i) => [`fr[${i}]`, t]), ...en.map((t, i) => [`en[${i}]`, t])]
      .filter(([, text]) => text.trim() === "")
      .map(([at]) => `${path}.${at}: empty text`);
  }
  if (isRecord(fr) && isRecord(en)) return catalogueProblems(path, fr, en);
  return [`${path}: French and English are not both texts, lists of texts or catalogues`];
}

/** The problems of every `{ fr, en }` in a value. */
export const bilingualProblems = (value: unknown, path = "$"): string[] => findBilingual(value, path).flatMap(foundProblems);
