// The routing proposal of a request: the three most probable themes and offices with their calibrated
// probabilities (as bars and as text), and the agent's confirmation or correction, prefilled with the
// proposal. A reviewed request says so.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import { OFFICE_NAMES, OFFICES, THEMES, type Office, type Theme } from "../../../../domain/requests/labels";
import type { RequestItem } from "./api";
import { ProposalExplanation } from "./ProposalExplanation";
import { requestsTranslations } from "./translations";

function Probabilities({ title, items }: { title: string; items: { label: string; p: number }[] }) {
  const { t, lang } = useTranslations(requestsTranslations);
  const percent = numberFormat(lang, { maximumFractionDigits: 1 });
  return (
    <div>
      <h4>{title}</h4>
      <ol class="probabilities">
        {items.map((item) => (
          <li key={item.label}>
            <span>{t("probability", { label: item.label, p: percent.format(100 * item.p) })}</span>
            <progress aria-hidden="true" max={1} value={item.p} />
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ProposalPanel({ request, busy, onReview }: { request: RequestItem; busy: boolean; onReview(theme: Theme, office: Office): void }) {
  const { t, lang } = useTranslations(requestsTranslations);
  const proposal = request.proposal;
  const [theme, setTheme] = useState<Theme>(request.theme ?? THEMES[0]);
  const [office, setOffice] = useState<Office>(request.service ?? "none");
  useEffect(() => {
    if (request.theme) setTheme(request.theme);
    if (request.service) setOffice(request.service);
  }, [request.theme, request.service]);
  if (!proposal) return null;
  const changed = theme !== proposal.theme || office !== proposal.whereToGo;
  return (
    <section aria-labelledby="proposal-title" class="proposal" data-proposal>
      <h3 id="proposal-title">{t("proposalTitle")}</h3>
      <p class="hint">{t("proposalModel", { model: `${proposal.modelId} ${proposal.modelVersion}` })}</p>
      <div class="proposal-columns">
        <Probabilities title={t("themeTop3")} items={proposal.themeTop3} />
        <Probabilities title={t("officeTop3")} items={proposal.top3.map((r) => ({ label: OFFICE_NAMES[r.label][lang], p: r.p }))} />
      </div>
      {request.confirmed && <p class="notice">{t("reviewed")}</p>}
      <form
        class="review-form"
        onSubmit={(e) => {
          e.preventDefault();
          onReview(theme, office);
        }}
      >
        <div class="field">
          <label for="review-theme">{t("themeLabel")}</label>
          <select id="review-theme" value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)}>
            {THEMES.map((th) => <option key={th} value={th}>{th}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="review-office">{t("officeLabel")}</label>
          <select id="review-office" value={office} onChange={(e) => setOffice(e.currentTarget.value as Office)}>
            {OFFICES.map((o) => <option key={o} value={o}>{OFFICE_NAMES[o][lang]}</option>)}
          </select>
        </div>
        <button type="submit" disabled={busy}>{changed ? t("correct") : t("confirm")}</button>
      </form>
      <ProposalExplanation id={request.id} />
    </section>
  );
}
