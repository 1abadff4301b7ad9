// The i18n core of Recoque: languages and locales, `{ fr, en }` texts, catalogues, the formatter and plural
// rules, for the pages, the rights engine, the Worker and the model cards alike. Shared code.
export { inLanguage, isLanguage, LANGUAGES, LOCALES, type Bilingual, type Language } from "./language.ts";
export { dateTimeFormat, numberFormat, placeholders, plural } from "./format.ts";
export { catalogueOf, defineCatalogue, translator, type Catalogue, type CatalogueKey, type Translate } from "./catalogue.ts";
