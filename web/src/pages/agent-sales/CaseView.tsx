// One case: why it is open, the sale, how its expected price is estimated (TreeSHAP factors in % and €), the
// comparable sales (chart and table), the area's prices per m² (chart and table), and the decision — or the
// decision taken. Every case says it is a signal for review, never an accusation, with the CRPA mention.
import { Fragment } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat, numberFormat } from "../../../../domain/i18n";
import { Link } from "../../app/navigation";
import { failureText } from "../../api/client";
import type { CaseDetail, CaseSummary } from "../../../../domain/contracts/sales";
import { getCase } from "./api";
import { CaseMap } from "./CaseMap";
import { useArrondissementName } from "./arrondissement-name";
import { DecisionForm } from "./DecisionForm";
import { ComparablesChart, DistributionChart } from "./EvidenceCharts";
import { salesTranslations } from "./translations";

function Facts({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useTranslations(salesTranslations);
  const name = useArrondissementName();
  const { sale } = detail.case;
  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const ratio = numberFormat(lang, { maximumFractionDigits: 3 });
  const percent = numberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  const day = dateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  const previous = detail.evidence.previousSale;
  const rows: [string, string][] = [
    [t("saleDate"), day.format(new Date(`${sale.date}T00:00:00Z`))],
    [t("saleAddress"), sale.address],
    [t("saleArrondissement"), name(sale.arrondissement)],
    [t("salePrice"), euros.format(sale.price)],
    [t("saleSurface"), sale.surface === null ? t("unknown") : `${numberFormat(lang).format(sale.surface)} m²`],
    [t("salePricePerM2"), sale.pricePerM2 === null ? t("unknown") : euros.format(sale.pricePerM2)],
    [t("saleExpected"), sale.expectedPrice === null ? t("unknown") : euros.format(sale.expectedPrice)],
    [t("saleRatio"), sale.ratio === null ? t("unknown") : ratio.format(sale.ratio)],
    ...(detail.opening.kind === "price_below_expected" ? [[t("saleThreshold"), ratio.format(detail.opening.threshold)] as [string, string]] : []),
    [t("saleScore"), percent.format(detail.case.score)],
    [t("saleStatus"), t(`caseStatus_${detail.case.status}`)],
  ];
  return (
    <section aria-labelledby="sale-title">
      <h3 id="sale-title">{t("saleTitle")}</h3>
      <dl class="sales-facts">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {previous && (
        <p>{t("previousSale", { date: day.format(new Date(`${previous.date}T00:00:00Z`)), price: euros.format(previous.price), ratio: ratio.format(sale.price / previous.price) })}</p>
      )}
    </section>
  );
}

function Explanation({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useTranslations(salesTranslations);
  const { factors, referencePrice } = detail.evidence;
  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0, signDisplay: "exceptZero" });
  const percent = numberFormat(lang, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  return (
    <section aria-labelledby="explanation-title">
      <h3 id="explanation-title">{t("explanationTitle")}</h3>
      {referencePrice === null ? (
        <p>{t("explanationNone")}</p>
      ) : (
        <>
          <p>{t("explanationIntro", { reference: numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(referencePrice) })}</p>
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t("explanationTitle")}</caption>
              <thead>
                <tr><th scope="col">{t("colFactor")}</th><th scope="col" class="number">{t("colEffectPercent")}</th><th scope="col" class="number">{t("colEffectEuros")}</th></tr>
              </thead>
              <tbody>
                {factors.map((f) => (
                  <tr key={f.factor}>
                    <th scope="row">{t(`factor_${f.factor}`)}</th>
                    <td class="number">{percent.format(f.percent)} %</td>
                    <td class="number">{euros.format(f.euros)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Comparables({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useTranslations(salesTranslations);
  const { comparables, comparablesPrice } = detail.evidence;
  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const n = numberFormat(lang, { maximumFractionDigits: 0 });
  const day = dateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section aria-labelledby="comparables-title">
      <h3 id="comparables-title">{t("comparablesTitle")}</h3>
      {!comparables.length ? (
        <p>{t("comparablesNone")}</p>
      ) : (
        <>
          <p>{t("comparablesIntro", { price: comparablesPrice === null ? t("unknown") : euros.format(comparablesPrice) })}</p>
          <ComparablesChart detail={detail} />
          <div class="table-scroll">
            <table data-comparables>
              <caption class="visually-hidden">{t("comparablesTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("colDate")}</th><th scope="col">{t("colAddress")}</th><th scope="col" class="number">{t("colSurface")}</th>
                  <th scope="col" class="number">{t("colPrice")}</th><th scope="col" class="number">{t("colPricePerM2")}</th><th scope="col" class="number">{t("colDistance")}</th>
                </tr>
              </thead>
              <tbody>
                {comparables.map((c) => (
                  <tr key={c.id}>
                    <td>{day.format(new Date(`${c.date}T00:00:00Z`))}</td>
                    <td>{c.address}</td>
                    <td class="number">{n.format(c.surface)} m²</td>
                    <td class="number">{euros.format(c.price)}</td>
                    <td class="number">{euros.format(c.pricePerM2)}</td>
                    <td class="number">{t("meters", { n: n.format(c.meters) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function Distribution({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useTranslations(salesTranslations);
  const name = useArrondissementName();
  const area = detail.evidence.distribution;
  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const day = dateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  const share = numberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="distribution-title">
      <h3 id="distribution-title">{t("distributionTitle")}</h3>
      {!area?.quartiles ? (
        <p>{t("distributionNone")}</p>
      ) : (
        <>
          <p>
            {t(area.salePricePerM2 === null || area.salePercentile === null ? "distributionIntroNoOwn" : "distributionIntro", {
              n: name(area.arrondissement), from: day.format(new Date(`${area.from}T00:00:00Z`)), to: day.format(new Date(`${area.to}T00:00:00Z`)),
              count: area.count, median: euros.format(area.quartiles[1]), q1: euros.format(area.quartiles[0]), q3: euros.format(area.quartiles[2]),
              own: area.salePricePerM2 === null ? "" : euros.format(area.salePricePerM2), share: share.format(1 - (area.salePercentile ?? 0)),
            })}
          </p>
          <DistributionChart detail={detail} />
        </>
      )}
    </section>
  );
}

export function CaseView({ id }: { id: string }) {
  const { t, lang } = useTranslations(salesTranslations);
  const [state, setState] = useState<{ detail?: CaseDetail; error?: string }>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let current = true;
    setState({});
    getCase(id)
      .then((detail) => current && setState({ detail }))
      .catch((e: Error) => current && setState({ error: failureText(e) }));
    return () => {
      current = false;
    };
  }, [id]);
  useEffect(() => heading.current?.focus(), [id]);
  const decided = (summary: CaseSummary) => setState((s) => (s.detail ? { detail: { ...s.detail, case: summary } } : s));
  const detail = state.detail;
  return (
    <section aria-labelledby="case-title">
      <p><Link href="/agent/ventes">{t("backToList")}</Link></p>
      <h2 id="case-title" tabIndex={-1} ref={heading}>{t("caseTitle", { id })}</h2>
      {state.error && <p class="notice notice-error" role="alert">{t("loadError", { message: state.error })}</p>}
      {!detail && !state.error && <p class="loading" role="status">{t("caseLoading")}</p>}
      {detail && (
        <>
          <div class="callout">
            <p><strong>{t("ruleTitle")}</strong> — {detail.rule.label[lang]}. {detail.rule.operation[lang]}</p>
            <p><strong>{t("mentionTitle")}</strong> — {detail.mention[lang]}</p>
          </div>
          <Facts detail={detail} />
          <Explanation detail={detail} />
          <Comparables detail={detail} />
          <CaseMap detail={detail} />
          <Distribution detail={detail} />
          <DecisionForm summary={detail.case} onDecided={decided} />
        </>
      )}
    </section>
  );
}
