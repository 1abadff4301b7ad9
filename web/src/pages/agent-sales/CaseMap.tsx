// The case's sale and its comparable sales on the map of Paris's quartiers, zoomed around them, the sale's
// quartier outlined with its price per m² and the number of sales it is computed from (GET
// /sales/cases/{id}/quartier), and the map's data table: each point with its address, quartier (placed with the
// shared geometry), price per m² and distance to the sale.
import { useEffect, useMemo, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat, numberFormat, plural } from "../../../../domain/i18n";
import { failureText } from "../../api/client";
import { AreaMap, type MapPoint } from "../../components/AreaMap";
import type { CaseDetail, CaseQuartier } from "../../../../domain/contracts/sales";
import { quartierByCode, quartierOf } from "../../../../domain/geo/paris-areas";
import { boundsOf, widenBounds, type Point } from "../../../../domain/geo/polygons";
import { caseQuartier } from "./api";
import { useArrondissementName } from "./arrondissement-name";
import { salesTranslations } from "./translations";

/** The view spans at least this many metres each way, with this margin around the points and the quartier. */
const VIEW_METERS = 1500;
const MARGIN_METERS = 150;

interface Row {
  mark: string;
  point: Point;
  sale: string;
  address: string;
  pricePerM2: number | null;
  meters: number | null;
}

function QuartierPrice({ place }: { place: CaseQuartier }) {
  const { t, lang } = useTranslations(salesTranslations);
  const name = useArrondissementName();
  const q = place.quartier;
  if (!q) return <p>{t("quartierPriceOutside")}</p>;
  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const day = dateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  const params = { quartier: q.quartier.name, arrondissement: name(q.quartier.arrondissement), from: day.format(new Date(`${q.from}T00:00:00Z`)), to: day.format(new Date(`${q.to}T00:00:00Z`)) };
  return (
    <>
      <p data-quartier-price={q.quartier.code}>
        {q.median === null || q.quartiles === null
          ? t("quartierPriceNone", params)
          : t(plural("quartierPrice", q.count, lang), { ...params, count: q.count, median: euros.format(q.median), q1: euros.format(q.quartiles[0]), q3: euros.format(q.quartiles[2]) })}
      </p>
      <p class="hint">{t("quartierPriceBasis")}</p>
    </>
  );
}

export function CaseMap({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useTranslations(salesTranslations);
  const name = useArrondissementName();
  const [state, setState] = useState<{ place?: CaseQuartier; error?: string }>({});
  useEffect(() => {
    let current = true;
    caseQuartier(detail.case.id)
      .then((place) => current && setState({ place }))
      .catch((e: Error) => current && setState({ error: failureText(e) }));
    return () => {
      current = false;
    };
  }, [detail.case.id]);
  const place = state.place;
  const rows = useMemo((): Row[] => {
    if (!place || place.sale.longitude === null || place.sale.latitude === null) return [];
    return [
      { mark: "■", point: [place.sale.longitude, place.sale.latitude], sale: t("markThisSale"), address: detail.case.sale.address, pricePerM2: detail.case.sale.pricePerM2, meters: null },
      ...detail.evidence.comparables.map((c, i) => ({
        mark: String(i + 1), point: [c.longitude, c.latitude] as Point, sale: t("markComparable", { n: i + 1 }), address: c.address, pricePerM2: c.pricePerM2, meters: c.meters,
      })),
    ];
  }, [place, detail, lang]);
  const points = useMemo((): MapPoint[] => rows.map((r, i) => ({ key: r.mark, point: r.point, mark: r.mark, kind: i === 0 ? "subject" : "other" })), [rows]);
  const highlight = place?.quartier?.quartier.code ?? null;
  const view = useMemo(
    () => (rows.length ? widenBounds(boundsOf([...rows.map((r) => r.point), ...(highlight === null ? [] : (quartierByCode.get(highlight)?.ring ?? []))]), VIEW_METERS, MARGIN_METERS) : undefined),
    [rows, highlight],
  );
  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const n = numberFormat(lang, { maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="case-map-title">
      <h3 id="case-map-title">{t("caseMapTitle")}</h3>
      {state.error && <p class="notice notice-error" role="alert">{t("loadError", { message: state.error })}</p>}
      {!place && !state.error && <p class="loading" role="status">{t("caseMapLoading")}</p>}
      {place && <QuartierPrice place={place} />}
      {place && !rows.length && <p>{t("caseMapNoPlace")}</p>}
      {place && rows.length > 0 && (
        <>
          <p>{t("caseMapKey")}</p>
          <AreaMap title={t("caseMapTitle")} highlight={highlight} points={points} view={view} labels="quartiers" credits={[t("salesCredit")]}>
            <div class="table-scroll">
              <table data-case-map-table>
                <caption class="visually-hidden">{t("caseMapTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("colMark")}</th><th scope="col">{t("colSale")}</th><th scope="col">{t("colAddress")}</th><th scope="col">{t("colQuartier")}</th>
                    <th scope="col" class="number">{t("colPricePerM2")}</th><th scope="col" class="number">{t("colDistance")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const quartier = quartierOf(r.point);
                    return (
                      <tr key={r.mark}>
                        <td>{r.mark}</td>
                        <th scope="row">{r.sale}</th>
                        <td>{r.address}</td>
                        <td>{quartier ? `${quartier.name} (${name(quartier.arrondissement)})` : t("outsideQuartiers")}</td>
                        <td class="number">{r.pricePerM2 === null ? t("unknown") : euros.format(r.pricePerM2)}</td>
                        <td class="number">{r.meters === null ? "—" : t("meters", { n: n.format(r.meters) })}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </AreaMap>
        </>
      )}
    </section>
  );
}
