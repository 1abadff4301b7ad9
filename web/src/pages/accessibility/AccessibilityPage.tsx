// Accessibility statement (/accessibilite), in the form the RGAA asks: the conformity status stated honestly
// (no audit yet, so "non conforme", the word the footer shows too), what the automated tests check and what
// they cannot, the points not verified, the date, a contact and the remedy through the Défenseur des droits.
import { dateTimeFormat } from "../../../../domain/i18n";
import { useTranslations } from "../../app/i18n";
import { LEGAL } from "../../app/legal";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import { shellTranslations } from "../../app/translations";
import { accessibilityTranslations } from "./translations";

/** The day this statement was written; change it with the statement. */
const STATEMENT_DATE = new Date("2026-12-04T12:00:00Z");

const UNVERIFIED = ["issue_screenReaders", "issue_keyboard", "issue_charts", "issue_zoom", "issue_cognitive"] as const;

export default function AccessibilityPage() {
  const { t, lang } = useTranslations(accessibilityTranslations);
  const shell = useTranslations(shellTranslations).t;
  usePageTitle(t("title"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro", { site: window.location.host })}</p>
      <section aria-labelledby="status-title" data-legal="status">
        <h2 id="status-title">{t("statusTitle")}</h2>
        <p class="callout" data-conformity>{t("status", { status: shell("accessibilityStatus") })}</p>
        <p>{t("statusWhy")}</p>
      </section>
      <section aria-labelledby="tested-title" data-legal="tested">
        <h2 id="tested-title">{t("testedTitle")}</h2>
        <ul>
          <li>{t("testedAxe")}</li>
          <li>{t("testedKeyboard")}</li>
          <li>{t("testedLighthouse")}</li>
        </ul>
        <p>{t("testedLimit")}</p>
        <h3>{t("resultsTitle")}</h3>
        <p>{t("results")}</p>
      </section>
      <section aria-labelledby="issues-title" data-legal="issues">
        <h2 id="issues-title">{t("issuesTitle")}</h2>
        <p>{t("issuesNone")}</p>
        <ul>{UNVERIFIED.map((key) => <li key={key}>{t(key)}</li>)}</ul>
        <h3>{t("exemptTitle")}</h3>
        <p>{t("exempt")}</p>
      </section>
      <section aria-labelledby="made-title" data-legal="date">
        <h2 id="made-title">{t("madeTitle")}</h2>
        <p>{t("made", { date: dateTimeFormat(lang, { dateStyle: "long", timeZone: "Europe/Paris" }).format(STATEMENT_DATE) })}</p>
        <p>{t("tech")}</p>
        <p>{t("tools")}</p>
      </section>
      <section aria-labelledby="contact-title" data-legal="contact">
        <h2 id="contact-title">{t("contactTitle")}</h2>
        <p>{t("contact")}</p>
        <ul>
          <li><Link href="/contact">{t("contactForm")}</Link></li>
          <li>{t("contactEmail", { email: LEGAL.contactEmail })}</li>
          <li>{t("contactPhone", { phone: LEGAL.phone })}</li>
          <li>{t("contactMail", { address: LEGAL.publisherMail })}</li>
        </ul>
      </section>
      <section aria-labelledby="remedy-title" data-legal="remedy">
        <h2 id="remedy-title">{t("remedyTitle")}</h2>
        <p>{t("remedy")}</p>
        <ul>
          <li><a href={LEGAL.defenderFormUrl}>{t("remedyForm")}</a></li>
          <li><a href={LEGAL.defenderSite}>{t("remedyDelegate")}</a></li>
          <li>{t("remedyPhone", { phone: LEGAL.defenderPhone })}</li>
          <li>{t("remedyMail", { address: LEGAL.defenderMail })}</li>
        </ul>
      </section>
    </>
  );
}
