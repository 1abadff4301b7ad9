// The heat agents' console (/agent/canicule): the indicators of the coming days against the thresholds, the
// episode, the call list with reasons and outcomes, and the follow-up lists.
import { useCallback, useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import { RoleRequired } from "../agent/RoleRequired";
import { useStore } from "../../app/store";
import { usePageTitle } from "../../app/title";
import { failureText } from "../../api/client";
import { agentSession } from "../../api/session";
import type { HeatStatus } from "../../../../domain/contracts/heat";
import { fetchHeatStatus } from "../heat/status";
import type { CallPage, FollowUp } from "../../../../domain/contracts/heat";
import { loadFollowUps } from "./api";
import { CallList } from "./CallList";
import { FollowUps } from "./FollowUps";
import { HeatChart } from "./HeatChart";
import { agentHeatTranslations } from "./translations";
import "./agent-heat.css";

function EpisodeSummary({ page }: { page: CallPage | null }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  if (!page) return null;
  const day = (date: string) => dateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(dayToDate(date));
  const e = page.episode;
  return (
    <section aria-labelledby="episode-title">
      <h2 id="episode-title">{t("episodeTitle")}</h2>
      <p data-episode={e?.status ?? "none"}>
        {!e ? t("episodeNone") : t(e.status === "open" ? "episodeOpen" : "episodeClosed", { date: day(e.startDate), level: t(`level_${e.peakLevel}`), round: e.currentRound })}
      </p>
    </section>
  );
}

export default function AgentHeatPage() {
  const { t } = useTranslations(agentHeatTranslations);
  usePageTitle(t("title"));
  const session = useStore(agentSession);
  const allowed = session?.roles.includes("heat-agent") ?? false;
  const [status, setStatus] = useState<{ data?: HeatStatus; error?: string }>({});
  const [page, setPage] = useState<CallPage | null>(null);
  const [followUps, setFollowUps] = useState<{ items?: FollowUp[]; error?: string }>({});
  const refreshFollowUps = useCallback(() => {
    loadFollowUps().then((items) => setFollowUps({ items })).catch((e: Error) => setFollowUps({ error: failureText(e) }));
  }, []);
  useEffect(() => {
    if (!allowed) return;
    fetchHeatStatus().then((data) => setStatus({ data })).catch((e: Error) => setStatus({ error: failureText(e) }));
    refreshFollowUps();
  }, [allowed]);

  if (!allowed) return <RoleRequired title={t("title")} reason={t("needRole")} />;
  return (
    <>
      <h1>{t("title")}</h1>
      {status.error && <p class="notice notice-error" role="alert">{t("loadError", { message: status.error })}</p>}
      {!status.data && !status.error && <p class="loading" role="status">{t("chartLoading")}</p>}
      {status.data && <HeatChart status={status.data} />}
      <EpisodeSummary page={page} />
      <CallList onPage={setPage} onRecorded={refreshFollowUps} />
      {followUps.error && <p class="notice notice-error" role="alert">{t("loadError", { message: followUps.error })}</p>}
      {followUps.items && <FollowUps items={followUps.items} />}
    </>
  );
}
