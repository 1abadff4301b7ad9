// The register agents' console (/agent/canicule): every hazard's levels for the coming days and the data received,
// the episodes of every hazard, the heat indicators against their thresholds, the call list of the chosen heat or
// cold episode with reasons and outcomes, its follow-up lists, and the 3975 line's help to people on the phone.
import { useCallback, useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import { RoleRequired } from "../agent/RoleRequired";
import { usePageTitle } from "../../app/title";
import { failureText } from "../../api/client";
import { useAgentSession } from "../../api/sign-in";
import type { CallPage, Episode, FollowUp, HeatStatus } from "../../../../domain/contracts/heat";
import { fetchHeatStatus } from "../heat/status";
import { loadEpisodes, loadFollowUps, loadOverview, type Overview } from "./api";
import { AssistedRegistration } from "./AssistedRegistration";
import { CallList } from "./CallList";
import { ClimateOverview, EpisodeList } from "./ClimateOverview";
import { FollowUps } from "./FollowUps";
import { HeatChart } from "./HeatChart";
import { agentHeatTranslations } from "./translations";
import "./agent-heat.css";

function EpisodeSummaryLine({ page }: { page: CallPage | null }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  if (!page) return null;
  const day = (date: string) => dateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(dayToDate(date));
  const e = page.episode;
  return (
    <section aria-labelledby="episode-title">
      <h2 id="episode-title">{t("episodeTitle")}</h2>
      <p data-episode={e?.status ?? "none"}>
        {!e ? t("episodeNone") : `${t(`hazard_${e.hazard}`)} — ${t(e.status === "open" ? "episodeOpen" : "episodeClosed", { date: day(e.startDate), level: t(`level_${e.peakLevel}`), round: e.currentRound })}`}
      </p>
    </section>
  );
}

export default function AgentHeatPage() {
  const { t } = useTranslations(agentHeatTranslations);
  usePageTitle(t("title"));
  const session = useAgentSession();
  const allowed = session?.roles.includes("heat-agent") ?? false;
  const [status, setStatus] = useState<{ data?: HeatStatus; error?: string }>({});
  const [overview, setOverview] = useState<{ data?: Overview; error?: string }>({});
  const [episodes, setEpisodes] = useState<Episode[] | null>(null);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [page, setPage] = useState<CallPage | null>(null);
  const [followUps, setFollowUps] = useState<{ items?: FollowUp[]; error?: string }>({});
  const episodeId = selected ?? page?.episode?.id;
  const refreshFollowUps = useCallback(() => {
    loadFollowUps(episodeId).then((items) => setFollowUps({ items })).catch((e: Error) => setFollowUps({ error: failureText(e) }));
  }, [episodeId]);
  useEffect(() => {
    if (!allowed) return;
    fetchHeatStatus().then((data) => setStatus({ data })).catch((e: Error) => setStatus({ error: failureText(e) }));
    loadOverview().then((data) => setOverview({ data })).catch((e: Error) => setOverview({ error: failureText(e) }));
    loadEpisodes().then((r) => setEpisodes(r.items)).catch(() => setEpisodes([]));
  }, [allowed]);
  useEffect(() => {
    if (allowed) refreshFollowUps();
  }, [allowed, refreshFollowUps]);

  if (!allowed) return <RoleRequired title={t("title")} reason={t("needRole")} />;
  return (
    <div class="agent-console">
      <h1>{t("title")}</h1>
      {overview.error && <p class="notice notice-error" role="alert">{t("loadError", { message: overview.error })}</p>}
      {!overview.data && !overview.error && <p class="loading" role="status">{t("overviewLoading")}</p>}
      {overview.data && <ClimateOverview overview={overview.data} />}
      {episodes && <EpisodeList episodes={episodes} selected={episodeId ?? null} onSelect={setSelected} />}
      {status.error && <p class="notice notice-error" role="alert">{t("loadError", { message: status.error })}</p>}
      {!status.data && !status.error && <p class="loading" role="status">{t("chartLoading")}</p>}
      {status.data && <HeatChart status={status.data} />}
      <EpisodeSummaryLine page={page} />
      <CallList episodeId={selected} onPage={setPage} onRecorded={refreshFollowUps} />
      {followUps.error && <p class="notice notice-error" role="alert">{t("loadError", { message: followUps.error })}</p>}
      {followUps.items && <FollowUps items={followUps.items} />}
      <AssistedRegistration />
    </div>
  );
}
