// The cold self-assessment: answers are kept in this page's memory only and the cold-risk model runs in the
// browser. The page can then offer them for registration, where the person chooses which to share.
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import type { ColdRiskPerson } from "../../../../models/cold-risk/features";
import { MobilityChoice } from "../heat/SelfAssessment";
import { assessCold, type ColdAssessment } from "./cold-assessment";
import type { ClimateStatus } from "./status";
import { climateTranslations } from "./translations";

export const COLD_FACTORS = ["livesAlone", "isolated", "poorlyHeatedHome", "cardiovascular", "respiratory"] as const;

type Run = { status: "idle" } | { status: "running" } | { status: "failed"; message: string; offline: boolean } | { status: "done"; result: ColdAssessment };

export function ColdSelfAssessment({ status, onAnswers }: { status: ClimateStatus | null; onAnswers(answers: ColdRiskPerson): void }) {
  const { t, lang } = useTranslations(climateTranslations);
  const [ageError, setAgeError] = useState(false);
  const [run, setRun] = useState<Run>({ status: "idle" });
  const result = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (run.status === "done" || run.status === "failed") result.current?.focus();
  }, [run.status]);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (run.status === "running") return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const age = Number(form.get("age"));
    const invalid = !form.get("age") || !Number.isInteger(age) || age < 18 || age > 120;
    setAgeError(invalid);
    if (invalid) return document.getElementById("cold-age")?.focus();
    const answers: ColdRiskPerson = {
      age,
      mobility: (form.get("mobility") as ColdRiskPerson["mobility"] | null) ?? "independent",
      ...(Object.fromEntries(COLD_FACTORS.map((f) => [f, form.get(f) === "on"])) as Record<(typeof COLD_FACTORS)[number], boolean>),
    };
    setRun({ status: "running" });
    assessCold(answers, status)
      .then((r) => {
        setRun({ status: "done", result: r });
        onAnswers(answers);
      })
      .catch((error: Error) => setRun({ status: "failed", message: error.message, offline: !navigator.onLine }));
  };
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
