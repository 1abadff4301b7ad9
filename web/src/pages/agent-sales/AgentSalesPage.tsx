// The sales console (/agent/ventes): file imports with their progress (tax agents and ops), the cases to
// review with filters, sort and pages, and one case at a time (?cas=<id>) with its evidence and decision
// (tax agents only). Every view recalls that a case is a signal for review, never an accusation.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { location } from "../../app/navigation";
import { RoleRequired } from "../agent/RoleRequired";
import { useStore } from "../../app/store";
import { usePageTitle } from "../../app/title";
import { useAgentSession } from "../../api/sign-in";
import { CaseList } from "./CaseList";
import { CaseView } from "./CaseView";
import { ImportPanel } from "./ImportPanel";
import { salesTranslations } from "./translations";
import "./agent-sales.css";

export default function AgentSalesPage() {
  const { t } = useTranslations(salesTranslations);
  usePageTitle(t("title"));
  const session = useAgentSession();
  const caseId = new URLSearchParams(useStore(location).split("?")[1] ?? "").get("cas");
  const [refresh, setRefresh] = useState(0);
  const taxAgent = session?.roles.includes("tax-agent") ?? false;
  const ops = session?.roles.includes("ops") ?? false;

  if (!taxAgent && !ops) return <RoleRequired title={t("title")} reason={t("needRole")} />;
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="callout">{t("notice")}</p>
      {caseId && taxAgent ? (
        <CaseView id={caseId} />
      ) : (
        <>
          <ImportPanel onCompleted={() => setRefresh((n) => n + 1)} />
          {taxAgent ? <CaseList refresh={refresh} /> : <p>{t("opsOnly")}</p>}
        </>
      )}
    </>
  );
}
