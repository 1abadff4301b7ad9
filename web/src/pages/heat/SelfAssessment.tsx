// The self-assessment form: answers are kept in this page's memory only and the model runs in the browser.
// The page can then offer them for registration, where the person chooses which to share.
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import { MOBILITIES } from "../../../../models/heat-risk/features";
import type { SharedFactor } from "../../../../domain/heat/register-factors";
import { assess, type Answers, type Assessment } from "./assessment";
import { heatTranslations } from "./translations";
import { readAnswers, useAssessmentRun } from "./use-assessment-run";
import type { HeatStatus } from "../../../../domain/contracts/heat";

export const YES_NO_FACTORS = [
  "livesAlone", "isolated", "sleepsUnderRoof", "airConditioning", "coolPlaceAccess", "cardiovascular", "respiratory", "psychiatric",
] as const satisfies readonly SharedFactor[];

/** The mobility question of a self-assessment (heat or cold): one choice per level, "independent" ticked. */
export function MobilityChoice() {
  const { t } = useTranslations(heatTranslations);
  return (
    <fieldset>
      <legend>{t("assessMobility")}</legend>
      {MOBILITIES.map((m) => (
        <label class="choice" key={m}>
          <input type="radio" name="mobility" value={m} defaultChecked={m === "independent"} /> {t(`mobility_${m}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function SelfAssessment({ status, onAnswers }: { status: HeatStatus | null; onAnswers(answers: Answers): void }) {
  const { t, lang } = useTranslations(heatTranslations);
  const { ageError, run, result, onSubmit } = useAssessmentRun<Answers, Assessment>(
    "assess-age", (form, age) => readAnswers(form, age, YES_NO_FACTORS), (answers) => assess(answers, status), onAnswers,
  );
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
        <MobilityChoice />
        <fieldset>
          <legend>{t("assessFactors")}</legend>
          {YES_NO_FACTORS.map((f) => (
            <label class="choice" key={f}>
              <input type="checkbox" name={f} /> {t(`factor_${f}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" aria-disabled={run.status === "running"}>{t("assessSubmit")}</button>
      </form>
      <div role="status" aria-live="polite" tabIndex={-1} ref={result} class="assessment-outcome">
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
