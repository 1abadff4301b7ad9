import { defineCatalogue } from "../../../../domain/i18n";

export const notFoundTranslations = defineCatalogue({
  fr: { title: "Page introuvable", text: "Cette adresse ne correspond à aucune page de Recoque.", home: "Revenir à l'accueil" },
  en: { title: "Page not found", text: "This address does not match any page of Recoque.", home: "Back to the home page" },
});
