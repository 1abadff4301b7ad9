// The i18n core: languages and locales, catalogues from either layout, the one formatter (placeholders,
// numbers in the language's locale or as digits) and plural rules.
import { expect, test } from "vitest";
import { catalogueOf, dateTimeFormat, defineCatalogue, inLanguage, isLanguage, LANGUAGES, LOCALES, numberFormat, placeholders, plural, translator } from "../../../domain/i18n/index.ts";

test("French comes first, then English, each with its locale", () => {
  expect(LANGUAGES).toEqual(["fr", "en"]);
  expect(LOCALES).toEqual({ fr: "fr-FR", en: "en-GB" });
  expect(["fr", "en", "de", "FR", undefined].map(isLanguage)).toEqual([true, true, false, false, false]);
  expect(inLanguage({ fr: "bonjour", en: "hello" }, "en")).toBe("hello");
});

test("plural forms follow each language's grammar: French counts 0 and 1 as singular, English only 1", () => {
  expect([0, 1, 2, 21].map((n) => plural("lines", n, "fr"))).toEqual(["lines_one", "lines_one", "lines_other", "lines_other"]);
  expect([0, 1, 2, 21].map((n) => plural("lines", n, "en"))).toEqual(["lines_other", "lines_one", "lines_other", "lines_other"]);
});

const catalogue = defineCatalogue({
  fr: { ceiling: "Plafond de {amount} € pour {persons} personnes", page: "Page {page} sur {pages}" },
  en: { ceiling: "Ceiling of €{amount} for {persons} people", page: "Page {page} of {pages}" },
});

test("the formatter writes numbers in the language's locale: whole numbers without decimals, others with two", () => {
  expect(translator(catalogue, "fr")("ceiling", { amount: 1034.28, persons: 2 })).toBe("Plafond de 1\u202f034,28 € pour 2 personnes");
  expect(translator(catalogue, "en")("ceiling", { amount: 1034.28, persons: 2 })).toBe("Ceiling of €1,034.28 for 2 people");
  expect(translator(catalogue, "fr")("ceiling", { amount: 12000, persons: 3 })).toBe("Plafond de 12\u202f000 € pour 3 personnes");
  expect(translator(catalogue, "en")("ceiling", { amount: 0.5, persons: 1 })).toBe("Ceiling of €0.50 for 1 people");
});

test("or as digits, for counts and ranks; strings go in as they are and a missing parameter stays visible", () => {
  expect(translator(catalogue, "fr", "digits")("page", { page: 1, pages: 2800 })).toBe("Page 1 sur 2800");
  expect(translator(catalogue, "en", "digits")("page", { page: "1", pages: "2,800" })).toBe("Page 1 of 2,800");
  expect(translator(catalogue, "en")("page", { page: 3 })).toBe("Page 3 of {pages}");
  expect(placeholders(catalogue.fr.ceiling)).toEqual(["amount", "persons"]);
});

test("a catalogue written one { fr, en } per key is the same catalogue, one block per language", () => {
  const sideBySide = catalogueOf({
    ceiling: { fr: catalogue.fr.ceiling, en: catalogue.en.ceiling },
    page: { fr: catalogue.fr.page, en: catalogue.en.page },
  });
  expect(sideBySide).toEqual(catalogue);
  expect(translator(sideBySide, "fr")("page", { page: 2, pages: 9 })).toBe("Page 2 sur 9");
});

test("Intl formats come in the language's locale", () => {
  const day = new Date("2026-11-28T12:00:00Z");
  expect(dateTimeFormat("fr", { dateStyle: "long", timeZone: "UTC" }).format(day)).toBe("28 novembre 2026");
  expect(dateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(day)).toBe("28 November 2026");
  expect(numberFormat("fr", { style: "currency", currency: "EUR" }).format(1234.5)).toBe("1\u202f234,50\u00a0€");
});
