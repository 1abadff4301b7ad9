// The explanation of one call's rank (GET /api/v1/explanations/heat-call/{id}): the mention, the result, each
// feature's value and weight for this person, the operations. Focus moves to it when it opens (it is drawn
// under the call list) and back to the row's button when it closes.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import { failureText } from "../../api/client";
import type { Explanation } from "../../../../domain/contracts/explanation";
import type { Call } from "../../../../domain/contracts/heat";
import { loadExplanation } from "./api";
import { agentHeatTranslations } from "./translations";

export function ExplanationPanel({ call, onClose }: { call: Call; onClose(): void }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  const [state, setState] = useState<{ data?: Explanation; error?: string }>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [call.callId]);
  useEffect(() => {
    setState({});
    loadExplanation(call.callId).then((data) => setState({ data })).catch((e: Error) => setState({ error: failureText(e) }));
  }, [call.callId]);
  const weight = numberFormat(lang, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  return (
    <section aria-labelledby="explanation-title" class="explanation" data-explanation>
      <h3 id="explanation-title" tabIndex={-1} ref={heading}>{t("explanationTitle", { name: call.person.name })}</h3>
      {state.error && <p class="notice notice-error" role="alert">{t("loadError", { message: state.error })}</p>}
      {state.data && (
        <>
          <p class="hint">{state.data.mention[lang]}</p>
          <p><strong>{state.data.result.label[lang]}</strong></p>
          <p>{state.data.contributionDegree[lang]}</p>
          <ul>
            {state.data.parameters.filter((p) => p.weight !== 0).map((p) => (
              <li key={p.name}>{p.label[lang]} — {p.effect[lang]} ({t("explanationWeight", { weight: weight.format(p.weight ?? 0) })})</li>
            ))}
          </ul>
          <ul>
            {state.data.operations.map((o, i) => <li key={i}>{o[lang]}</li>)}
          </ul>
        </>
      )}
      <button type="button" class="button-secondary" onClick={onClose}>{t("explanationClose")}</button>
    </section>
  );
}
