// Optional registration to the heat register: only what the register needs, the risk factors the person ticks
// (none by default, taken from their self-assessment), and an explicit consent. The personal codes are shown
// once, with a way to keep them (focus moves to them: the form that had it is gone).
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import { PARIS_TIME_ZONE } from "../../../../domain/time/paris";
import { ApiFailure, api, failureText } from "../../api/client";
import type { RegistrationCreated as Created, RegistrationRequest } from "../../../../domain/contracts/heat-registration";
import { factorsFromPerson, type SharedFactors } from "../../../../domain/heat/register-factors";
import { CHANNELS } from "../../../../domain/heat/warnings";
import { SEASON } from "../../../../domain/heat/season";
import type { Answers } from "./assessment";
import { downloadText } from "../../app/download";
import { heatTranslations, type HeatKey } from "./translations";
import { YES_NO_FACTORS } from "./SelfAssessment";

const ARRONDISSEMENTS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Which input each field of the API's error body belongs to, and the message shown for it. */
const FIELD_INPUTS: [RegExp, string, HeatKey][] = [
  [/^name/, "reg-name", "err_name"],
  [/^phone/, "reg-phone", "err_phone"],
  [/^email/, "reg-email", "err_email"],
  [/^channels/, "reg-channel-sms", "err_channels"],
  [/^arrondissement/, "reg-arrondissement", "err_arrondissement"],
  [/^contact/, "reg-contact-name", "err_contact"],
  [/^consent/, "reg-consent", "err_consent"],
];

type Errors = Partial<Record<string, HeatKey>>;

