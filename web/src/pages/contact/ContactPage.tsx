// The contact form of the citizen site (/contact): a question to the City, masked of its personal data
// before it is stored and answered by an agent; the number and code given on sending let the person see
// what is kept, or erase it. French first, English second; errors named field by field and focused.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { usePageTitle } from "../../app/title";
import { downloadText } from "../../app/download";
import { retentionDaysOf, retentionPeriod } from "../../app/retention";
import { ApiFailure, api, failureText } from "../../api/client";
import { formErrors, type FieldInputs } from "../../api/field-errors";
import { contactTranslations, type ContactKey } from "./translations";
import { ManageRequest } from "./ManageRequest";

/** Which input each field of the API's error body belongs to, and the message shown for it. */
const FIELD_INPUTS: FieldInputs<ContactKey> = [
  [/^subject/, "contact-subject", "err_subject"],
  [/^message/, "contact-message", "err_message"],
  [/^name/, "contact-name", "err_name"],
  [/^email/, "contact-email", "err_email"],
  [/^phone/, "contact-phone", "err_phone"],
  [/^consent/, "contact-consent", "err_consent"],
];

type Errors = Partial<Record<string, ContactKey>>;

export default function ContactPage() {
  const { t, lang } = useTranslations(contactTranslations);
  usePageTitle(t("title"));
  const kept = {
    mappingsKept: retentionPeriod(retentionDaysOf("requests.mappings"), lang),
    requestsKept: retentionPeriod(retentionDaysOf("requests.requests"), lang),
  };
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ id: string; secret: string } | null>(null);

  const showErrors = (found: Errors) => {
    setErrors(found);
    const first = FIELD_INPUTS.map(([, id]) => id).find((id) => found[id]);
    if (first) document.getElementById(first)?.focus();
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const local: Errors = {};
    if (text("message").length < 10) local["contact-message"] = "err_message";
    if (form.get("consent") !== "on") local["contact-consent"] = "err_consent";
    if (Object.keys(local).length) return showErrors(local);
    const body = {
      subject: text("subject"),
      message: text("message"),
      ...(text("name") ? { name: text("name") } : {}),
      ...(text("email") ? { email: text("email") } : {}),
      ...(text("phone") ? { phone: text("phone") } : {}),
      consent: true,
    };
    setSending(true);
    setFailure(null);
    api<{ id: string; secret: string }>("/api/v1/requests/contact", { method: "POST", json: body })
      .then((result) => (setErrors({}), setSent(result)))
      .catch((error: unknown) => {
        const found = formErrors(error, FIELD_INPUTS);
        if (found) return showErrors(found);
        setFailure(error instanceof ApiFailure && error.status === 429 ? t("rateLimited") : t("failed", { message: failureText(error) }));
      })
      .finally(() => setSending(false));
  };

  const fieldProps = (id: string, hint?: string) => ({
    id,
    "aria-invalid": Boolean(errors[id]),
    "aria-describedby": [hint, errors[id] ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined,
  });
  const errorOf = (id: string) => errors[id] && <p class="field-error" id={`${id}-error`}>{t(errors[id]!)}</p>;

  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <p class="callout">{t("privacy", kept)}</p>
      {sent ? (
        <section aria-labelledby="sent-title" class="notice" data-sent>
          <h2 id="sent-title" tabIndex={-1} ref={(el) => el?.focus()}>{t("doneTitle")}</h2>
          <p>{t("doneText")}</p>
          <dl>
            <dt>{t("number")}</dt>
            <dd data-request-id>{sent.id}</dd>
            <dt>{t("code")}</dt>
            <dd data-request-secret>{sent.secret}</dd>
          </dl>
          <button type="button" class="button-secondary" onClick={() => downloadText("demande-ville-de-paris.txt", t("downloadContent", { id: sent.id, code: sent.secret }))}>
            {t("download")}
          </button>
        </section>
      ) : (
        <>
          {Object.keys(errors).length > 0 && <p class="notice notice-error" role="alert">{t("errors")}</p>}
          {failure && <p class="notice notice-error" role="alert">{failure}</p>}
          <form onSubmit={onSubmit} noValidate class="stack" data-contact>
            <div class="field">
              <label for="contact-subject">{t("subject")}</label>
              <p class="hint" id="contact-subject-hint">{t("subjectHint")}</p>
              <input {...fieldProps("contact-subject", "contact-subject-hint")} name="subject" maxLength={200} />
              {errorOf("contact-subject")}
            </div>
            <div class="field">
              <label for="contact-message">{t("message")}</label>
              <p class="hint" id="contact-message-hint">{t("messageHint")}</p>
              <textarea {...fieldProps("contact-message", "contact-message-hint")} name="message" rows={8} maxLength={10000} required />
              {errorOf("contact-message")}
            </div>
            <div class="field">
              <label for="contact-name">{t("name")}</label>
              <input {...fieldProps("contact-name")} name="name" autocomplete="name" />
              {errorOf("contact-name")}
            </div>
            <div class="field">
              <label for="contact-email">{t("email")}</label>
              <input {...fieldProps("contact-email")} name="email" type="email" autocomplete="email" />
              {errorOf("contact-email")}
            </div>
            <div class="field">
              <label for="contact-phone">{t("phone")}</label>
              <input {...fieldProps("contact-phone")} name="phone" type="tel" autocomplete="tel" />
              {errorOf("contact-phone")}
            </div>
            <div class="field">
              <label class="choice">
                <input {...fieldProps("contact-consent")} type="checkbox" name="consent" /> {t("consent", kept)}
              </label>
              {errorOf("contact-consent")}
            </div>
            <button type="submit" disabled={sending}>{sending ? t("sending") : t("send")}</button>
          </form>
        </>
      )}
      <ManageRequest />
    </>
  );
}
