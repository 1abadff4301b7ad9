// Ops panel: events that exhausted their retries (GET /api/v1/ops/dead-events).
import { useEffect, useState } from "preact/hooks";
import { dateTimeFormat, useMessages } from "../../app/i18n";
import { api } from "../../api/client";
import { agentMessages } from "./messages";

interface DeadEvent {
  eventId: string;
  eventType: string;
  attempts: number;
  receivedAt: string;
}

export function DeadEventsPanel() {
  const { t, lang } = useMessages(agentMessages);
  const [state, setState] = useState<{ items?: DeadEvent[]; error?: string }>({});
  useEffect(() => {
    api<{ items: DeadEvent[] }>("/api/v1/ops/dead-events?limit=100")
      .then((page) => setState({ items: page.items }))
      .catch((error: Error) => setState({ error: error.message }));
  }, []);
  return (
    <section aria-labelledby="ops-title">
      <h2 id="ops-title">{t("opsTitle")}</h2>
      {state.error && <p class="notice notice-error" role="alert">{t("errorLoading", { message: state.error })}</p>}
      {state.items && !state.items.length && <p>{t("opsEmpty")}</p>}
      {state.items && state.items.length > 0 && (
        <div class="table-scroll">
          <table>
            <thead>
              <tr><th scope="col">{t("colEvent")}</th><th scope="col">{t("colType")}</th><th scope="col">{t("colAttempts")}</th><th scope="col">{t("colReceived")}</th></tr>
            </thead>
            <tbody>
              {state.items.map((e) => (
                <tr key={e.eventId}>
                  <td><code>{e.eventId}</code></td>
                  <td>{e.eventType}</td>
                  <td>{e.attempts}</td>
                  <td>{dateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" }).format(new Date(e.receivedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