export function RegistrationForm({ answers }: { answers: Answers | null }) {
  const { t, lang } = useTranslations(heatTranslations);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const shareable = answers ? factorsFromPerson(answers, new Date().getFullYear()) : null;

  const showErrors = (found: Errors) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(first)?.focus();
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const channels = CHANNELS.filter((c) => form.get(`channel-${c}`) === "on");
    const local: Errors = {};
    if (!text("name")) local["reg-name"] = "err_name";
    if (!channels.length) local["reg-channel-sms"] = "err_channels";
    if (!text("arrondissement")) local["reg-arrondissement"] = "err_arrondissement";
    if (form.get("consent") !== "on") local["reg-consent"] = "err_consent";
    if (Object.keys(local).length) return showErrors(local);
    const factors: SharedFactors = {};
    for (const [key, value] of Object.entries(shareable ?? {})) if (form.get(`share-${key}`) === "on") Object.assign(factors, { [key]: value });
    const body: RegistrationRequest = {
      name: text("name"),
      ...(text("phone") ? { phone: text("phone") } : {}),
      ...(text("email") ? { email: text("email") } : {}),
      channels,
      arrondissement: Number(text("arrondissement")),
      ...(text("address") ? { address: text("address") } : {}),
      ...(text("contactName") || text("contactPhone") ? { contact: { name: text("contactName"), phone: text("contactPhone") } } : {}),
      factors,
      consent: true,
    };
    setSending(true);
    setFailure(null);
    api<Created>("/api/v1/heat/registrations", { method: "POST", json: body })
      .then((result) => {
        setErrors({});
        setCreated(result);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiFailure && error.fields.length) {
          const found: Errors = {};
          for (const f of error.fields) {
            const match = FIELD_INPUTS.find(([pattern]) => pattern.test(f.field));
            if (match) found[match[1]] ??= match[2];
          }
          if (Object.keys(found).length) return showErrors(found);
        }
        setFailure(error instanceof ApiFailure && error.status === 429 ? t("regRateLimited") : t("regFailed", { message: failureText(error) }));
      })
      .finally(() => setSending(false));
  };

  if (created) return <RegistrationDone created={created} />;

  const fieldProps = (id: string, hint?: string) => ({
    id,
    "aria-invalid": Boolean(errors[id]),
    "aria-describedby": [hint, errors[id] ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined,
  });
  const errorOf = (id: string) => errors[id] && <p class="field-error" id={`${id}-error`}>{t(errors[id]!)}</p>;
  const arrondissementLabel = (n: number) => (n === 1 ? t("regArrondissementFirst") : t("regArrondissementOption", { n }));
  const factorLabel = (key: string, value: unknown) => {
    if (key === "birthYear") return t("regFactorAge", { year: String(value) });
    if (key === "mobility") return t("regFactorMobility", { value: t(`mobility_${value as Answers["mobility"]}`) });
    return t("regFactorAnswer", { factor: t(`factor_${key as (typeof YES_NO_FACTORS)[number]}`), answer: value ? t("yes") : t("no") });
  };

  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">{t("registerTitle")}</h2>
      <p>{t("registerIntro", { seasonEnd: dateTimeFormat(lang, { day: "numeric", month: "long", timeZone: "UTC" }).format(dayToDate(`2000-${SEASON.endMonthDay}`)) })}</p>
      <p class="hint">{t("registerOnlyNeeded")}</p>
      {Object.keys(errors).length > 0 && <p class="notice notice-error" role="alert">{t("regErrors")}</p>}
      {failure && <p class="notice notice-error" role="alert">{failure}</p>}
      <form onSubmit={onSubmit} noValidate class="stack" data-registration>
        <div class="field">
          <label for="reg-name">{t("regName")}</label>
          <input {...fieldProps("reg-name")} name="name" autocomplete="name" required />
          {errorOf("reg-name")}
        </div>
        <div class="field">
          <label for="reg-phone">{t("regPhone")}</label>
          <p class="hint" id="reg-phone-hint">{t("regPhoneHint")}</p>
          <input {...fieldProps("reg-phone", "reg-phone-hint")} name="phone" type="tel" autocomplete="tel" />
          {errorOf("reg-phone")}
        </div>
        <div class="field">
          <label for="reg-email">{t("regEmail")}</label>
          <input {...fieldProps("reg-email")} name="email" type="email" autocomplete="email" />
          {errorOf("reg-email")}
        </div>
        <fieldset aria-describedby={errors["reg-channel-sms"] ? "reg-channel-sms-error" : undefined}>
          <legend>{t("regChannels")}</legend>
          {CHANNELS.map((c) => (
            <label class="choice" key={c}>
              <input type="checkbox" id={`reg-channel-${c}`} name={`channel-${c}`} defaultChecked={c === "sms"} /> {t(`channel_${c}`)}
            </label>
          ))}
          {errorOf("reg-channel-sms")}
        </fieldset>
        <div class="field">
          <label for="reg-arrondissement">{t("regArrondissement")}</label>
          <select {...fieldProps("reg-arrondissement")} name="arrondissement" required>
            <option value="">{t("regChoose")}</option>
            {ARRONDISSEMENTS.map((n) => <option value={n} key={n}>{arrondissementLabel(n)}</option>)}
          </select>
          {errorOf("reg-arrondissement")}
        </div>
        <div class="field">
          <label for="reg-address">{t("regAddress")}</label>
          <input id="reg-address" name="address" autocomplete="street-address" />
        </div>
        <fieldset>
          <legend>{t("regContact")}</legend>
          <div class="field">
            <label for="reg-contact-name">{t("regContactName")}</label>
            <input {...fieldProps("reg-contact-name")} name="contactName" />
            {errorOf("reg-contact-name")}
          </div>
          <div class="field">
            <label for="reg-contact-phone">{t("regContactPhone")}</label>
            <input id="reg-contact-phone" name="contactPhone" type="tel" />
          </div>
        </fieldset>
        <fieldset aria-describedby="reg-factors-hint">
          <legend>{t("regFactors")}</legend>
          <p class="hint" id="reg-factors-hint">{shareable ? t("regFactorsHint") : t("regFactorsNone")}</p>
          {shareable && Object.entries(shareable).map(([key, value]) => (
            <label class="choice" key={key}>
              <input type="checkbox" name={`share-${key}`} /> {factorLabel(key, value)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label class="choice consent">
            <input type="checkbox" {...fieldProps("reg-consent")} name="consent" required /> {t("regConsent")}
          </label>
          {errorOf("reg-consent")}
        </div>
        <button type="submit" disabled={sending}>{sending ? t("regSending") : t("regSubmit")}</button>
      </form>
    </section>
  );
}

function RegistrationDone({ created }: { created: Created }) {
  const { t, lang } = useTranslations(heatTranslations);
  const date = dateTimeFormat(lang, { dateStyle: "long", timeZone: PARIS_TIME_ZONE }).format(new Date(Date.parse(created.expiresAt) - 1));
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="register-title" class="registration-done" data-registered>
      <h2 id="register-title" tabIndex={-1} ref={heading}>{t("registerTitle")}</h2>
      <p class="notice" role="status">{t("regDone", { date })} {created.alertUnderWay && t("regDoneAlert")}</p>
      <h3>{t("regCodesTitle")}</h3>
      <p class="notice notice-error">{t("regCodesWarning")}</p>
      <dl class="codes">
        <dt>{t("regCodeId")}</dt>
        <dd><code data-registration-id>{created.id}</code></dd>
        <dt>{t("regCodeSecret")}</dt>
        <dd><code data-registration-secret>{created.secret}</code></dd>
      </dl>
      <button type="button" class="button-secondary" onClick={() => downloadText("registre-canicule.txt", t("regCodesFile", { id: created.id, secret: created.secret }))}>
        {t("regCodesDownload")}
      </button>
    </section>
  );
}
