// The languages of Recoque, French first and English second, the locale each one formats numbers and dates
// in, and the `{ fr, en }` text that the Worker returns and that model cards and register entries hold.
// Shared code: runs in workerd, the browser and Node.

export const LANGUAGES = ["fr", "en"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The locale of each language, for Intl (numbers, dates, plural rules). */
export const LOCALES: Record<Language, string> = { fr: "fr-FR", en: "en-GB" };

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** One value per language: a text `{ fr, en }` by default, or a list of keywords, or a catalogue's texts. */
export type Bilingual<T = string> = Record<Language, T>;

/** The text (or value) of a `{ fr, en }` in a language. */
export const inLanguage = <T>(text: Bilingual<T>, language: Language): T => text[language];
