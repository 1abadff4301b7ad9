import { defineMessages } from "../../app/i18n";

export const messages = defineMessages({
  fr: { title: "Page introuvable", text: "Cette adresse ne correspond à aucune page de Recoque.", home: "Revenir à l'accueil" },
  en: { title: "Page not found", text: "This address does not match any page of Recoque.", home: "Back to the home page" },
});
