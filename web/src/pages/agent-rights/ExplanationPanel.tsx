// The explanation of one household's rank, computed in this browser (models/non-take-up/explain.ts): the
// legal mention, the algorithm's role, the data used, each right with its amount, the rules' reasons and the
// model's weights for this household, the priority, the pacing group, and the operations.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat, translator } from "../../../../domain/i18n";
import { explainRank, type RankExplanation } from "../../../../models/non-take-up/explain";
import type { OutreachHousehold } from "../../../../domain/rights/outreach/pipeline";
import { rightsCodeTranslations, type MessageCode } from "../../../../domain/rights/translations";
import { hasHouseholdSignal } from "../../../../models/non-take-up/signal";
import { nonTakeUpTrees } from "./explainer";
import { agentRightsTranslations } from "./translations";

interface Props {
  household: OutreachHousehold;
  modelVersion: string;
  date: string;
  ranked: number;
  onClose(): void;
}

export function ExplanationPanel({ household, modelVersion, date, ranked, onClose }: Props) {
  const { t, lang } = useTranslations(agentRightsTranslations);
  const [explanation, setExplanation] = useState<RankExplanation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setExplanation(null);
    nonTakeUpTrees(modelVersion)
      .then((trees) => setExplanation(explainRank(household, trees, date, ranked)))
      .catch((e: Error) => setError(e.message));
  }, [household, modelVersion, date, ranked]);
  // Focus moves to the explanation as it is drawn (a layout effect), not a frame later.
  useLayoutEffect(() => {
    if (explanation) heading.current?.focus();
  }, [explanation]);

  const euros = numberFormat(lang, { style: "currency", currency: "EUR" });
  const percent = numberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  const signed = numberFormat(lang, { signDisplay: "always", maximumFractionDigits: 2 });
  const value = numberFormat(lang, { maximumFractionDigits: 2 });
  const rightsText = translator(rightsCodeTranslations, lang);
  if (error) return <p class="notice notice-error" role="alert">{t("failed", { message: error })}</p>;
  if (!explanation) return <p role="status" class="loading">{t("stage_model")}</p>;
  const e = explanation;
  return (
    <section aria-labelledby="explanation-title" class="explanation" data-explanation={e.id}>
      <h2 id="explanation-title" tabIndex={-1} ref={heading}>
        {e.rank === null ? t("explanationUnranked", { id: e.id }) : t("explanationTitle", { id: e.id, rank: e.rank })}
      </h2>
      <div class="callout" data-legal-mention>
        <h3>{t("mentionTitle")}</h3>
        <p>{e.mention[lang]}</p>
      </div>
      <h3>{t("contribution")}</h3>
      <p>{e.contributionDegree[lang]}</p>
      <h3>{t("rightsTitle")}</h3>
      {e.rights.map((r) => (
        <div class="explained-right" key={r.benefit}>
          <h4>{t(`right_${r.benefit}`)}</h4>
          <p>
            {t(hasHouseholdSignal(r.benefit) ? "stakeLine" : "stakeLineNational", { amount: euros.format(r.monthlyStake), probability: percent.format(r.nonTakeUp), expected: euros.format(r.expectedUnclaimed) })}
          </p>
          {r.reasons.length > 0 && (
            <>
              <p class="benefit-label">{t("rulesReasons")}</p>
              <ul>{r.reasons.map((reason, i) => <li key={i}>{rightsText(reason.code as MessageCode, reason.params)}</li>)}</ul>
            </>
          )}
          <p>{t("weightsIntro", { baseline: percent.format(r.baseline) })}</p>
          <ul>
            {r.weights.map((w) => (
              <li key={w.feature}>
                {t("weightRow", {
                  label: w.label[lang],
                  value: value.format(w.value),
                  direction: w.weight > 0 ? t("weightRaises") : t("weightLowers"),
                  weight: signed.format(w.weight),
                })}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {e.toCheck.length > 0 && <p>{t("toCheckLine", { benefits: e.toCheck.map((b) => rightsText(`benefit.${b}` as MessageCode)).join(", ") })}</p>}
      {e.rank !== null && e.group.mainRight && (
        <>
          <p>{t("priorityLine", { priority: euros.format(e.priority) })}</p>
          <p>
            {t("groupLine", {
              type: t(`type_${e.group.householdType as OutreachHousehold["type"]}`),
              band: e.group.ageBand,
              right: t(`right_${e.group.mainRight}`),
              progress: percent.format(e.groupProgress),
              rank: e.rank,
              ranked: e.ranked,
            })}
          </p>
        </>
      )}
      <h3>{t("dataTitle", { line: e.line })}</h3>
      <dl class="data-used">
        {e.data.map((d) => (
          <div key={d.column}>
            <dt>{d.column}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("operationsTitle")}</h3>
      <ol>{e.operations.map((o, i) => <li key={i}>{o[lang]}</li>)}</ol>
      <button type="button" class="button-secondary" onClick={onClose}>{t("close")}</button>
    </section>
  );
}
