// The one-page recap a social worker prints with or for the person (social-worker mode): the rights found with
// their amounts, where to go with the documents to bring, and the aids not computed. Hidden on screen, it is
// the only thing printed (rights.css, @media print); French or English with the page.
import { dateTimeFormat, numberFormat, translator } from "../../../../domain/i18n";
import type { SimulationResult } from "../../../../domain/rights/simulate";
import { rightsCodeTranslations } from "../../../../domain/rights/translations";
import { useTranslations } from "../../app/i18n";
import { amountText } from "./amount";
import { NOT_COMPUTED } from "./Results";
import { WhereToClaim } from "./WhereToClaim";
import { rightsTranslations } from "./translations";

export function Recap({ simulation, arrondissement }: { simulation: SimulationResult; arrondissement?: number }) {
  const { t, lang } = useTranslations(rightsTranslations);
  const text = translator(rightsCodeTranslations, lang);
  const euros = numberFormat(lang, { style: "currency", currency: "EUR" });
  const date = dateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${simulation.date}T12:00:00Z`));
  const found = simulation.results.filter((r) => r.eligible !== false);
  return (
    <section class="recap" aria-labelledby="recap-title" data-recap>
      <h2 id="recap-title">{t("recapTitle")}</h2>
      <p>{t("recapDate", { date })}</p>
      <table class="recap-rights">
        <thead>
          <tr>
            <th scope="col">{t("recapRight")}</th>
            <th scope="col">{t("recapStatus")}</th>
            <th scope="col">{t("recapAmount")}</th>
          </tr>
        </thead>
        <tbody>
          {found.map((r) => (
            <tr key={r.benefit} data-benefit={r.benefit}>
              <th scope="row">{text(`benefit.${r.benefit}`)}</th>
              <td>{t(`status_${String(r.eligible) as "true" | "maybe"}`)}</td>
              <td class="number">{amountText(r, t, euros)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("recapWhere")}</h3>
      <WhereToClaim results={found} arrondissement={arrondissement} documents />
      <h3>{t("notComputedTitle")}</h3>
      <ul class="recap-not-computed">{NOT_COMPUTED.map((key) => <li key={key}>{t(key)}</li>)}</ul>
      <p class="recap-note">{t("notDecision")} {t("recapNoStorage")}</p>
    </section>
  );
}
