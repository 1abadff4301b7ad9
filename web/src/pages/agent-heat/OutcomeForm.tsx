// Recording one call's outcome from its row of the call list (the choice is read when the form is sent). The
// choices are grouped by whether the person was reached, so each reads differently even in a narrow list; the
// button stays enabled while the outcome is sent (a disabled button drops the focus to the page).
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { failureText } from "../../api/client";
import type { Call } from "../../../../domain/contracts/heat";
import type { CallStatus, FollowUpTeam, Outcome } from "../../../../domain/heat/calls";
import { recordOutcome } from "./api";
import { agentHeatTranslations } from "./translations";

const GROUPS: { label: "outcomeReached" | "outcomeNotReached"; outcomes: Outcome[] }[] = [
  { label: "outcomeReached", outcomes: ["reached-fine", "reached-needs-health-help", "reached-needs-social-help"] },
  { label: "outcomeNotReached", outcomes: ["no-answer", "wrong-number"] },
];

export function OutcomeForm({ call, episodeId, onRecorded }: { call: Call; episodeId?: string; onRecorded(status: CallStatus, team: FollowUpTeam | null, contactTold: boolean): void }) {
  const { t } = useTranslations(agentHeatTranslations);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `outcome-${call.registrationId}`;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const outcome = new FormData(form).get("outcome") as Outcome | "";
    if (busy) return;
    if (!outcome) return setError(t("outcomeMissing"));
    setBusy(true);
    recordOutcome(call.registrationId, outcome, episodeId)
      .then((result) => {
        setError(null);
        form.reset();
        onRecorded(result.status, result.followUp?.team ?? null, result.contactTold);
      })
      .catch((e: Error) => setError(t("loadError", { message: failureText(e) })))
      .finally(() => setBusy(false));
  };
  return (
    <form class="outcome-form" onSubmit={submit}>
      <label class="visually-hidden" for={id}>{t("outcomeLabel", { name: call.person.name })}</label>
      <select id={id} name="outcome" aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{t("outcomeChoose")}</option>
        {GROUPS.map((g) => (
          <optgroup key={g.label} label={t(g.label)}>
            {g.outcomes.map((o) => <option key={o} value={o}>{t(`outcomeShort_${o}`)}</option>)}
          </optgroup>
        ))}
      </select>
      <button type="submit" class="button-secondary" aria-disabled={busy} aria-label={`${t("outcomeSave")} — ${call.person.name}`}>{t("outcomeSave")}</button>
      {error && <p class="field-error" id={`${id}-error`} role="alert">{error}</p>}
    </form>
  );
}
