// The requests console (/agent/demandes), for citizen-relations agents: the inbox of a service by status,
// one request at a time (?demande=<id>) with its masked text to check, its proposed routing, the fiches to
// cite and the reply draft; a letter entered from paper (read and masked on this computer); the counts per
// theme and week. Every view recalls that proposals are aids and nothing is sent without the agent.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { location } from "../../app/navigation";
import { useStore } from "../../app/store";
import { usePageTitle } from "../../app/title";
import { useAgentSession } from "../../api/sign-in";
import { RoleRequired } from "../agent/RoleRequired";
import { InboxList } from "./InboxList";
import { LetterEntry } from "./LetterEntry";
import { RequestPanel } from "./RequestPanel";
import { WeeklyChart } from "./WeeklyChart";
import { requestsTranslations } from "./translations";
import "./agent-requests.css";

const TABS = ["inbox", "letter", "stats"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS = { inbox: "tabInbox", letter: "tabLetter", stats: "tabStats" } as const;

export default function AgentRequestsPage() {
  const { t } = useTranslations(requestsTranslations);
  usePageTitle(t("title"));
  const session = useAgentSession();
  const requestId = new URLSearchParams(useStore(location).split("?")[1] ?? "").get("demande");
  const [tab, setTab] = useState<Tab>("inbox");

  if (!session?.roles.includes("requests-agent")) return <RoleRequired title={t("title")} reason={t("needRole")} />;
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="callout">{t("notice")}</p>
      {requestId ? (
        <RequestPanel id={requestId} agent={session.agent} />
      ) : (
        <>
          <div class="tabs" role="group" aria-label={t("title")}>
            {TABS.map((name) => (
              <button type="button" key={name} aria-pressed={tab === name} onClick={() => setTab(name)}>
                {t(TAB_LABELS[name])}
              </button>
            ))}
          </div>
          {tab === "inbox" && <InboxList />}
          {tab === "letter" && <LetterEntry />}
          {tab === "stats" && <WeeklyChart />}
        </>
      )}
    </>
  );
}
