// The simulation's results: each benefit with its status, amount, reasons, arithmetic and how to claim, the
// benefits to check, the others folded away, and the notice required by CRPA L311-3-1 with the explanation.
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat, numberFormat, translator } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import { Link } from "../../app/navigation";
import { rightsMentions } from "../../../../domain/rights/mention";
import { rightsCodeTranslations, type MessageCode } from "../../../../domain/rights/translations";
import type { BenefitResult, SimulationResult } from "../../../../domain/rights/simulate";
import { amountText } from "./amount";
import { WhereToClaim } from "./WhereToClaim";
import { rightsTranslations } from "./translations";

/** The aids the engine does not simulate, said to the person rather than left out silently, with why. */
export const NOT_COMPUTED = ["notComputed_parisOther", "notComputed_ass"] as const;

function BenefitCard({ result, arrondissement }: { result: BenefitResult; arrondissement?: number }) {
  const { t, lang } = useTranslations(rightsTranslations);
  const euros = numberFormat(lang, { style: "currency", currency: "EUR" });
  const text = translator(rightsCodeTranslations, lang);
  const status = String(result.eligible) as "true" | "maybe" | "false";
  const id = `benefit-${result.benefit}`;
  const amount = amountText(result, t, euros);
  return (
    <li class={`benefit benefit-${status}`} aria-labelledby={id}>
      <h4 id={id}>{text(`benefit.${result.benefit}` as MessageCode)}</h4>
      <p class="benefit-status">{t(`status_${status}`)}</p>
      {amount && <p class="benefit-amount">{amount}</p>}
      {result.reasons.length > 0 && (
        <>
          <p class="benefit-label">{t("why")}</p>
          <ul>{result.reasons.map((r, i) => <li key={i}>{text(r.code, r.params)}</li>)}</ul>
        </>
      )}
      {result.steps.length > 0 && (
        <details>
          <summary>{t("calculation")}</summary>
          <table class="steps">
            <tbody>
              {result.steps.map((s, i) => (
                <tr key={i}>
                  <th scope="row">{text(s.label, s.params)}</th>
                  <td class="number">{euros.format(s.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {result.eligible !== false && (
        <p>
          <span class="benefit-label">{t("howToClaim")}</span>{" "}
          {text(result.howToClaim.code)}{" "}
          <a href={result.howToClaim.url} rel="noopener">{t("moreInformation")}</a>
        </p>
      )}
      {result.eligible !== false && <WhereToClaim results={[result]} arrondissement={arrondissement} />}
    </li>
  );
}

export function Results({ simulation, arrondissement }: { simulation: SimulationResult; arrondissement?: number }) {
  const { t, lang } = useTranslations(rightsTranslations);
  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const date = dateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(dayToDate(simulation.date));
  const groups = {
    true: simulation.results.filter((r) => r.eligible === true),
    maybe: simulation.results.filter((r) => r.eligible === "maybe"),
    false: simulation.results.filter((r) => r.eligible === false),
  };
  const total = groups.true.reduce((s, r) => s + (r.benefit === "css" ? 0 : (r.monthlyAmount ?? 0)), 0);
  const list = (results: BenefitResult[]) => <ul class="benefits">{results.map((r) => <BenefitCard key={r.benefit} result={r} arrondissement={arrondissement} />)}</ul>;
  return (
    <section aria-labelledby="results-title" class="results">
      <h2 id="results-title" tabIndex={-1}>{t("resultsTitle")}</h2>
      <p>{t("resultsDate", { date })}</p>
      <p class="lead">
        {total > 0 ? t("totalEstimate", { amount: euros.format(total) }) : groups.true.length || groups.maybe.length ? t("noCashEstimate") : t("noneEligible")}
      </p>
      {groups.true.length > 0 && (
        <>
          <h3>{t("eligibleTitle")}</h3>
          {list(groups.true)}
        </>
      )}
      {groups.maybe.length > 0 && (
        <>
          <h3>{t("maybeTitle")}</h3>
          {list(groups.maybe)}
        </>
      )}
      {groups.false.length > 0 && (
        <details class="not-eligible">
          <summary>
            <h3>{t("notEligibleTitle")}</h3>
          </summary>
          {list(groups.false)}
        </details>
      )}
      <section aria-labelledby="not-computed-title" data-not-computed>
        <h3 id="not-computed-title">{t("notComputedTitle")}</h3>
        <p>{t("notComputedIntro")}</p>
        <ul>{NOT_COMPUTED.map((key) => <li key={key}>{t(key)}</li>)}</ul>
      </section>
      <section class="callout" aria-labelledby="explanation-title" data-legal-mention>
        <h3 id="explanation-title">{t("explanationTitle")}</h3>
        <p>{rightsMentions.simulator[lang]}</p>
        <p>{t("notDecision")}</p>
        <p>{t("dataUsed")}</p>
        <p>{t("rulesUsed")}</p>
        <p data-synthetic-training>{t("noModel")}</p>
        <p><Link href="/registre">{t("registerLink")}</Link></p>
      </section>
    </section>
  );
}
