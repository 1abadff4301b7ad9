// Shown for an unknown address.
import { defineMessages, useMessages } from "../../app/i18n";
import { Link } from "../../app/router";
import { usePageTitle } from "../../app/title";

const messages = defineMessages({
  fr: { title: "Page introuvable", text: "Cette adresse ne correspond à aucune page de Recoque.", home: "Revenir à l'accueil" },
  en: { title: "Page not found", text: "This address does not match any page of Recoque.", home: "Back to the home page" },
});

export default function NotFoundPage() {
  const { t } = useMessages(messages);
  usePageTitle(t("title"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <Link href="/">{t("home")}</Link>
    </>
  );
}
