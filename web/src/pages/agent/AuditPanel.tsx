// Auditor panel: verifies the audit log's hash chain on demand (GET /api/v1/audit/verify).
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { plural } from "../../../../domain/i18n";
import type { ChainReport } from "../../../../domain/contracts/platform";
import { api, failureText } from "../../api/client";
import { agentTranslations } from "./translations";

export function AuditPanel() {
  const { t, lang } = useTranslations(agentTranslations);
  const [report, setReport] = useState<ChainReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const verify = () => {
    setVerifying(true);
    api<ChainReport>("/api/v1/audit/verify")
      .then((r) => {
        setReport(r);
        setError(null);
      })
      .catch((e: Error) => setError(failureText(e)))
      .finally(() => setVerifying(false));
  };
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t("auditTitle")}</h2>
      <button type="button" onClick={verify} disabled={verifying}>{t("auditVerify")}</button>
      <div role="status">
        {verifying && (
          <>
            <p id="audit-progress">{t("auditVerifying")}</p>
            <progress aria-labelledby="audit-progress" />
          </>
        )}
        {report?.valid && <p>{t(plural("auditValid", report.entries, lang), { entries: report.entries })}</p>}
        {report && !report.valid && report.firstBroken && (
          <p class="notice notice-error">{t("auditBroken", { seq: report.firstBroken.seq, reason: t(`auditReason_${report.firstBroken.reason}`) })}</p>
        )}
        {error && <p class="notice notice-error">{t("errorLoading", { message: error })}</p>}
      </div>
    </section>
  );
}
