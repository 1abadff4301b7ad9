// Recording one call's outcome from its row of the call list (the choice is read when the form is sent).
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { failureText } from "../../api/client";
import type { Call } from "../../../../domain/contracts/heat";
import { OUTCOMES, type CallStatus, type FollowUpTeam, type Outcome } from "../../../../domain/heat/calls";
import { recordOutcome } from "./api";
import { agentHeatTranslations } from "./translations";

export function OutcomeForm({ call, onRecorded }: { call: Call; onRecorded(status: CallStatus, team: FollowUpTeam | null): void }) {
  const { t } = useTranslations(agentHeatTranslations);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `outcome-${call.registrationId}`;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const outcome = new FormData(form).get("outcome") as Outcome | "";
    if (!outcome) return setError(t("outcomeMissing"));
    setBusy(true);
    recordOutcome(call.registrationId, outcome)
      .then((result) => {
        setError(null);
        form.reset();
        onRecorded(result.status, result.followUp?.team ?? null);
      })
      .catch((e: Error) => setError(t("loadError", { message: failureText(e) })))
      .finally(() => setBusy(false));
  };
  return (
    <form class="outcome-form" onSubmit={submit}>
      <label class="visually-hidden" for={id}>{t("outcomeLabel", { name: call.person.name })}</label>
      <select id={id} name="outcome" aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{t("outcomeChoose")}</option>
        {OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcome_${o}`)}</option>)}
      </select>
      <button type="submit" class="button-secondary" disabled={busy} aria-label={`${t("outcomeSave")} — ${call.person.name}`}>{t("outcomeSave")}</button>
      {error && <p class="field-error" id={`${id}-error`} role="alert">{error}</p>}
    </form>
  );
}
