// Message catalogues, French first and English second. Each page declares `defineMessages({ fr, en })`;
// TypeScript requires the English catalogue to have exactly the French keys, and a test checks that no
// message is left empty or untranslated.
import { lang, type Lang } from "./settings";
import { useStore } from "./store";

export type Catalogue = Record<string, string>;
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

export const numberFormat = (current: Lang, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(current === "fr" ? "fr-FR" : "en-GB", options);

export const dateTimeFormat = (current: Lang, options?: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(current === "fr" ? "fr-FR" : "en-GB", options);
