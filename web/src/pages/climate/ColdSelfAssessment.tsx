// The cold self-assessment: answers are kept in this page's memory only and the cold-risk model runs in the
// browser. The page can then offer them for registration, where the person chooses which to share.
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import type { ColdRiskPerson } from "../../../../models/cold-risk/features";
import { MobilityChoice } from "../heat/SelfAssessment";
import { readAnswers, useAssessmentRun } from "../heat/use-assessment-run";
import { assessCold, type ColdAssessment } from "./cold-assessment";
import type { ClimateStatus } from "./status";
import { climateTranslations } from "./translations";

export const COLD_FACTORS = ["livesAlone", "isolated", "poorlyHeatedHome", "cardiovascular", "respiratory"] as const;

export function ColdSelfAssessment({ status, onAnswers }: { status: ClimateStatus | null; onAnswers(answers: ColdRiskPerson): void }) {
  const { t, lang } = useTranslations(climateTranslations);
  const { ageError, run, result, onSubmit } = useAssessmentRun<ColdRiskPerson, ColdAssessment>(
    "cold-age", (form, age) => readAnswers(form, age, COLD_FACTORS), (answers) => assessCold(answers, status), onAnswers,
  );
  const ratio = numberFormat(lang, { maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="cold-title">
      <h2 id="cold-title">{t("coldTitle")}</h2>
      <p class="callout">{t("coldPrivacy")}</p>
      <form onSubmit={onSubmit} noValidate class="stack" data-cold-assessment>
        <div class="field">
          <label for="cold-age">{t("coldAge")}</label>
          <input id="cold-age" name="age" type="number" inputMode="numeric" min={18} max={120} required aria-invalid={ageError}
            aria-describedby={ageError ? "cold-age-error" : undefined} />
          {ageError && <p class="field-error" id="cold-age-error">{t("coldAgeError")}</p>}
        </div>
        <MobilityChoice />
        <fieldset>
          <legend>{t("coldFactors")}</legend>
          {COLD_FACTORS.map((f) => (
            <label class="choice" key={f}>
              <input type="checkbox" name={f} /> {t(`coldFactor_${f}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" aria-disabled={run.status === "running"}>{t("coldSubmit")}</button>
      </form>
      <div role="status" aria-live="polite" tabIndex={-1} ref={result} class="assessment-outcome">
        {run.status === "running" && <p>{t("coldRunning")}</p>}
        {run.status === "failed" && <p class="notice notice-error">{run.offline ? t("coldFailedOffline") : t("coldFailed", { message: run.message })}</p>}
        {run.status === "done" && (
          <div class={`assessment assessment-${run.result.category}`} data-cold-result={run.result.category}>
            <p class="assessment-result">{t(`coldResult_${run.result.category}`, { ratio: ratio.format(run.result.ratio) })}</p>
            {run.result.reasons.length ? (
              <>
                <p>{t("coldReasons")}</p>
                <ul>{run.result.reasons.map((r) => <li key={r.code}>{r.labels[lang]}</li>)}</ul>
              </>
            ) : (
              <p>{t("coldNoReasons")}</p>
            )}
            <p class="hint">{t(run.result.fromForecast ? "coldExposureForecast" : "coldExposureReference")}</p>
            <p class="hint">{t("coldLimits")}</p>
          </div>
        )}
      </div>
    </section>
  );
}
