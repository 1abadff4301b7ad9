// Personal data (/donnees-personnelles, GDPR art. 13 and 14): the controller and its data protection officer, then
// each processing of Recoque — its purpose, legal basis, data, recipients, retention periods (rendered from
// domain/privacy/data-classes.ts, never restated) and how to use one's rights on it —, what stays on the device,
// where the data are hosted (D1 and R2 in Cloudflare's EU jurisdiction), the rights in general and the CNIL.
import { useTranslations } from "../../app/i18n";
import { LEGAL } from "../../app/legal";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import { retentionRows, type Processing } from "./retention";
import { personalDataTranslations, type PersonalDataKey } from "./translations";

/** Each processing, the prefix of its texts' keys, and the page where a person uses their rights on it. */
const PROCESSINGS: { id: Processing; link?: { href: string; label: PersonalDataKey } }[] = [
  { id: "heat", link: { href: "/alertes", label: "heatLink" } },
  { id: "requests", link: { href: "/contact", label: "requestsLink" } },
  { id: "rights", link: { href: "/droits", label: "rightsLink" } },
  { id: "sales" },
  { id: "audit" },
];

function ProcessingSection({ id, link }: (typeof PROCESSINGS)[number]) {
  const { t, lang } = useTranslations(personalDataTranslations);
  const key = (suffix: string) => `${id}${suffix}` as PersonalDataKey;
  const rows = retentionRows(id, lang);
  return (
    <section aria-labelledby={`${id}-title`} data-processing={id}>
      <h2 id={`${id}-title`}>{t(key("Title"))}</h2>
      <dl>
        <dt>{t("purpose")}</dt>
        <dd>{t(key("Purpose"))}</dd>
        <dt>{t("legalBasis")}</dt>
        <dd>{t(key("Basis"))}</dd>
        <dt>{t("data")}</dt>
        <dd>{t(key("Data"))}</dd>
        <dt>{t("recipients")}</dt>
        <dd>{t(key("Recipients"))}</dd>
        <dt>{t("yourRights")}</dt>
        <dd>
          {t(key("Rights"))}
          {link && <> <Link href={link.href}>{t(link.label)}</Link></>}
        </dd>
      </dl>
      <div class="table-scroll">
        <table data-retention={id}>
          <caption>{t("retention")}</caption>
          <thead><tr><th scope="col">{t("colData")}</th><th scope="col">{t("colPersonal")}</th><th scope="col">{t("colPeriod")}</th><th scope="col">{t("colWhy")}</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-class={row.id}><th scope="row">{row.data}</th><td>{t(row.personal ? "yes" : "no")}</td><td data-period>{row.period}</td><td>{row.why}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function PersonalDataPage() {
  const { t } = useTranslations(personalDataTranslations);
  usePageTitle(t("title"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <section aria-labelledby="controller-title" data-legal="controller">
        <h2 id="controller-title">{t("controllerTitle")}</h2>
        <p>{t("controller", { publisher: LEGAL.publisher, address: LEGAL.publisherAddress })}</p>
        <p data-dpo>{t("dpo", { email: LEGAL.dpoEmail, address: LEGAL.publisherMail })}</p>
      </section>
      {PROCESSINGS.map((p) => <ProcessingSection key={p.id} {...p} />)}
      <section aria-labelledby="device-title" data-legal="device">
        <h2 id="device-title">{t("deviceTitle")}</h2>
        <p>{t("device")}</p>
      </section>
      <section id="hebergement" aria-labelledby="hosting-title" data-legal="hosting">
        <h2 id="hosting-title">{t("hostingTitle")}</h2>
        <p>{t("hosting", { host: LEGAL.host, address: LEGAL.hostAddress })}</p>
        <p>{t("hostingEu")}</p>
        <p>{t("hostingEdge")}</p>
      </section>
      <section aria-labelledby="rights-all-title" data-legal="rights">
        <h2 id="rights-all-title">{t("rightsTitleAll")}</h2>
        <p>{t("rightsAll")}</p>
        <p>{t("rightsHow", { email: LEGAL.dpoEmail })} <Link href="/contact">{t("rightsContact")}</Link></p>
      </section>
      <section aria-labelledby="cnil-title" data-legal="cnil">
        <h2 id="cnil-title">{t("cnilTitle")}</h2>
        <p>{t("cnil", { address: LEGAL.cnilAddress })}</p>
        <p><a href={LEGAL.cnilComplaintUrl}>{t("cnilLink")}</a></p>
      </section>
    </>
  );
}
