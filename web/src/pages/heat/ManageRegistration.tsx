// The person's own data in the register, opened with the registration number and the secret code: a summary,
// the full export as a file, renewal for the next season, and erasure (after a confirmation, which takes the
// focus on its safe choice and gives it back when declined).
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { PARIS_TIME_ZONE } from "../../../../domain/time/paris";
import { ApiFailure, api, failureText } from "../../api/client";
import { downloadText } from "../../app/download";
import { SECRET_HEADER, type RegistrationExport as Export } from "../../../../domain/contracts/heat-registration";
import { RENEWAL_WINDOW_DAYS } from "../../../../domain/heat/season";
import { heatTranslations } from "./translations";

type State =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "open"; data: Export; note?: string; confirming?: boolean }
  | { status: "deleted" };

export function ManageRegistration() {
  const { t, lang } = useTranslations(heatTranslations);
  const [state, setState] = useState<State>({ status: "idle" });
  const [codes, setCodes] = useState({ id: "", secret: "" });
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const confirming = state.status === "open" && state.confirming === true;
  useLayoutEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  const date = (iso: string) => dateTimeFormat(lang, { dateStyle: "long", timeZone: PARIS_TIME_ZONE }).format(new Date(Date.parse(iso) - 1));
  const call = <T,>(path: string, method = "GET") =>
    api<T>(`/api/v1/heat/registrations/${encodeURIComponent(codes.id)}${path}`, { method, headers: { [SECRET_HEADER]: codes.secret } });
  const failed = (error: unknown) =>
    setState({ status: "error", message: error instanceof ApiFailure && error.status === 404 ? t("manageNotFound") : t("manageFailed", { message: failureText(error) }) });

  const open = (event: Event) => {
    event.preventDefault();
    setState({ status: "loading" });
    call<Export>("").then((data) => setState({ status: "open", data })).catch(failed);
  };
  const renew = (data: Export) =>
    call<{ expiresAt: string }>("/renew", "POST")
      .then(({ expiresAt }) => setState({ status: "open", data: { ...data, registration: { ...data.registration, expiresAt } }, note: t("manageRenewed", { date: date(expiresAt) }) }))
      .catch((error: unknown) => setState({ status: "open", data, note: error instanceof ApiFailure && error.status === 409 ? t("manageRenewTooEarly", { days: RENEWAL_WINDOW_DAYS }) : t("manageRenewFailed", { message: failureText(error) }) }));
  const erase = () => call("", "DELETE").then(() => setState({ status: "deleted" })).catch(failed);

  return (
    <section aria-labelledby="manage-title">
      <h2 id="manage-title">{t("manageTitle")}</h2>
      <p>{t("manageIntro")}</p>
      <form onSubmit={open} class="stack" data-manage>
        <div class="field">
          <label for="manage-id">{t("manageId")}</label>
          <input id="manage-id" name="id" autocomplete="off" spellcheck={false} value={codes.id} onInput={(e) => setCodes({ ...codes, id: (e.currentTarget as HTMLInputElement).value.trim() })} />
        </div>
        <div class="field">
          <label for="manage-secret">{t("manageSecret")}</label>
          <input id="manage-secret" name="secret" type="password" autocomplete="off" value={codes.secret} onInput={(e) => setCodes({ ...codes, secret: (e.currentTarget as HTMLInputElement).value.trim() })} />
        </div>
        <button type="submit" disabled={!codes.id || !codes.secret}>{t("manageOpen")}</button>
      </form>
      <div role="status" aria-live="polite">
        {state.status === "error" && <p class="notice notice-error">{state.message}</p>}
        {state.status === "deleted" && <p class="notice" data-deleted>{t("manageDeleted")}</p>}
        {state.status === "open" && state.note && <p class="notice">{state.note}</p>}
      </div>
      {state.status === "open" && (
        <div class="stack" data-my-data>
          <p>{t("manageSummary", { name: state.data.registration.name, date: date(state.data.registration.expiresAt) })}</p>
          <ul>
            <li>{t("manageChannels", { channels: state.data.registration.channels.map((c) => t(`channel_${c}`)).join(", ") })}</li>
            <li>{t("manageFactors", { count: Object.keys(state.data.registration.factors).length })}</li>
            <li>{t("manageCalls", { calls: state.data.calls.length, messages: state.data.messages.length })}</li>
          </ul>
          <div class="button-row">
            <button type="button" class="button-secondary" onClick={() => downloadText("mes-donnees-registre-canicule.json", JSON.stringify(state.data, null, 2), "application/json")}>{t("manageDownload")}</button>
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
