// The decision on a case: dismiss or refer, with a mandatory note; taken once (the API refuses a second one),
// audited by the API. Once taken, the decision is shown instead of the form.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { failureText, type ApiFailure } from "../../api/client";
import type { CaseSummary } from "../../../../domain/contracts/sales";
import { DECISIONS, type Decision } from "../../../../domain/sales/cases";
import { decideCase } from "./api";
import { salesTranslations } from "./translations";

export function DecisionForm({ summary, onDecided }: { summary: CaseSummary; onDecided(summary: CaseSummary): void }) {
  const { t, lang } = useTranslations(salesTranslations);
  const [decision, setDecision] = useState<Decision | "">("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ decision?: boolean; note?: boolean; api?: string }>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  if (summary.decision) {
    const when = dateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }).format(new Date(summary.decision.at));
    return (
      <section aria-labelledby="decision-title">
        <h3 id="decision-title">{t("decisionTitle")}</h3>
        <div role="status">
          {saved && <p class="notice">{t("decisionSaved")}</p>}
          <p data-decision={summary.decision.decision}>{t("decided", { decision: t(`decision_${summary.decision.decision}`), agent: summary.decision.decidedBy, date: when })}</p>
          <p>{t("decidedNote", { note: summary.decision.note })}</p>
        </div>
      </section>
    );
  }

  const submit = (event: Event) => {
    event.preventDefault();
    const missing = { decision: !decision, note: note.trim() === "" };
    setErrors(missing);
    if (missing.decision || missing.note || !decision) return;
    setBusy(true);
    decideCase(summary.id, decision, note.trim())
      .then((decided) => {
        setSaved(true);
        onDecided(decided);
      })
      .catch((e: ApiFailure) => setErrors({ api: failureText(e), note: e.fields.some((f) => f.field === "note") }))
      .finally(() => setBusy(false));
  };
  const describedBy = (base: string, error: boolean, errorId: string) => (error ? `${base} ${errorId}` : base);

  return (
    <section aria-labelledby="decision-title" class="sales-decision">
      <h3 id="decision-title">{t("decisionTitle")}</h3>
      <form onSubmit={submit} noValidate>
        <fieldset aria-describedby={errors.decision ? "decision-error" : undefined}>
          <legend>{t("decisionLegend")}</legend>
          {DECISIONS.map((value) => (
            <div class="choice" key={value}>
              <input type="radio" id={`decision-${value}`} name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
              <label for={`decision-${value}`}>{t(`decision_${value}`)}</label>
            </div>
          ))}
          {errors.decision && <p class="field-error" id="decision-error">{t("decisionRequired")}</p>}
        </fieldset>
        <div class="field">
          <label for="decision-note">{t("noteLabel")}</label>
          <p class="hint" id="decision-note-hint">{t("noteHint")}</p>
          <textarea
            id="decision-note"
            rows={4}
            maxLength={2000}
            required
            aria-invalid={!!errors.note}
            aria-describedby={describedBy("decision-note-hint", !!errors.note, "decision-note-error")}
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
          {errors.note && <p class="field-error" id="decision-note-error">{t("noteRequired")}</p>}
        </div>
        <button type="submit" disabled={busy}>{t("decide")}</button>
        {errors.api && <p class="notice notice-error" role="alert">{t("decisionError", { message: errors.api })}</p>}
      </form>
    </section>
  );
}
