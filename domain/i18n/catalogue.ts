// Catalogues: the texts of a page or an engine by key, one block per language (`{ fr: {...}, en: {...} }`), the
// English block with exactly the French keys (TypeScript enforces it), and a `translate` for one language.
// A text with a count comes in two keys, `x_one` and `x_other` (see `plural`). Shared code.
import { formatText, type NumberStyle, type TextParams } from "./format.ts";
import { LANGUAGES, type Bilingual, type Language } from "./language.ts";

export type Catalogue<K extends string> = Bilingual<Readonly<Record<K, string>>>;

/** The keys of a catalogue. */
export type CatalogueKey<C> = C extends Catalogue<infer K> ? K : never;

/** A catalogue written one block per language; English must have the French keys, no more, no fewer. */
export function defineCatalogue<K extends string>(catalogue: { fr: Record<K, string>; en: Record<NoInfer<K>, string> }): Catalogue<K> {
  return catalogue;
}

/** A catalogue written one `{ fr, en }` per key (texts side by side), turned into one block per language. */
export function catalogueOf<K extends string>(texts: Record<K, Bilingual>): Catalogue<K> {
  const keys = Object.keys(texts) as K[];
  const block = (language: Language) => Object.fromEntries(keys.map((key) => [key, texts[key][language]])) as Record<K, string>;
  return Object.fromEntries(LANGUAGES.map((language) => [language, block(language)])) as Catalogue<K>;
}

export type Translate<K extends string> = (key: K, params?: TextParams) => string;

/** The texts of a catalogue in one language, with {placeholders} filled (numbers written by `numbers`). */
export function translator<K extends string>(catalogue: Catalogue<K>, language: Language, numbers: NumberStyle = "locale"): Translate<K> {
  return (key, params = {}) => formatText(catalogue[language][key], params, language, numbers);
}
