// Recording one call's outcome from its row of the call list.
import { useState } from "preact/hooks";
import { useMessages } from "../../app/i18n";
import { OUTCOMES, recordOutcome, type Call, type CallStatus, type Outcome } from "./api";
import { agentHeatMessages } from "./messages";

export function OutcomeForm({ call, onRecorded }: { call: Call; onRecorded(status: CallStatus, team: string | null): void }) {
  const { t } = useMessages(agentHeatMessages);
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `outcome-${call.registrationId}`;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!outcome) return;
    setBusy(true);
    recordOutcome(call.registrationId, outcome)
      .then((result) => {
        setError(null);
        setOutcome("");
        onRecorded(result.status, result.followUp?.team ?? null);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  return (
    <form class="outcome-form" onSubmit={submit}>
      <label class="visually-hidden" for={id}>{t("outcomeLabel", { name: call.person.name })}</label>
      <select id={id} value={outcome} onChange={(e) => setOutcome((e.currentTarget as HTMLSelectElement).value as Outcome)}>
        <option value="">{t("outcomeChoose")}</option>
        {OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcome_${o}`)}</option>)}
      </select>
      <button type="submit" class="button-secondary" disabled={!outcome || busy} aria-label={`${t("outcomeSave")} — ${call.person.name}`}>{t("outcomeSave")}</button>
      {error && <p class="field-error" role="alert">{t("loadError", { message: error })}</p>}
    </form>
  );
}
