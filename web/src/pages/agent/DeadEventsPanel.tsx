// Ops panel: events that exhausted their retries (GET /api/v1/ops/dead-events).
import { useEffect, useMemo, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import type { DeadEvent } from "../../../../domain/contracts/platform";
import { api, failureText } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { agentTranslations } from "./translations";

export function DeadEventsPanel() {
  const { t, lang } = useTranslations(agentTranslations);
  const [state, setState] = useState<{ items?: DeadEvent[]; error?: string }>({});
  useEffect(() => {
    api<{ items: DeadEvent[] }>("/api/v1/ops/dead-events?limit=100")
      .then((page) => setState({ items: page.items }))
      .catch((error: Error) => setState({ error: failureText(error) }));
  }, []);
  const columns = useMemo<Column<DeadEvent>[]>(() => {
    const when = dateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" });
    return [
      { key: "event", label: t("colEvent"), value: (e) => e.eventId, render: (e) => <code>{e.eventId}</code> },
      { key: "type", label: t("colType"), value: (e) => e.eventType },
      { key: "attempts", label: t("colAttempts"), value: (e) => e.attempts, numeric: true },
      { key: "received", label: t("colReceived"), value: (e) => e.receivedAt, render: (e) => when.format(new Date(e.receivedAt)) },
    ];
  }, [lang]);
  return (
    <section aria-labelledby="ops-title">
      <h2 id="ops-title">{t("opsTitle")}</h2>
      {state.error && <p class="notice notice-error" role="alert">{t("errorLoading", { message: state.error })}</p>}
      {!state.items && !state.error && <p class="loading" role="status">{t("loading")}</p>}
      {state.items && (
        <DataTable caption={t("opsTitle")} columns={columns} rows={state.items} rowKey={(e) => e.eventId} initialSort={{ key: "received", descending: true }} pageSize={25} emptyText={t("opsEmpty")} />
      )}
    </section>
  );
}
