// Writing texts in a language: {placeholders} filled from parameters, numbers and dates through Intl in the
// language's locale, and the plural form of a count. Shared code.
import { LOCALES, type Language } from "./language.ts";

/** Values for a text's {placeholders}: strings go in as they are, numbers are written by a `NumberStyle`. */
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * How numbers given as parameters are written. `locale`: in the language's locale (grouped thousands,
 * decimal comma in French), whole numbers without decimals and others with two — amounts in euros.
 * `digits`: as JavaScript writes them (2800, 1.5) — counts, ranks and years, which pages show as typed.
 */
export type NumberStyle = "locale" | "digits";

export const numberFormat = (language: Language, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(LOCALES[language], options);

export const dateTimeFormat = (language: Language, options?: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALES[language], options);

const PLACEHOLDER = /\{(\w+)\}/g;

function numberWriter(language: Language, style: NumberStyle): (value: number) => string {
  if (style === "digits") return String;
  const whole = numberFormat(language, { maximumFractionDigits: 0 });
  const withCents = numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (value) => (Number.isInteger(value) ? whole : withCents).format(value);
}

/** A template with its {placeholders} filled; a placeholder without a parameter is left as it is. */
export function formatText(template: string, params: TextParams, language: Language, numbers: NumberStyle = "locale"): string {
  const writeNumber = numberWriter(language, numbers);
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "string" ? value : writeNumber(value);
  });
}

/** The placeholder names a text uses, in order. */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

/**
 * The key of a count's form, `${base}_one` or `${base}_other`, by the language's plural rules: French says
 * "0 ligne", "1 ligne", "2 lignes"; English "0 rows", "1 row", "2 rows". The catalogue holds both keys.
 */
export function plural<B extends string>(base: B, count: number, language: Language): `${B}_one` | `${B}_other` {
  return new Intl.PluralRules(LOCALES[language]).select(count) === "one" ? `${base}_one` : `${base}_other`;
}
