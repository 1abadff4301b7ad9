// Citizen home page: what Recoque offers, and the promise that answers stay on the device.
import { useTranslations } from "../../app/i18n";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import { homeTranslations } from "./translations";

export default function HomePage() {
  const { t } = useTranslations(homeTranslations);
  usePageTitle(t("title"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <ul class="cards">
        <li class="card">
          <h2>{t("heatTitle")}</h2>
          <p>{t("heatText")}</p>
          <Link href="/canicule">{t("heatLink")}</Link>
          <br />
          <Link href="/alertes">{t("climateLink")}</Link>
        </li>
        <li class="card">
          <h2>{t("rightsTitle")}</h2>
          <p>{t("rightsText")}</p>
          <Link href="/droits">{t("rightsLink")}</Link>
        </li>
        <li class="card">
          <h2>{t("contactTitle")}</h2>
          <p>{t("contactText")}</p>
          <Link href="/contact">{t("contactLink")}</Link>
        </li>
        <li class="card">
          <h2>{t("registerTitle")}</h2>
          <p>{t("registerText")}</p>
          <Link href="/registre">{t("registerLink")}</Link>
        </li>
      </ul>
      <section class="callout" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t("privacyTitle")}</h2>
        <p>{t("privacyText")}</p>
      </section>
    </>
  );
}
