// Paris street addresses found by name: a street type (rue, av., boulevard…) followed by a street name
// that is one of the 3,564 Paris streets of the DGFiP's DVF file (domain/requests/data/paris-streets.json,
// written by domain/requests/cli/write-streets.ts), with the house number before it (12, 12 bis). Names are
// compared in one canonical form on both sides (no accents, lower case, "saint" as "st", …). Shared code.
import streetList from "../data/paris-streets.json" with { type: "json" };
import { foldText } from "../text.ts";
import type { Span } from "./patterns.ts";

/** Street types as written in letters and in the DVF file, to one canonical word. */
export const STREET_TYPES: Record<string, string> = {
  rue: "rue", r: "rue", avenue: "avenue", av: "avenue", ave: "avenue", boulevard: "boulevard", bd: "boulevard",
  bld: "boulevard", boul: "boulevard", passage: "passage", pas: "passage", villa: "villa", vla: "villa",
  place: "place", pl: "place", impasse: "impasse", imp: "impasse", square: "square", sq: "square", cite: "cite",
  quai: "quai", allee: "allee", all: "allee", cour: "cour", cours: "cours", crs: "cours", voie: "voie",
  sentier: "sentier", sen: "sentier", galerie: "galerie", gal: "galerie", chemin: "chemin", che: "chemin",
  promenade: "promenade", prom: "promenade", hameau: "hameau", ham: "hameau", carrefour: "carrefour",
  car: "carrefour", port: "port", esplanade: "esplanade", parvis: "parvis", "rond-point": "rond-point",
};

/** Words of street names as the DVF file abbreviates them. */
const NAME_WORDS: Record<string, string> = {
  saint: "st", sainte: "ste", general: "gal", faubourg: "fbg", marechal: "mal", president: "pdt", pres: "pdt",
  commandant: "cdt", docteur: "dr", porte: "pte", croix: "cr",
};

const MAX_NAME_WORDS = 8;

const canonicalWord = (word: string) => NAME_WORDS[word] ?? word;

/** The canonical form of a street written as type + name ("AV DU PDT KENNEDY" → "avenue du pdt kennedy"). */
export function canonicalStreet(street: string): string | null {
  const words = foldText(street).split(/[^a-z0-9]+/).filter(Boolean);
  const type = STREET_TYPES[words[0]];
  if (!type || words.length < 2) return null;
  return [type, ...words.slice(1).map(canonicalWord)].join(" ");
}

const streets = new Set(streetList as string[]);

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+/g;
const HOUSE_NUMBER = /(\d{1,4})(?:\s?(?:bis|ter|quater|[a-d]))?\s*,?\s*$/;

/** Spans of Paris street addresses in `text` (the house number included when it is written just before). */
export function streetSpans(text: string): Span[] {
  const folded = foldText(text);
  const words: Word[] = [...folded.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const type = STREET_TYPES[words[i].text];
    if (!type) continue;
    let name = type;
    let last = -1;
    for (let j = i + 1; j < Math.min(words.length, i + 1 + MAX_NAME_WORDS); j++) {
      const gap = folded.slice(words[j - 1].end, words[j].start);
      if (/[\n,;:.!?()]/.test(j === i + 1 ? gap.replace(/^\./, "") : gap)) break;
      name += ` ${canonicalWord(words[j].text)}`;
      if (streets.has(name)) last = j;
    }
    if (last < 0) continue;
    const number = HOUSE_NUMBER.exec(folded.slice(Math.max(0, words[i].start - 12), words[i].start));
    const start = number ? words[i].start - number[0].length : words[i].start;
    spans.push({ start, end: words[last].end, label: "ADDRESS" });
    i = last;
  }
  return spans;
}
