// Counts by arrondissement: the only figures of the list that may be sent. The chart and the table show exactly
// what would be sent (cells under 10 households hidden, as the Worker also does); sending is a click, and the
// totals received from every console can be read back.
import { useMemo, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { plural } from "../../../../domain/i18n";
import type { StatsStored as Stored, StatsSubmission, StatsTotals as Totals } from "../../../../domain/contracts/rights";
import { ApiFailure, api, failureText } from "../../api/client";
import { LineChart } from "../../components/LineChart";
import type { OutreachList } from "../../../../domain/rights/outreach/pipeline";
import { OUTREACH_TOP_SHARE } from "../../../../domain/rights/outreach/ranking";
import { MIN_CELL_HOUSEHOLDS, publishableCounts, STATS_METRICS, type StatsMetric } from "../../../../domain/rights/outreach/stats";
import { agentRightsTranslations } from "./translations";

interface Props {
  list: OutreachList;
  /** The model that ranked the list: the only one whose counts the API stores. */
  model: { id: StatsSubmission["modelId"]; version: string };
}

function CountsTable({ caption, rows }: { caption: string; rows: ({ arrondissement: number } & Record<StatsMetric, number | null>)[] }) {
  const { t } = useTranslations(agentRightsTranslations);
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colArrondissement")}</th>
            {STATS_METRICS.map((m) => <th scope="col" class="number" key={m}>{t(`metric_${m}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.arrondissement}>
              <th scope="row">{r.arrondissement}</th>
              {STATS_METRICS.map((m) => <td class="number" key={m}>{r[m] === null ? <span class="suppressed">{t("suppressed")}</span> : r[m]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Households with a right and at the top of the list, side by side for each arrondissement sent. */
function CountsChart({ rows }: { rows: ({ arrondissement: number } & Record<StatsMetric, number | null>)[] }) {
  const { t, lang } = useTranslations(agentRightsTranslations);
  const x = useMemo(() => rows.map((r) => r.arrondissement), [rows]);
  const series = useMemo(
    () => [
      { label: t("metric_withRights"), values: rows.map((r) => r.withRights), color: "#16357a" },
      { label: t("metric_prioritised"), values: rows.map((r) => r.prioritised), color: "#9a4a00" },
    ],
    [rows, lang],
  );
  const name = (n: number) => (n === 1 ? t("arrondissementFirstShort") : t("arrondissementShort", { n }));
  return <LineChart title={t("statsChart")} x={x} xLabel={t("statsChartArrondissement")} formatX={name} series={series} time={false} draw="bars" />;
}

export function StatsPanel({ list, model }: Props) {
  const { t, lang } = useTranslations(agentRightsTranslations);
  const rows = useMemo(() => publishableCounts(list), [list]);
  const submissionId = useMemo(() => crypto.randomUUID(), [list]);
  const [state, setState] = useState<{ sending?: boolean; stored?: Stored; error?: string }>({});
  const [totals, setTotals] = useState<{ data?: Totals; error?: string }>({});
  const send = () => {
    setState({ sending: true });
    const submission: StatsSubmission = { submissionId, modelId: model.id, modelVersion: model.version, rulesDate: list.date, topShare: OUTREACH_TOP_SHARE, arrondissements: rows };
    api<Stored>("/api/v1/rights/stats", { method: "POST", json: submission })
      .then((stored) => setState({ stored }))
      .catch((e: Error) => setState({ error: `${failureText(e)}${e instanceof ApiFailure && e.fields.length ? ` (${e.fields.map((f) => f.field).join(", ")})` : ""}` }));
  };
  const loadTotals = () =>
    api<Totals>("/api/v1/rights/stats")
      .then((data) => setTotals({ data }))
      .catch((e: Error) => setTotals({ error: failureText(e) }));
  const totalRows = (totals.data?.arrondissements ?? []).map((r) => ({
    arrondissement: r.arrondissement,
    ...(Object.fromEntries(STATS_METRICS.map((m) => [m, r[m]?.households ?? null])) as Record<StatsMetric, number | null>),
  }));

  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">{t("statsTitle")}</h2>
      <p>{t("statsIntro", { min: MIN_CELL_HOUSEHOLDS })}</p>
      {rows.length === 0 ? (
        <p>{t("statsNothing", { min: MIN_CELL_HOUSEHOLDS })}</p>
      ) : (
        <>
          <CountsChart rows={rows} />
          <CountsTable caption={t("statsCaption")} rows={rows} />
          <p>
            <button type="button" onClick={send} disabled={state.sending || state.stored !== undefined}>
              {state.sending ? t("statsSending") : t("statsSend")}
            </button>
          </p>
        </>
      )}
      <div role="status">
        {state.stored && <p class="notice">{state.stored.created ? t("statsSent", {
                stored: t(plural("storedCells", state.stored.storedCells, lang), { n: state.stored.storedCells }),
                suppressed: t(plural("suppressedCells", state.stored.suppressed.length, lang), { n: state.stored.suppressed.length }),
              }) : t("statsAlready")}</p>}
      </div>
      {state.error && <p class="notice notice-error" role="alert">{t("statsFailed", { message: state.error })}</p>}
      <h3>{t("totalsTitle")}</h3>
      <button type="button" class="button-secondary" onClick={loadTotals}>{t("totalsLoad")}</button>
      {totals.data && (
        <>
          <p>{t(plural("totalsSubmissions", totals.data.submissions, lang), { n: totals.data.submissions })}</p>
          <CountsTable caption={t("totalsCaption")} rows={totalRows} />
        </>
      )}
      {totals.error && <p class="notice notice-error" role="alert">{t("totalsFailed", { message: totals.error })}</p>}
    </section>
  );
}
