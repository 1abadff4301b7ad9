// Every hazard's level today and the next days, each with the source it was read from and its time (Météo-France's
// forecast or vigilance map, the Seine at Austerlitz, the pollution bulletin). The last status received stays
// readable offline; while it loads, the section keeps the room the table will take.
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { HAZARDS } from "../../../../domain/climate/hazards";
import type { Level } from "../../../../domain/climate/levels";
import type { ClimateStatus, LevelSource } from "./status";
import { climateTranslations } from "./translations";

export type ClimateState = { status: "loading" } | { status: "failed" } | { status: "ready"; data: ClimateStatus };

function Badge({ level }: { level: Level | null }) {
  const { t } = useTranslations(climateTranslations);
  return level ? <span class={`level level-${level}`}>{t(`level_${level}`)}</span> : <span class="hint">{t("levelUnknown")}</span>;
}

export function HazardLevels({ state }: { state: ClimateState }) {
  const { t, lang } = useTranslations(climateTranslations);
  const when = dateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" });
  const day = dateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  const dayLabel = (date: string) => day.format(new Date(`${date}T12:00:00Z`));
  const sourceText = (s: LevelSource) => t("source", { kind: t(`source_${s.kind}`), source: s.source, time: when.format(new Date(s.issuedAt)) });
  const data = state.status === "ready" ? state.data : null;
  const days = data?.hazards[0]?.days.map((d) => d.date) ?? [];
  return (
    <section aria-labelledby="levels-title" class="climate-levels" aria-busy={state.status === "loading"}>
      <h2 id="levels-title">{t("levelsTitle")}</h2>
      {state.status === "failed" && <p class="notice notice-error" role="alert">{t("statusUnavailable")}</p>}
      {data && !data.today && <p>{t("statusNone")}</p>}
      {data?.today && <p class="hint">{t("statusReceived", { time: when.format(new Date(data.generatedAt)) })}</p>}
      <div class="table-scroll">
        <table data-hazard-levels>
          <caption class="visually-hidden">{t("levelsTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colHazard")}</th>
              <th scope="col">{t("colToday")}</th>
              {days.slice(1).map((d) => <th scope="col" key={d}>{dayLabel(d)}</th>)}
              <th scope="col">{t("colSource")}</th>
            </tr>
          </thead>
          <tbody>
            {HAZARDS.map((hazard) => {
              const h = data?.hazards.find((x) => x.hazard === hazard);
              return (
                <tr key={hazard} data-hazard={hazard} data-level={h?.today?.level ?? "unknown"}>
                  <th scope="row">{t(`hazard_${hazard}`)}</th>
                  <td><Badge level={h?.today?.level ?? null} />{h?.episode && <span class="hint"><br />{t("episodeUnderWay")}</span>}</td>
                  {h?.days.slice(1).map((d) => <td key={d.date}><Badge level={d.level} /></td>)}
                  <td class="hint">{h?.today?.sources.length ? h.today.sources.map((s) => <span key={s.inputId} class="source">{sourceText(s)}</span>) : state.status === "ready" ? t("noSource") : "\u00a0"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="hint">{t("levelsMeaning")}</p>
      <p class="hint">{t("credits")}</p>
    </section>
  );
}
