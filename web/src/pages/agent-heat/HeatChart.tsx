// IBMx and IBMn of the coming days against their thresholds (uPlot, with the data table as text alternative).
import { useMemo } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { PARIS_TIME_ZONE } from "../../../../domain/time/paris";
import { LineChart } from "../../components/LineChart";
import type { HeatStatus } from "../../../../domain/contracts/heat";
import { upcomingDays } from "../heat/status";
import { agentHeatTranslations } from "./translations";

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function HeatChart({ status }: { status: HeatStatus }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  const days = upcomingDays(status).filter((d) => d.ibmx !== null);
  const dayFormat = dateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  const series = useMemo(
    () => [
      { label: t("chartIbmx"), values: days.map((d) => round1(d.ibmx)), color: "#a4131f" },
      { label: t("chartSx"), values: days.map(() => status.thresholds.ibmx), color: "#a4131f", dash: [6, 4] },
      { label: t("chartIbmn"), values: days.map((d) => round1(d.ibmn)), color: "#16357a" },
      { label: t("chartSn"), values: days.map(() => status.thresholds.ibmn), color: "#16357a", dash: [6, 4] },
    ],
    [status, lang],
  );
  const x = useMemo(() => days.map((d) => Date.parse(`${d.date}T12:00:00Z`) / 1000), [status]);
  if (!status.forecast || !days.length) return <p>{t("chartEmpty")}</p>;
  return (
    <>
      <LineChart title={t("chartTitle")} x={x} xLabel={t("chartDay")} formatX={(s) => dayFormat.format(new Date(s * 1000))} series={series} yLabel="°C" />
      <p class="hint">
        {t("chartForecast", { time: dateTimeFormat(lang, { dateStyle: "long", timeStyle: "short", timeZone: PARIS_TIME_ZONE }).format(new Date(status.forecast.issuedAt)), source: status.forecast.source })}
      </p>
    </>
  );
}
