// Citizen page /droits: the rights questionnaire and its results, computed by the rights engine in the
// browser (it works offline). Nothing is sent anywhere; the answers are kept on this device only when the
// person ticks the box, and can be erased. In helper mode (a social worker or carer filling it in with or for
// someone; /droits?accompagnement opens in it) nothing is ever kept and a one-page recap can be printed.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { usePageTitle } from "../../app/title";
import { simulate, type SimulationResult } from "../../../../domain/rights/simulate";
import { todayInParis } from "../../../../domain/time/paris";
import { emptyAnswers, eraseAnswers, keepAnswers, keptAnswers, toHousehold, type Answers, type Errors } from "./answers";
import { rightsTranslations, type RightsKey } from "./translations";
import { Questionnaire } from "./Questionnaire";
import { Recap } from "./Recap";
import { Results } from "./Results";
import "./rights.css";


function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export default function RightsPage() {
  const { t } = useTranslations(rightsTranslations);
  usePageTitle(t("title"));
  const [helper, setHelper] = useState(() => new URLSearchParams(location.search).has("accompagnement"));
  const [restored] = useState(() => (helper ? null : keptAnswers()));
  const [answers, setAnswers] = useState<Answers>(restored ?? emptyAnswers());
  const [keep, setKeep] = useState(restored !== null);
  const [errors, setErrors] = useState<Errors>({});
  const [simulation, setSimulation] = useState<SimulationResult | null>(null);
  const [arrondissement, setArrondissement] = useState<number | undefined>(undefined);
  const [notice, setNotice] = useState<RightsKey | null>(restored ? "kept" : null);

  useEffect(() => {
    if (keep && !helper) keepAnswers(answers);
  }, [answers, keep, helper]);

  const onHelper = (checked: boolean) => {
    setHelper(checked);
    if (checked) {
      setKeep(false);
      eraseAnswers();
    }
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const converted = toHousehold(answers);
    if (!converted.household) {
      setErrors(converted.errors);
      setSimulation(null);
      focusSoon("error-summary");
      return;
    }
    setErrors({});
    setSimulation(simulate(converted.household, { date: todayInParis() }));
    setArrondissement(converted.household.arrondissement);
    focusSoon("results-title");
  };

  const onKeep = (checked: boolean) => {
    setKeep(checked);
    if (!checked) eraseAnswers();
  };

  const onErase = () => {
    eraseAnswers();
    setKeep(false);
    setAnswers(emptyAnswers());
    setErrors({});
    setSimulation(null);
    setNotice("erased");
  };

  const errorIds = Object.keys(errors);
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <p class="callout">{t("privacy")}</p>
      <div class="callout helper-mode">
        <label class="choice">
          <input type="checkbox" id="helper-mode" checked={helper} aria-describedby="helper-mode-hint" onChange={(e) => onHelper((e.currentTarget as HTMLInputElement).checked)} /> {t("helperMode")}
        </label>
        <p class="hint" id="helper-mode-hint">{t("helperModeHint")}</p>
      </div>
      <div role="status">{notice && <p class="notice">{t(notice)}</p>}</div>
      {errorIds.length > 0 && (
        <div class="notice notice-error error-summary" id="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t("errorSummaryTitle")}</h2>
          <ul>
            {errorIds.map((id) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {fieldLabel(id, t)} — {t(`err_${errors[id].code}` as RightsKey, errors[id].params)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate class="stack rights-form" data-rights-form>
        <p class="hint">{t("requiredNote")}</p>
        <Questionnaire answers={answers} errors={errors} onChange={setAnswers} />
        {!helper && (
          <section aria-labelledby="keep-title" class="form-section">
            <h2 id="keep-title">{t("keepTitle")}</h2>
            <label class="choice">
              <input type="checkbox" id="keep-answers" checked={keep} aria-describedby="keep-hint" onChange={(e) => onKeep((e.currentTarget as HTMLInputElement).checked)} /> {t("keep")}
            </label>
            <p class="hint" id="keep-hint">{t("keepHint")}</p>
            <button type="button" class="button-secondary" onClick={onErase}>{t("erase")}</button>
          </section>
        )}
        <button type="submit">{t("submit")}</button>
      </form>
      {simulation && helper && (
        <p>
          <button type="button" id="print-recap" onClick={() => window.print()}>{t("printRecap")}</button>
        </p>
      )}
      {simulation && <Results simulation={simulation} arrondissement={arrondissement} />}
      {simulation && helper && <Recap simulation={simulation} arrondissement={arrondissement} />}
    </>
  );
}

const FIELD_LABELS: [RegExp, RightsKey][] = [
  [/^couple/, "coupleQuestion"],
  [/^adult0-age$/, "yourAge"],
  [/^adult1-age$/, "partnerAge"],
  [/^child\d+-age$/, "childAge"],
  [/-earned$/, "earned"],
  [/-pensions$/, "pensions"],
  [/-other$/, "other"],
  [/-aah$/, "aahReceived"],
  [/^support-allowance$/, "supportAllowance"],
  [/^savings$/, "savings"],
  [/^family-benefits$/, "familyBenefits"],
  [/^housing-status/, "housingStatus"],
  [/^rent$/, "rent"],
  [/^charges$/, "charges"],
  [/^housing-aid-amount$/, "housingAidAmount"],
  [/^housing-aid/, "housingAid"],
  [/^nationality/, "nationality"],
  [/^valid-permit/, "validPermit"],
  [/^permit-years$/, "permitYears"],
  [/^in-paris/, "inParis"],
  [/^arrondissement$/, "arrondissement"],
  [/^paris-years$/, "parisYears"],
];

/** The question of a field, as the error summary names it. */
function fieldLabel(id: string, t: (key: RightsKey, params?: Record<string, number>) => string): string {
  const key = FIELD_LABELS.find(([pattern]) => pattern.test(id))?.[1] ?? "title";
  const child = /^child(\d+)/.exec(id);
  const who = /^adult1-(earned|pensions|other|aah)/.test(id) ? ` (${t("partner")})` : "";
  return `${t(key, child ? { n: Number(child[1]) + 1 } : undefined).replace(/\s*[*:]+\s*$/, "").replace(/\s*\*$/, "")}${who}`;
}
