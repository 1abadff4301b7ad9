// The reply: the fiches to cite (title, link, date), a template, the draft the Worker builds from them
// (with its automated-tool mention and sources), edited by the agent; the agent who took the request can
// put the real data back in place of the placeholders before sending, then records the reply as sent.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { DRAFT_TEMPLATES, type DraftTemplate } from "../../../../domain/requests/draft";
import type { RequestItem } from "./api";
import { requestsTranslations } from "./translations";

interface Props {
  request: RequestItem;
  owner: boolean;
  busy: boolean;
  onDraft(template: DraftTemplate, ficheIds: string[]): Promise<string>;
  onAnswer(reply: string): void;
}

export function ReplyDraft({ request, owner, busy, onDraft, onAnswer }: Props) {
  const { t, lang } = useTranslations(requestsTranslations);
  const date = dateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const [chosen, setChosen] = useState<string[]>(request.fiches.map((f) => f.id));
  const [template, setTemplate] = useState<DraftTemplate>("information");
  const [reply, setReply] = useState(request.reply ?? "");
  const fill = () => {
    let filled = reply;
    for (const p of request.placeholders) if (p.value !== null) filled = filled.split(p.placeholder).join(p.value);
    setReply(filled);
  };
  return (
    <section aria-labelledby="draft-title" class="draft">
      <h3 id="fiches-title">{t("fichesTitle")}</h3>
      {request.fiches.length === 0 ? (
        <p>{t("fichesNone")}</p>
      ) : (
        <ul class="fiches" aria-labelledby="fiches-title" data-fiches>
          {request.fiches.map((f) => (
            <li key={f.id}>
              <label class="choice">
                <input type="checkbox" checked={chosen.includes(f.id)} onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, f.id] : chosen.filter((id) => id !== f.id))} />{" "}
                <a href={f.url} target="_blank" rel="noopener noreferrer">{f.title}</a> <span class="hint">({t("ficheDate", { date: date.format(new Date(`${f.date}T00:00:00Z`)) })})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <h3 id="draft-title">{t("draftTitle")}</h3>
      <div class="field">
        <label for="draft-template">{t("templateLabel")}</label>
        <select id="draft-template" value={template} onChange={(e) => setTemplate(e.currentTarget.value as DraftTemplate)}>
          {DRAFT_TEMPLATES.map((name) => <option key={name} value={name}>{t(`template_${name}`)}</option>)}
        </select>
      </div>
      <button type="button" disabled={busy} onClick={() => onDraft(template, chosen).then(setReply)}>{t("makeDraft")}</button>
      <div class="field">
        <label for="draft-text">{t("draftLabel")}</label>
        <p class="hint" id="draft-hint">{t("draftNotice")}</p>
        <textarea id="draft-text" aria-describedby="draft-hint" rows={16} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
      </div>
      {owner ? (
        <div class="actions">
          {request.replyTo && <p>{t("replyTo", { address: request.replyTo })}</p>}
          <button type="button" class="button-secondary" onClick={fill} disabled={!reply}>{t("fillPlaceholders")}</button>
          <button type="button" disabled={busy || !reply.trim()} onClick={() => onAnswer(reply)}>{t("recordAnswer")}</button>
        </div>
      ) : (
        <p class="hint">{t("mustTake")}</p>
      )}
    </section>
  );
}
