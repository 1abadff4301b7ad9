// Message catalogues, French first and English second. Each page declares `defineMessages({ fr, en })`;
// TypeScript requires the English catalogue to have exactly the French keys, and a test checks that no
// message is left empty or untranslated. A message with a count comes in two keys, `x_one` and `x_other`
// (see `plural`).
import { lang, type Lang } from "./settings";
import { useStore } from "./store";

export interface Messages<K extends string> {
  fr: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<K extends string>(messages: { fr: Record<K, string>; en: Record<NoInfer<K>, string> }): Messages<K> {
  return messages;
}

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

export function translator<K extends string>(messages: Messages<K>, current: Lang): Translate<K> {
  return (key, params) => format(messages[current][key], params);
}

/** The current language and a `t` function for a catalogue; re-renders on language change. */
export function useMessages<K extends string>(messages: Messages<K>): { t: Translate<K>; lang: Lang } {
  const current = useStore(lang);
  return { t: translator(messages, current), lang: current };
}

/**
 * The key of a count's form, `${base}_one` or `${base}_other`, by the language's plural rules: French says
 * "0 ligne", "1 ligne", "2 lignes"; English "0 rows", "1 row", "2 rows". The catalogue holds both keys.
 */
export function plural<B extends string>(base: B, count: number, current: Lang): `${B}_one` | `${B}_other` {
  return new Intl.PluralRules(current === "fr" ? "fr-FR" : "en-GB").select(count) === "one" ? `${base}_one` : `${base}_other`;
}

export const numberFormat = (current: Lang, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(current === "fr" ? "fr-FR" : "en-GB", options);

export const dateTimeFormat = (current: Lang, options?: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(current === "fr" ? "fr-FR" : "en-GB", options);
