// Optional registration to the alerts register: only what the register needs, the alerts the person chooses (heat,
// cold and floods ticked, pollution and storm advice not), the risk factors the person ticks (none by default, taken
// from their self-assessment), whether their contact is told when they cannot be reached, and an explicit consent.
// The access code is shown once, in pairs of digits, with a way to keep it; the device keeps the registration too
// (focus moves to the result: the form that had it is gone).
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import { PARIS_TIME_ZONE } from "../../../../domain/time/paris";
import { ApiFailure, api, failureText } from "../../api/client";
import { HAZARDS, HAZARD_POLICIES, type Hazard } from "../../../../domain/climate/hazards";
import { COLD_SEASON } from "../../../../domain/climate/seasons";
import type { RegistrationCreated as Created, RegistrationRequest } from "../../../../domain/contracts/heat-registration";
import { factorsFromPerson, type SharedFactors } from "../../../../domain/heat/register-factors";
import { CHANNELS } from "../../../../domain/heat/warnings";
import { SEASON } from "../../../../domain/heat/season";
import type { Answers } from "./assessment";
import { downloadText } from "../../app/download";
import { keepRegistration } from "./kept-registration";
import { heatTranslations, type HeatKey } from "./translations";
import { YES_NO_FACTORS } from "./SelfAssessment";

const ARRONDISSEMENTS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Which input each field of the API's error body belongs to, and the message shown for it. */
const FIELD_INPUTS: [RegExp, string, HeatKey][] = [
  [/^name/, "reg-name", "err_name"],
  [/^phone/, "reg-phone", "err_phone"],
  [/^email/, "reg-email", "err_email"],
  [/^channels/, "reg-channel-sms", "err_channels"],
  [/^hazards/, "reg-hazard-heat", "err_hazards"],
  [/^arrondissement/, "reg-arrondissement", "err_arrondissement"],
  [/^contact/, "reg-contact-name", "err_contact"],
  [/^consent/, "reg-consent", "err_consent"],
];

type Errors = Partial<Record<string, HeatKey>>;

