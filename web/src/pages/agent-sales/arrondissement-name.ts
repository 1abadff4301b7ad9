// The name of an arrondissement in the page's language ("1er arrondissement", "14e arrondissement"), for the
// case list, the case view and the maps (its own module: the list's quartier map imports it too).
import { useTranslations } from "../../app/i18n";
import { salesTranslations } from "./translations";

export function useArrondissementName() {
  const { t } = useTranslations(salesTranslations);
  return (n: number | null) => (n === null ? "—" : n === 1 ? t("arrondissementFirst") : t("arrondissementName", { n }));
}
