// The two charts of a case, each with its table as text alternative (LineChart): the price per m² of the
// comparable sales over time against this sale's, and the number of the area's sales by band of price per m²
// (a histogram).
import { useMemo } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat, numberFormat } from "../../../../domain/i18n";
import { LineChart } from "../../components/LineChart";
import type { CaseDetail } from "../../../../domain/contracts/sales";
import { salesTranslations } from "./translations";

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

export function ComparablesChart({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useTranslations(salesTranslations);
  const { comparables } = detail.evidence;
  const own = detail.case.sale.pricePerM2;
  const points = useMemo(() => {
    const all = [
      ...comparables.map((c) => ({ x: toSeconds(c.date), comparable: Math.round(c.pricePerM2), own: null as number | null })),
      { x: toSeconds(detail.case.sale.date), comparable: null as number | null, own: own === null ? null : Math.round(own) },
    ];
    all.sort((a, b) => a.x - b.x);
    // uPlot needs strictly increasing x: sales of the same day are drawn a minute apart.
    for (let i = 1; i < all.length; i++) if (all[i].x <= all[i - 1].x) all[i].x = all[i - 1].x + 60;
    return all;
  }, [detail]);
  const x = useMemo(() => points.map((p) => p.x), [points]);
  const series = useMemo(
    () => [
      { label: t("chartComparables"), values: points.map((p) => p.comparable), color: "#16357a" },
      { label: t("chartThisSale"), values: points.map((p) => p.own), color: "#a4131f" },
    ],
    [points, lang],
  );
  const day = dateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <LineChart
      title={t("comparablesChart")}
      x={x}
      xLabel={t("chartDate")}
      formatX={(s) => day.format(new Date(s * 1000))}
      series={series}
      yLabel="€/m²"
      draw="points"
    />
  );
}

export function DistributionChart({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useTranslations(salesTranslations);
  const bins = detail.evidence.distribution?.bins ?? [];
  const n = numberFormat(lang).format;
  const series = useMemo(() => [{ label: t("chartSales"), values: bins.map((b) => b.count), color: "#16357a" }], [detail, lang]);
  const lower = useMemo(() => bins.map((b) => b.from), [detail]);
  const width = bins.length ? bins[0].to - bins[0].from : 0;
  return (
    <LineChart
      title={t("distributionChart")}
      x={lower}
      xLabel={t("chartBand")}
      formatX={(from) => t("band", { from: n(from), to: n(from + width) })}
      formatTick={n}
      series={series}
      time={false}
      yLabel={t("chartSales")}
      draw="bars"
    />
  );
}
