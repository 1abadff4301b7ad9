// Shown for an unknown address.
import { useTranslations } from "../../app/i18n";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import { notFoundTranslations } from "./translations";

export default function NotFoundPage() {
  const { t } = useTranslations(notFoundTranslations);
  usePageTitle(t("title"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <Link href="/">{t("home")}</Link>
    </>
  );
}
