// How the proposal was made (the explanation the CRPA asks for, R311-3-1-2), loaded when the agent opens it:
// the algorithm's contribution, the operations and the probabilities, as the Worker explains them.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { api, failureText } from "../../api/client";
import type { Bilingual } from "../../../../domain/i18n";
import { requestsTranslations } from "./translations";

interface Explanation {
  contributionDegree: Bilingual;
  operations: Bilingual[];
  parameters: { name: string; label: Bilingual; effect: Bilingual }[];
  mention: Bilingual;
}

export function ProposalExplanation({ id }: { id: string }) {
  const { t, lang } = useTranslations(requestsTranslations);
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    if (explanation) return;
    api<Explanation>(`/api/v1/explanations/request-proposal/${id}`)
      .then(setExplanation)
      .catch((e: unknown) => setError(t("loadError", { message: failureText(e) })));
  };
  return (
    <details class="explanation" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && load()}>
      <summary>{t("explanationLink")}</summary>
      {error && <p class="notice notice-error">{error}</p>}
      {explanation && (
        <>
          <p>{explanation.contributionDegree[lang]}</p>
          <ol>
            {explanation.operations.map((o, i) => <li key={i}>{o[lang]}</li>)}
          </ol>
          <ul>
            {explanation.parameters.map((p) => <li key={p.name}>{p.label[lang]} : {p.effect[lang]}</li>)}
          </ul>
          <p class="hint">{explanation.mention[lang]}</p>
        </>
      )}
    </details>
  );
}
