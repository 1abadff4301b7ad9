// The 3975 line: an agent finds a registered person by phone or e-mail and gives them a new access code, or
// registers a person on their behalf with the consent they gave on the phone; the code is shown to be read aloud.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { failureText } from "../../api/client";
import { HAZARDS, HAZARD_POLICIES } from "../../../../domain/climate/hazards";
import { findRegistrations, registerOnBehalf, reissueCode, type Found } from "./api";
import { agentHeatTranslations } from "./translations";

const CHANNELS = ["voice", "sms", "email"] as const;
const ARRONDISSEMENTS = Array.from({ length: 20 }, (_, i) => i + 1);

export function AssistedRegistration() {
  const { t } = useTranslations(agentHeatTranslations);
  const [found, setFound] = useState<Found[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const find = (event: Event) => {
    event.preventDefault();
    const contact = String(new FormData(event.currentTarget as HTMLFormElement).get("contact") ?? "").trim();
    findRegistrations(contact).then(setFound).catch((e: Error) => setNote(t("loadError", { message: failureText(e) })));
  };
  const reissue = (person: Found) =>
    reissueCode(person.id)
      .then(({ accessCode }) => setNote(t("assistedNewCodeDone", { name: person.name, code: accessCode })))
      .catch((e: Error) => setNote(t("loadError", { message: failureText(e) })));
  const register = (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body = {
      name: text("name"),
      ...(text("phone") ? { phone: text("phone") } : {}),
      ...(text("email") ? { email: text("email") } : {}),
      channels: CHANNELS.filter((c) => form.get(`channel-${c}`) === "on"),
      hazards: HAZARDS.filter((h) => form.get(`hazard-${h}`) === "on"),
      arrondissement: Number(text("arrondissement")),
      ...(text("contactName") ? { contact: { name: text("contactName"), phone: text("contactPhone"), told: form.get("contactTold") === "on" } } : {}),
      consent: form.get("consent") === "on",
    };
    setBusy(true);
    registerOnBehalf(body)
      .then(({ accessCode }) => {
        setNote(t("assistedDone", { name: body.name, code: accessCode }));
        formElement.reset();
      })
      .catch((e: Error) => setNote(t("assistedFailed", { message: failureText(e) })))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="assisted-title" class="assisted">
      <h2 id="assisted-title">{t("assistedTitle")}</h2>
      <p>{t("assistedIntro")}</p>
      <div role="status" aria-live="polite">{note && <p class="notice access-code-note" data-assisted-note>{note}</p>}</div>
      <form onSubmit={find} class="stack" data-assisted-find>
        <h3>{t("assistedFind")}</h3>
        <div class="field">
          <label for="assisted-contact">{t("assistedFindContact")}</label>
          <input id="assisted-contact" name="contact" inputMode="tel" />
        </div>
        <button type="submit" class="button-secondary">{t("assistedFindButton")}</button>
      </form>
      {found && (
        <div>
          <p>{found.length ? t("assistedFound", { count: found.length }) : t("assistedNone")}</p>
          <ul>
            {found.map((p) => (
              <li key={p.id}>
                {p.name} ({t("arrondissement", { n: p.arrondissement })}){" "}
                <button type="button" class="link-button" onClick={() => reissue(p)}>{t("assistedNewCode", { name: p.name })}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={register} class="stack" data-assisted-register>
        <h3>{t("assistedRegister")}</h3>
        <div class="field"><label for="assisted-name">{t("assistedName")}</label><input id="assisted-name" name="name" required /></div>
        <div class="field"><label for="assisted-phone">{t("assistedPhone")}</label><input id="assisted-phone" name="phone" type="tel" /></div>
        <div class="field"><label for="assisted-email">{t("assistedEmail")}</label><input id="assisted-email" name="email" type="email" /></div>
        <div class="field">
          <label for="assisted-arrondissement">{t("assistedArrondissement")}</label>
          <select id="assisted-arrondissement" name="arrondissement" required>
            {ARRONDISSEMENTS.map((n) => <option key={n} value={n}>{t("arrondissement", { n })}</option>)}
          </select>
        </div>
        <fieldset>
          <legend>{t("assistedChannels")}</legend>
          {CHANNELS.map((c) => <label class="choice" key={c}><input type="checkbox" name={`channel-${c}`} defaultChecked={c === "voice"} /> {t(`channel_${c}`)}</label>)}
        </fieldset>
        <fieldset>
          <legend>{t("assistedHazards")}</legend>
          {HAZARDS.map((h) => <label class="choice" key={h}><input type="checkbox" name={`hazard-${h}`} defaultChecked={HAZARD_POLICIES[h].chosenByDefault} /> {t(`hazard_${h}`)}</label>)}
        </fieldset>
        <div class="field"><label for="assisted-contact-name">{t("assistedContactName")}</label><input id="assisted-contact-name" name="contactName" /></div>
        <div class="field"><label for="assisted-contact-phone">{t("assistedContactPhone")}</label><input id="assisted-contact-phone" name="contactPhone" type="tel" /></div>
        <label class="choice"><input type="checkbox" name="contactTold" /> {t("assistedContactTold")}</label>
        <label class="choice consent"><input type="checkbox" name="consent" required /> {t("assistedConsent")}</label>
        <button type="submit" aria-disabled={busy}>{t("assistedSubmit")}</button>
      </form>
    </section>
  );
}
