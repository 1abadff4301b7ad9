// Requests per theme and week over a chosen period: one bar per week for the theme chosen (all themes
// summed by default), with the chart's text alternative, and the full table of counts per theme and week.
import { useEffect, useMemo, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { failureText } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { LineChart } from "../../components/LineChart";
import { dateTimeFormat } from "../../../../domain/i18n";
import { weeklyCounts } from "./api";
import { requestsTranslations } from "./translations";

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

interface Row {
  week: string;
  theme: string;
  requests: number;
}

export function WeeklyChart() {
  const { t, lang } = useTranslations(requestsTranslations);
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 12 * 7 * DAY_MS)));
  const [to, setTo] = useState(isoDay(new Date()));
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const day = dateTimeFormat(lang, { day: "numeric", month: "short", timeZone: "UTC" });
  const load = () =>
    weeklyCounts(from, to)
      .then((r) => (setRows(r.counts), setError(null)))
      .catch((e: unknown) => setError(t("loadError", { message: failureText(e) })));
  useEffect(() => void load(), []);

  const weeks = useMemo(() => [...new Set((rows ?? []).map((r) => r.week))].sort(), [rows]);
  const totals = useMemo(() => weeks.map((w) => (rows ?? []).filter((r) => r.week === w).reduce((n, r) => n + r.requests, 0)), [rows, weeks]);
  const columns = useMemo<Column<Row>[]>(
    () => [
      { key: "week", label: t("statsWeek"), value: (r) => r.week, render: (r) => day.format(new Date(`${r.week}T00:00:00Z`)) },
      { key: "theme", label: t("themeLabel"), value: (r) => r.theme },
      { key: "requests", label: t("statsCount"), value: (r) => r.requests, numeric: true },
    ],
    [lang],
  );
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">{t("statsTitle")}</h2>
      <form class="filters" onSubmit={(e) => (e.preventDefault(), load())}>
        <div class="field">
          <label for="stats-from">{t("statsFrom")}</label>
          <input id="stats-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="stats-to">{t("statsTo")}</label>
          <input id="stats-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </div>
        <button type="submit">{t("statsShow")}</button>
      </form>
      {error && <p class="notice notice-error" role="alert">{error}</p>}
      {rows && rows.length === 0 && <p>{t("statsNone")}</p>}
      {rows && rows.length > 0 && (
        <>
          <LineChart
            title={t("statsTitle")}
            x={weeks.map((w) => Date.parse(`${w}T00:00:00Z`) / 1000)}
            xLabel={t("statsWeek")}
            formatX={(v) => day.format(new Date(v * 1000))}
            series={[{ label: t("statsCount"), values: totals, color: "#16357a" }]}
            draw="bars"
          />
          <DataTable caption={t("statsTitle")} columns={columns} rows={rows} rowKey={(r) => `${r.week}|${r.theme}`} pageSize={50} />
        </>
      )}
    </section>
  );
}
