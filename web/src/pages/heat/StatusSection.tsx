// The alert level for today and the next days, from the public status: the last one received stays
// readable offline, clearly marked as possibly out of date with the time it was received. While the status loads,
// the section keeps the room the level and the table will take, so nothing below moves when they arrive.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat, numberFormat } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import { PARIS_TIME_ZONE } from "../../../../domain/time/paris";
import { heatTranslations } from "./translations";
import type { HeatStatus } from "../../../../domain/contracts/heat";
import { fetchHeatStatus, isPossiblyStale, upcomingDays } from "./status";

type State = { status: "loading" } | { status: "failed" } | { status: "ready"; data: HeatStatus };

export function useHeatStatus(): State {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    fetchHeatStatus()
      .then((data) => setState({ status: "ready", data }))
      .catch(() => setState({ status: "failed" }));
  }, []);
  return state;
}

export function LevelBadge({ level, atLeast }: { level: HeatStatus["days"][number]["level"]; atLeast?: HeatStatus["days"][number]["atLeast"] }) {
  const { t } = useTranslations(heatTranslations);
  if (!level && atLeast && atLeast !== "green") return <span class={`level level-${atLeast}`}>{t("levelAtLeast", { level: t(`level_${atLeast}`) })}</span>;
  if (!level) return <span>{t("levelUnknown")}</span>;
  return <span class={`level level-${level}`}>{t(`level_${level}`)}</span>;
}

/** Rows the status table shows while it loads: the issue day and the usual forecast days after it. */
const PLACEHOLDER_DAYS = 5;

function StatusPlaceholder() {
  const { t } = useTranslations(heatTranslations);
  return (
    <div aria-hidden="true" class="status-placeholder">
      <p class="hint">{"\u00a0"}</p>
      <div class="today"><p class="today-date">{"\u00a0"}</p><p class="today-level">{"\u00a0"}</p></div>
      <h3>{t("daysTitle")}</h3>
      <div class="table-scroll">
        <table>
          <thead><tr><th scope="col">{t("colDay")}</th><th scope="col">{t("colLevel")}</th><th scope="col" class="number">{t("colMax")}</th><th scope="col" class="number">{t("colMin")}</th></tr></thead>
          <tbody>{Array.from({ length: PLACEHOLDER_DAYS }, (_, i) => <tr key={i}><th scope="row">{"\u00a0"}</th><td /><td /><td /></tr>)}</tbody>
        </table>
      </div>
      <p class="hint">{"\u00a0"}</p>
      <p class="hint">{"\u00a0"}</p>
    </div>
  );
}

export function StatusSection({ state }: { state: State }) {
  const { t, lang } = useTranslations(heatTranslations);
  const when = dateTimeFormat(lang, { dateStyle: "long", timeStyle: "short", timeZone: PARIS_TIME_ZONE });
  const day = dateTimeFormat(lang, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  const deg = numberFormat(lang, { maximumFractionDigits: 1 });
  const celsius = numberFormat(lang, { style: "unit", unit: "celsius", maximumFractionDigits: 1 });
  const dayLabel = (date: string) => day.format(dayToDate(date));
  return (
    <section aria-labelledby="status-title" class="heat-status">
      <h2 id="status-title">{t("statusTitle")}</h2>
      {state.status === "loading" && (
        <>
          <p role="status" class="visually-hidden">{t("statusLoading")}</p>
          <StatusPlaceholder />
        </>
      )}
      {state.status === "failed" && <p class="notice notice-error" role="alert">{t("statusUnavailable")}</p>}
      {state.status === "ready" && !state.data.forecast && <p>{t("statusNone")}</p>}
      {state.status === "ready" && state.data.forecast && (() => {
        const data = state.data;
        const forecast = data.forecast!;
        const days = upcomingDays(data);
        const today = days.find((d) => d.date === data.today);
        return (
          <>
            {isPossiblyStale(data) ? (
              <p class="notice notice-stale" role="status" data-stale="true">{t("statusStale", { time: when.format(new Date(data.generatedAt)) })}</p>
            ) : (
              <p class="hint">{t("statusReceived", { time: when.format(new Date(data.generatedAt)) })}</p>
            )}
            {forecast.replay && <p class="notice">{t("statusReplay")}</p>}
            {today && (
              <div class={`today today-${today.level ?? "unknown"}`} data-day={today.date}>
                <p class="today-date">{t("statusToday", { date: dayLabel(today.date) })}</p>
                <p class="today-level"><LevelBadge level={today.level} atLeast={today.atLeast} /> {today.level && t(`levelText_${today.level}`)}</p>
                {today.missingDays.length > 0 && <p class="hint" data-missing-days>{t("statusPartial")}</p>}
              </div>
            )}
            {data.episode && <p class="notice">{t("statusEpisode", { date: dayLabel(data.episode.startDate) })}</p>}
            <h3>{t("daysTitle")}</h3>
            <div class="table-scroll">
              <table>
                <thead>
                  <tr><th scope="col">{t("colDay")}</th><th scope="col">{t("colLevel")}</th><th scope="col" class="number">{t("colMax")}</th><th scope="col" class="number">{t("colMin")}</th></tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d.date}>
                      <th scope="row">{dayLabel(d.date)}</th>
                      <td><LevelBadge level={d.level} atLeast={d.atLeast} /></td>
                      <td class="number">{d.ibmx === null ? "—" : celsius.format(d.ibmx)}</td>
                      <td class="number">{d.ibmn === null ? "—" : celsius.format(d.ibmn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="hint">{t("columnsMeaning")} {t("thresholds", { ibmn: deg.format(data.thresholds.ibmn), ibmx: deg.format(data.thresholds.ibmx) })}</p>
            <p class="hint">{t("statusForecast", { time: when.format(new Date(forecast.issuedAt)), source: forecast.source })}</p>
          </>
        );
      })()}
    </section>
  );
}

export function AdviceSection() {
  const { t } = useTranslations(heatTranslations);
  return (
    <section aria-labelledby="advice-title">
      <h2 id="advice-title">{t("adviceTitle")}</h2>
      <ul class="advice">
        {(["advice1", "advice2", "advice3", "advice4", "advice5", "advice6"] as const).map((key) => <li key={key}>{t(key)}</li>)}
      </ul>
      <p class="callout">{t("adviceHelp")}</p>
    </section>
  );
}
