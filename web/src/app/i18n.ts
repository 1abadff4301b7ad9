// The pages' side of the i18n core (domain/i18n): a page's catalogue in the current language, re-rendered
// when the language changes. Pages write counts, ranks and years as digits and format amounts and dates
// themselves (the core's numberFormat and dateTimeFormat), so the numbers they give a text go in as digits.
import { translator, type Catalogue, type Language, type Translate } from "../../../domain/i18n";
import { lang } from "./settings";
import { useStore } from "./store";

/** The page's catalogue in the current language, and that language. */
export function useTranslations<K extends string>(catalogue: Catalogue<K>): { t: Translate<K>; lang: Language } {
  const current = useStore(lang);
  return { t: translator(catalogue, current, "digits"), lang: current };
}
