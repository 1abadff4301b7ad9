// Legal notice (/mentions-legales, LCEN art. 6 III): publisher, director of publication, host, licences of the
// code and the data, and the credits of every data source the models and pages use (their cards say more).
import { useTranslations } from "../../app/i18n";
import { LEGAL } from "../../app/legal";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import { legalNoticeTranslations } from "./translations";

const CREDITS = [
  "credit_meteo", "credit_sacs", "credit_dvf", "credit_insee", "credit_paris", "credit_drees",
  "credit_law", "credit_dila", "credit_europeana", "credit_studies", "credit_standards", "credit_synthetic",
] as const;

export default function LegalNoticePage() {
  const { t } = useTranslations(legalNoticeTranslations);
  usePageTitle(t("title"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <section aria-labelledby="publisher-title" data-legal="publisher">
        <h2 id="publisher-title">{t("publisherTitle")}</h2>
        <p>{t("publisher", { publisher: LEGAL.publisher, address: LEGAL.publisherAddress, phone: LEGAL.phone, email: LEGAL.contactEmail })}</p>
        <h2>{t("directorTitle")}</h2>
        <p>{t("director")}</p>
      </section>
      <section aria-labelledby="host-title" data-legal="host">
        <h2 id="host-title">{t("hostTitle")}</h2>
        <p>{t("host", { host: LEGAL.host, address: LEGAL.hostAddress, phone: LEGAL.hostPhone })}</p>
        <p>{t("hostData")} <Link href="/donnees-personnelles">{t("hostDataLink")}</Link></p>
      </section>
      <section aria-labelledby="licences-title" data-legal="licences">
        <h2 id="licences-title">{t("licencesTitle")}</h2>
        <ul>
          <li>{t("licenceCode")}</li>
          <li>{t("licenceModels")}</li>
          <li>{t("licenceData")}</li>
          <li>{t("licenceDvf")}</li>
        </ul>
      </section>
      <section aria-labelledby="credits-title" data-legal="credits">
        <h2 id="credits-title">{t("creditsTitle")}</h2>
        <p>{t("creditsIntro")}</p>
        <ul>
          <li><Link href="/registre">{t("creditsRegister")}</Link></li>
          <li><Link href="/modeles">{t("creditsModels")}</Link></li>
        </ul>
        <h3>{t("creditsListTitle")}</h3>
        <ul>{CREDITS.map((key) => <li key={key}>{t(key)}</li>)}</ul>
        <h3>{t("softwareTitle")}</h3>
        <p>{t("software")}</p>
      </section>
      <section aria-labelledby="use-title">
        <h2 id="use-title">{t("useTitle")}</h2>
        <p>{t("use")}</p>
      </section>
    </>
  );
}
