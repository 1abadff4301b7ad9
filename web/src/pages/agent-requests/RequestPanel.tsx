// One request: its masked text and spans to check, who has it, taking it, waiting for the citizen, sending
// it to another service, the proposal to confirm or correct, and the reply. The reply is recorded with its
// placeholders (the real values the agent put back for sending are masked again before it is stored).
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { Link } from "../../app/navigation";
import { failureText } from "../../api/client";
import { dateTimeFormat } from "../../../../domain/i18n";
import { OFFICE_NAMES, OFFICES, type Office } from "../../../../domain/requests/labels";
import * as requests from "./api";
import { MaskedText, SpanCorrections } from "./MaskedText";
import { ProposalPanel } from "./ProposalPanel";
import { ReplyDraft } from "./ReplyDraft";
import { requestsTranslations } from "./translations";

/** The reply with every real value the agent filled in masked again by its placeholder. */
const remask = (reply: string, placeholders: requests.RequestItem["placeholders"]) =>
  placeholders.reduce((text, p) => (p.value && p.value.length >= 2 ? text.split(p.value).join(p.placeholder) : text), reply);

export function RequestPanel({ id, agent }: { id: string; agent: string }) {
  const { t, lang } = useTranslations(requestsTranslations);
  const [request, setRequest] = useState<requests.RequestItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState<Office>("mairie");
  const date = dateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

  useEffect(() => {
    requests.getRequest(id).then(setRequest).catch((e: unknown) => setError(t("loadError", { message: failureText(e) })));
  }, [id]);

  const act = <T extends requests.RequestItem>(action: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    return action()
      .then((updated) => setRequest(updated))
      .catch((e: unknown) => setError(t("actionError", { message: failureText(e) })))
      .finally(() => setBusy(false));
  };

  const back = <Link href="/agent/demandes">{t("back")}</Link>;
  if (!request) return <>{back}{error && <p class="notice notice-error" role="alert">{error}</p>}</>;
  const owner = request.assignedTo === agent;
  return (
    <article class="request" aria-labelledby="request-title" data-request={request.id}>
      {back}
      <h2 id="request-title">{t("requestTitle", { date: date.format(new Date(request.receivedAt)) })}</h2>
      {error && <p class="notice notice-error" role="alert">{error}</p>}
      <p>
        {t(`status_${request.status}`)} — {t(`channel_${request.channel}`)} — {request.assignedTo ? t("assignedTo", { agent: request.assignedTo }) : t("unassigned")}
      </p>
      <div class="actions">
        {!owner && request.status !== "answered" && <button type="button" disabled={busy} onClick={() => act(() => requests.assign(id))}>{t("take")}</button>}
        {request.status !== "answered" && request.status !== "waiting" && (
          <button type="button" class="button-secondary" disabled={busy} onClick={() => act(() => requests.markWaiting(id))}>{t("waiting")}</button>
        )}
        <label for="reassign-service">{t("reassignLabel")}</label>
        <select id="reassign-service" value={target} onChange={(e) => setTarget(e.currentTarget.value as Office)}>
          {OFFICES.map((o) => <option key={o} value={o}>{OFFICE_NAMES[o][lang]}</option>)}
        </select>
        <button type="button" class="button-secondary" disabled={busy} onClick={() => act(() => requests.reassign(id, target))}>{t("reassign")}</button>
      </div>
      <section aria-labelledby="text-title">
        <h3 id="text-title">{t("textTitle")}</h3>
        <p><strong>{request.subject || t("noSubject")}</strong></p>
        <MaskedText text={request.body} placeholders={request.placeholders} />
        {request.attachments.length > 0 && <p class="hint">{t("attachments", { names: request.attachments.map((a) => a.name).join(", ") })}</p>}
      </section>
      <SpanCorrections placeholders={request.placeholders} busy={busy} onCorrect={(c) => act(() => requests.correctPseudonymisation(id, c))} />
      <ProposalPanel request={request} busy={busy} onReview={(theme, office) => act(() => requests.review(id, theme, office))} />
      <ReplyDraft
        request={request}
        owner={owner}
        busy={busy}
        onDraft={async (template, ficheIds) => (await requests.draft(id, template, ficheIds)).draft}
        onAnswer={(reply) => act(() => requests.answer(id, remask(reply, request.placeholders)))}
      />
      {request.answeredAt && <p class="notice">{t("answered", { date: date.format(new Date(request.answeredAt)) })}</p>}
    </article>
  );
}
