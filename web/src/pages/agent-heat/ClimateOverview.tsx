// One view of every hazard for the coming days (levels with their sources), the data received (with a warning when
// the forecast lacks days the rules need, or inputs wait to be handled) and the episodes of every hazard, each
// opening its call list when it is a hazard that calls the register.
import { useTranslations } from "../../app/i18n";
import { HAZARDS, HAZARD_POLICIES } from "../../../../domain/climate/hazards";
import type { Episode } from "../../../../domain/contracts/heat";
import { dateTimeFormat } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import type { Overview } from "./api";
import { agentHeatTranslations } from "./translations";

export function ClimateOverview({ overview }: { overview: Overview }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  const day = dateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  const when = dateTimeFormat(lang, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });
  const dates = overview.hazards[0]?.days.map((d) => d.date) ?? [];
  const forecast = overview.inputs.find((i) => i.kind === "forecast");
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t("overviewTitle")}</h2>
      {forecast && forecast.missingDays.length > 0 && (
        <p class="notice notice-error" role="alert" data-missing-days>{t("missingDays", { days: forecast.missingDays.map((d) => day.format(dayToDate(d))).join(", ") })}</p>
      )}
      {overview.unhandled > 0 && <p class="notice" data-unhandled>{t("unhandled", { count: overview.unhandled })}</p>}
      <div class="table-scroll">
        <table data-overview>
          <caption class="visually-hidden">{t("overviewTitle")}</caption>
          <thead>
            <tr><th scope="col">{t("colHazard")}</th>{dates.map((d) => <th scope="col" key={d}>{day.format(dayToDate(d))}</th>)}</tr>
          </thead>
          <tbody>
            {HAZARDS.map((hazard) => {
              const h = overview.hazards.find((x) => x.hazard === hazard);
              return (
                <tr key={hazard} data-hazard={hazard}>
                  <th scope="row">{t(`hazard_${hazard}`)}</th>
                  {h?.days.map((d) => (
                    <td key={d.date} title={d.sources.map((s) => `${t(`input_${s.kind as "forecast"}`)} : ${s.source}`).join(" ; ")}>
                      {d.level ? <span class={`level level-${d.level}`}>{t(`level_${d.level}`)}</span> : t("levelUnknown")}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t("inputsTitle")}</h3>
      <ul data-inputs>
        {overview.inputs.map((i) => (
          <li key={i.inputId}>
            {t(`input_${i.kind}`)} — {i.source} — {t("colIssued")} {when.format(new Date(i.issuedAt))} — {t("colHandled")} : {i.processedAt ? t("handledYes") : t("handledNo")}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EpisodeList({ episodes, selected, onSelect }: { episodes: Episode[]; selected: string | null; onSelect(id: string): void }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  const day = dateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section aria-labelledby="episodes-title">
      <h2 id="episodes-title">{t("episodesTitle")}</h2>
      {!episodes.length ? <p>{t("episodesEmpty")}</p> : (
        <div class="table-scroll">
          <table data-episodes>
            <caption class="visually-hidden">{t("episodesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colHazard")}</th><th scope="col">{t("colEpisodeStatus")}</th><th scope="col">{t("colStart")}</th><th scope="col">{t("colPeak")}</th>
                <th scope="col" class="number">{t("colRounds")}</th><th scope="col" class="number">{t("colMessages")}</th><th scope="col">{t("colAction")}</th>
              </tr>
            </thead>
            <tbody>
              {episodes.map((e) => (
                <tr key={e.id} data-episode-row={e.hazard}>
                  <th scope="row">{t(`hazard_${e.hazard}`)}</th>
                  <td>{t(`episodeStatus_${e.status}`)}</td>
                  <td>{day.format(new Date(`${e.startDate}T12:00:00Z`))}</td>
                  <td><span class={`level level-${e.peakLevel}`}>{t(`level_${e.peakLevel}`)}</span></td>
                  <td class="number">{e.rounds.length}</td>
                  <td class="number">{e.messages.sent}</td>
                  <td>
                    {!HAZARD_POLICIES[e.hazard].calls ? t("noCallsForHazard") : selected === e.id ? t("showingCalls") : (
                      <button type="button" class="link-button" onClick={() => onSelect(e.id)}>{t("showCalls")}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
