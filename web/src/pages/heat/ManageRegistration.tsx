// The person's own data in the register, opened with their phone number (or e-mail) and access code — or a one-time
// code received by SMS or e-mail, or on this device, which kept the registration it made: a summary, the full export
// as a file, renewal for the next seasons, and erasure (after a confirmation, which takes the focus on its safe
// choice and gives it back when declined).
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { PARIS_TIME_ZONE } from "../../../../domain/time/paris";
import { ApiFailure, api, failureText } from "../../api/client";
import { downloadText } from "../../app/download";
import { SECRET_HEADER, type RegistrationExport as Export } from "../../../../domain/contracts/heat-registration";
import { RENEWAL_WINDOW_DAYS } from "../../../../domain/heat/season";
import { keepRegistration, keptRegistration } from "./kept-registration";
import { heatTranslations } from "./translations";

type State =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "open"; data: Export; note?: string; confirming?: boolean }
  | { status: "deleted" };

/** What opens the registration: the device's secret, or a token from the phone number and a code. */
type Credentials = { id: string; headers: Record<string, string> };

export function ManageRegistration() {
  const { t, lang } = useTranslations(heatTranslations);
  const [state, setState] = useState<State>({ status: "idle" });
  const [entered, setEntered] = useState({ contact: "", code: "" });
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [lostNote, setLostNote] = useState<string | null>(null);
  const kept = keptRegistration();
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const confirming = state.status === "open" && state.confirming === true;
  useLayoutEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  const date = (iso: string) => dateTimeFormat(lang, { dateStyle: "long", timeZone: PARIS_TIME_ZONE }).format(new Date(Date.parse(iso) - 1));
  const call = <T,>(path: string, method = "GET", using = credentials) =>
    api<T>(`/api/v1/heat/registrations/${encodeURIComponent(using!.id)}${path}`, { method, headers: using!.headers });
  const failed = (error: unknown) =>
    setState({ status: "error", message: error instanceof ApiFailure && error.status === 404 ? t("manageNotFound") : t("manageFailed", { message: failureText(error) }) });
  const load = (using: Credentials) => {
    setCredentials(using);
    setState({ status: "loading" });
    call<Export>("", "GET", using).then((data) => setState({ status: "open", data })).catch(failed);
  };

  const open = (event: Event) => {
    event.preventDefault();
    setState({ status: "loading" });
    api<{ registrationId: string; token: string }>("/api/v1/heat/access", { method: "POST", json: entered })
      .then(({ registrationId, token }) => load({ id: registrationId, headers: { "X-Registration-Token": token } }))
      .catch(failed);
  };
  const sendCode = () => {
    if (!entered.contact) return setLostNote(t("manageLostNeedContact"));
    api("/api/v1/heat/access/one-time-code", { method: "POST", json: { contact: entered.contact } })
      .then(() => setLostNote(t("manageLostSent")))
      .catch((error: unknown) => setLostNote(t("manageFailed", { message: failureText(error) })));
  };
  const renew = (data: Export) =>
    call<{ expiresAt: string }>("/renew", "POST")
      .then(({ expiresAt }) => setState({ status: "open", data: { ...data, registration: { ...data.registration, expiresAt } }, note: t("manageRenewed", { date: date(expiresAt) }) }))
      .catch((error: unknown) => setState({ status: "open", data, note: error instanceof ApiFailure && error.status === 409 ? t("manageRenewTooEarly", { days: RENEWAL_WINDOW_DAYS }) : t("manageRenewFailed", { message: failureText(error) }) }));
  const erase = () =>
    call("", "DELETE")
      .then(() => {
        if (kept?.id === credentials?.id) keepRegistration(null);
        setState({ status: "deleted" });
      })
      .catch(failed);

  return (
    <section aria-labelledby="manage-title">
      <h2 id="manage-title">{t("manageTitle")}</h2>
      <p>{t("manageIntro")}</p>
      {kept && (
        <p>
          <button type="button" class="button-secondary" data-open-kept onClick={() => load({ id: kept.id, headers: { "X-Registration-Secret": kept.secret } })}>{t("manageOnDevice")}</button>
        </p>
      )}
      <form onSubmit={open} class="stack" data-manage>
        <div class="field">
          <label for="manage-contact">{t("manageContact")}</label>
          <p class="hint" id="manage-contact-hint">{t("manageContactHint")}</p>
          <input id="manage-contact" name="contact" type="text" inputMode="tel" autocomplete="tel" aria-describedby="manage-contact-hint" value={entered.contact}
            onInput={(e) => setEntered({ ...entered, contact: (e.currentTarget as HTMLInputElement).value.trim() })} />
        </div>
        <div class="field">
          <label for="manage-code">{t("manageCode")}</label>
          <p class="hint" id="manage-code-hint">{t("manageCodeHint")}</p>
          <input id="manage-code" name="code" inputMode="numeric" autocomplete="one-time-code" aria-describedby="manage-code-hint" value={entered.code}
            onInput={(e) => setEntered({ ...entered, code: (e.currentTarget as HTMLInputElement).value })} />
        </div>
        <div class="button-row">
          <button type="submit" disabled={!entered.contact || !entered.code}>{t("manageOpen")}</button>
          <button type="button" class="button-secondary" onClick={sendCode}>{t("manageLost")}</button>
        </div>
      </form>
      {lostNote && <p class="notice" role="status" data-lost-note>{lostNote}</p>}
      <div role="status" aria-live="polite">
        {state.status === "error" && <p class="notice notice-error">{state.message}</p>}
        {state.status === "deleted" && <p class="notice" data-deleted>{t("manageDeleted")}</p>}
        {state.status === "open" && state.note && <p class="notice">{state.note}</p>}
      </div>
      {state.status === "open" && (
        <div class="stack" data-my-data>
          <p>{t("manageSummary", { name: state.data.registration.name, date: date(state.data.registration.expiresAt) })}</p>
          <ul>
            <li>{t("manageHazards", { hazards: state.data.registration.hazards.map((h) => t(`hazard_${h}`)).join(" ; ") })}</li>
            <li>{t("manageChannels", { channels: state.data.registration.channels.map((c) => t(`channel_${c}`)).join(", ") })}</li>
            <li>{t("manageFactors", { count: Object.keys(state.data.registration.factors).length })}</li>
            <li>{t("manageCalls", { calls: state.data.calls.length, messages: state.data.messages.length })}</li>
          </ul>
          <div class="button-row">
            <button type="button" class="button-secondary" onClick={() => downloadText("mes-donnees-registre-alertes.json", JSON.stringify(state.data, null, 2), "application/json")}>{t("manageDownload")}</button>
            <button type="button" class="button-secondary" onClick={() => renew(state.data)}>{t("manageRenew")}</button>
            <button type="button" class="button-danger" ref={deleteButton} onClick={() => setState({ ...state, confirming: true })}>{t("manageDelete")}</button>
          </div>
          {state.confirming && (
            <div class="notice notice-error" role="alertdialog" aria-labelledby="confirm-text">
              <p id="confirm-text">{t("manageDeleteConfirm")}</p>
              <div class="button-row">
                <button type="button" class="button-danger" onClick={erase}>{t("manageDeleteYes")}</button>
                <button
                  type="button"
                  class="button-secondary"
                  ref={keepButton}
                  onClick={() => {
                    setState({ ...state, confirming: false });
                    deleteButton.current?.focus();
                  }}
                >
                  {t("manageDeleteNo")}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
