// The self-assessment form: answers are kept in this page's memory only and the model runs in the browser.
// The page can then offer them for registration, where the person chooses which to share.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import { MOBILITIES, type Mobility } from "../../../../models/heat-risk/features";
import type { SharedFactor } from "../../../../domain/heat/register-factors";
import { assess, type Answers, type Assessment } from "./assessment";
import { heatTranslations } from "./translations";
import type { HeatStatus } from "../../../../domain/contracts/heat";

export const YES_NO_FACTORS = [
  "livesAlone", "isolated", "sleepsUnderRoof", "airConditioning", "coolPlaceAccess", "cardiovascular", "respiratory", "psychiatric",
] as const satisfies readonly SharedFactor[];

type Run = { status: "idle" } | { status: "running" } | { status: "failed"; message: string; offline: boolean } | { status: "done"; result: Assessment };

export function SelfAssessment({ status, onAnswers }: { status: HeatStatus | null; onAnswers(answers: Answers): void }) {
  const { t, lang } = useTranslations(heatTranslations);
  const [ageError, setAgeError] = useState(false);
  const [run, setRun] = useState<Run>({ status: "idle" });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const age = Number(form.get("age"));
    const invalid = !form.get("age") || !Number.isInteger(age) || age < 18 || age > 120;
    setAgeError(invalid);
    if (invalid) {
      document.getElementById("assess-age")?.focus();
      return;
    }
    const answers: Answers = {
      age,
      mobility: (form.get("mobility") as Mobility | null) ?? "independent",
      ...(Object.fromEntries(YES_NO_FACTORS.map((f) => [f, form.get(f) === "on"])) as Record<(typeof YES_NO_FACTORS)[number], boolean>),
    };
    setRun({ status: "running" });
    assess(answers, status)
      .then((result) => {
        setRun({ status: "done", result });
        onAnswers(answers);
      })
      .catch((error: Error) => setRun({ status: "failed", message: error.message, offline: !navigator.onLine }));
  };
  const ratio = numberFormat(lang, { maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="assess-title">
      <h2 id="assess-title">{t("assessTitle")}</h2>
      <p class="callout">{t("assessPrivacy")}</p>
      <form onSubmit={onSubmit} noValidate class="stack" data-self-assessment>
        <div class="field">
          <label for="assess-age">{t("assessAge")}</label>
          <p class="hint" id="assess-age-hint">{t("assessAgeHint")}</p>
          <input id="assess-age" name="age" type="number" inputMode="numeric" min={18} max={120} required aria-invalid={ageError}
            aria-describedby={ageError ? "assess-age-hint assess-age-error" : "assess-age-hint"} />
          {ageError && <p class="field-error" id="assess-age-error">{t("assessAgeError")}</p>}
        </div>
        <fieldset>
          <legend>{t("assessMobility")}</legend>
          {MOBILITIES.map((m) => (
            <label class="choice" key={m}>
              <input type="radio" name="mobility" value={m} defaultChecked={m === "independent"} /> {t(`mobility_${m}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("assessFactors")}</legend>
          {YES_NO_FACTORS.map((f) => (
            <label class="choice" key={f}>
              <input type="checkbox" name={f} /> {t(`factor_${f}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={run.status === "running"}>{t("assessSubmit")}</button>
      </form>
      <div role="status" aria-live="polite">
        {run.status === "running" && <p>{t("assessRunning")}</p>}
        {run.status === "failed" && (
          <p class="notice notice-error">{run.offline ? t("assessFailedOffline") : t("assessFailed", { message: run.message })}</p>
        )}
        {run.status === "done" && (
          <div class={`assessment assessment-${run.result.category}`} data-assessment={run.result.category}>
            <p class="assessment-result">{t(`result_${run.result.category}`, { ratio: ratio.format(run.result.ratio) })}</p>
            {run.result.reasons.length ? (
              <>
                <p>{t("resultReasons")}</p>
                <ul>{run.result.reasons.map((r) => <li key={r.code}>{r.labels[lang]}</li>)}</ul>
              </>
            ) : (
              <p>{t("resultNoReasons")}</p>
            )}
            <p class="hint">{t(run.result.fromForecast ? "assessExposureForecast" : "assessExposureReference")}</p>
            <p>{t("resultAdvice")}</p>
            <p class="hint">{t("resultLimits")}</p>
          </div>
        )}
      </div>
    </section>
  );
}