/** `answers`: the self-assessment's (heat or cold) factors, offered for sharing. */
export function RegistrationForm({ answers }: { answers: Partial<Answers> & SharedFactors | null }) {
  const { t, lang } = useTranslations(heatTranslations);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const shareable = answers ? factorsFromPerson(answers as Answers, new Date().getFullYear()) : null;
  const [name, setName] = useState("");

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
    const hazards = HAZARDS.filter((h) => form.get(`hazard-${h}`) === "on");
    const local: Errors = {};
    if (!hazards.length) local["reg-hazard-heat"] = "err_hazards";
    if (!text("name")) local["reg-name"] = "err_name";
    if (!channels.length) local["reg-channel-sms"] = "err_channels";
    if (!text("arrondissement")) local["reg-arrondissement"] = "err_arrondissement";
    if (form.get("consent") !== "on") local["reg-consent"] = "err_consent";
    if (Object.keys(local).length) return showErrors(local);
    const factors: SharedFactors = {};
    for (const [key, value] of Object.entries(shareable ?? {})) {
      if (value !== undefined && form.get(`share-${key}`) === "on") Object.assign(factors, { [key]: value });
    }
    const body: RegistrationRequest = {
      name: text("name"),
      ...(text("phone") ? { phone: text("phone") } : {}),
      ...(text("email") ? { email: text("email") } : {}),
      channels,
      hazards,
      arrondissement: Number(text("arrondissement")),
      ...(text("address") ? { address: text("address") } : {}),
      ...(text("contactName") || text("contactPhone") ? { contact: { name: text("contactName"), phone: text("contactPhone"), told: form.get("contactTold") === "on" } } : {}),
      factors,
      consent: true,
    };
    setSending(true);
    setFailure(null);
    api<Created>("/api/v1/heat/registrations", { method: "POST", json: body })
      .then((result) => {
        setErrors({});
        keepRegistration({ id: result.id, secret: result.secret });
        setName(body.name);
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

  if (created) return <RegistrationDone created={created} name={name} />;

  const fieldProps = (id: string, hint?: string) => ({
    id,
    "aria-invalid": Boolean(errors[id]),
    "aria-describedby": [hint, errors[id] ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined,
  });
  const errorOf = (id: string) => errors[id] && <p class="field-error" id={`${id}-error`}>{t(errors[id]!)}</p>;
  const arrondissementLabel = (n: number) => (n === 1 ? t("regArrondissementFirst") : t("regArrondissementOption", { n }));
  const seasonDay = (monthDay: string) => dateTimeFormat(lang, { day: "numeric", month: "long", timeZone: "UTC" }).format(dayToDate(`2000-${monthDay}`));
  const factorLabel = (key: string, value: unknown) => {
    if (key === "birthYear") return t("regFactorAge", { year: String(value) });
    if (key === "mobility") return t("regFactorMobility", { value: t(`mobility_${value as Answers["mobility"]}`) });
    return t("regFactorAnswer", { factor: t(`factor_${key as (typeof YES_NO_FACTORS)[number]}`), answer: value ? t("yes") : t("no") });
  };

  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">{t("registerTitle")}</h2>
      <p>{t("registerIntro", { heatEnd: seasonDay(SEASON.endMonthDay), coldEnd: seasonDay(COLD_SEASON.endMonthDay) })}</p>
      <p class="hint">{t("registerOnlyNeeded")}</p>
      {Object.keys(errors).length > 0 && <p class="notice notice-error" role="alert">{t("regErrors")}</p>}
      {failure && <p class="notice notice-error" role="alert">{failure}</p>}
      <form onSubmit={onSubmit} noValidate class="stack" data-registration>
        <fieldset aria-describedby={["reg-hazards-hint", errors["reg-hazard-heat"] ? "reg-hazard-heat-error" : ""].join(" ").trim()}>
          <legend>{t("regHazards")}</legend>
          <p class="hint" id="reg-hazards-hint">{t("regHazardsHint")}</p>
          {HAZARDS.map((h: Hazard) => (
            <label class="choice" key={h}>
              <input type="checkbox" id={`reg-hazard-${h}`} name={`hazard-${h}`} defaultChecked={HAZARD_POLICIES[h].chosenByDefault} /> {t(`hazard_${h}`)}
            </label>
          ))}
          {errorOf("reg-hazard-heat")}
        </fieldset>
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
          <label class="choice">
            <input type="checkbox" id="reg-contact-told" name="contactTold" /> {t("regContactTold")}
          </label>
        </fieldset>
        <fieldset aria-describedby="reg-factors-hint">
          <legend>{t("regFactors")}</legend>
          <p class="hint" id="reg-factors-hint">{shareable ? t("regFactorsHint") : t("regFactorsNone")}</p>
          {shareable && Object.entries(shareable).filter(([, value]) => value !== undefined).map(([key, value]) => (
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

function RegistrationDone({ created, name }: { created: Created; name: string }) {
  const { t, lang } = useTranslations(heatTranslations);
  const date = dateTimeFormat(lang, { dateStyle: "long", timeZone: PARIS_TIME_ZONE }).format(new Date(Date.parse(created.expiresAt) - 1));
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="register-title" class="registration-done" data-registered>
      <h2 id="register-title" tabIndex={-1} ref={heading}>{t("registerTitle")}</h2>
      <p class="notice" role="status">{t("regDone", { date })} {created.alertUnderWay && t("regDoneAlert")}</p>
      <h3>{t("regCodeTitle")}</h3>
      <p class="access-code" data-access-code aria-describedby="access-code-spoken">{created.accessCode}</p>
      <p class="hint" id="access-code-spoken">{t("regCodeSpoken")}</p>
      <p class="notice notice-error">{t("regCodeWarning")}</p>
      <button type="button" class="button-secondary" onClick={() => downloadText("registre-alertes.txt", t("regCodesFile", { name, code: created.accessCode }))}>
        {t("regCodesDownload")}
      </button>
    </section>
  );
}
