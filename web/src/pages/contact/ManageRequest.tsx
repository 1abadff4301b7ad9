// A person's access to their own request, with the number and code given on sending it: what the City keeps
// (its masked text, their own data, its status), its download, and its erasure after a confirmation (an
// alertdialog that takes the focus on the safe choice, and gives it back to the erase button when declined).
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { downloadText } from "../../app/download";
import { ApiFailure, api, failureText } from "../../api/client";
import { contactTranslations } from "./translations";

interface Held {
  status: "received" | "new" | "assigned" | "waiting" | "answered";
  subject: string;
  body: string;
  personalData: { placeholder: string; value: string }[];
}

export function ManageRequest() {
  const { t } = useTranslations(contactTranslations);
  const [codes, setCodes] = useState({ id: "", secret: "" });
  const [held, setHeld] = useState<Held | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  const init = () => ({ headers: { "X-Request-Secret": codes.secret } });
  const path = () => `/api/v1/requests/contact/${encodeURIComponent(codes.id)}`;
  const fail = (error: unknown) => setMessage(error instanceof ApiFailure && (error.status === 404 || error.status === 400) ? t("notFound") : failureText(error));

  return (
    <section aria-labelledby="manage-title" data-manage-request>
      <h2 id="manage-title">{t("manageTitle")}</h2>
      <p>{t("manageIntro")}</p>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          api<Held>(path(), init()).then(setHeld).catch((error: unknown) => (setHeld(null), fail(error)));
        }}
      >
        <div class="field">
          <label for="manage-id">{t("manageNumber")}</label>
          <input id="manage-id" autocomplete="off" spellcheck={false} value={codes.id} onInput={(e) => setCodes({ ...codes, id: e.currentTarget.value.trim() })} />
        </div>
        <div class="field">
          <label for="manage-code">{t("manageCode")}</label>
          <input id="manage-code" type="password" autocomplete="off" value={codes.secret} onInput={(e) => setCodes({ ...codes, secret: e.currentTarget.value.trim() })} />
        </div>
        <button type="submit" disabled={!codes.id || !codes.secret}>{t("show")}</button>
      </form>
      <div role="status" aria-live="polite">
        {message && <p class="notice">{message}</p>}
      </div>
      {held && (
        <div class="stack" data-held>
          <h3>{t("heldTitle")}</h3>
          <p>{t("heldStatus", { status: t(`status_${held.status}`) })}</p>
          <h4>{t("heldText")}</h4>
          <p class="masked-text">{held.subject}{"\n"}{held.body}</p>
          <h4>{t("heldPersonal")}</h4>
          <ul>
            {held.personalData.map((p) => <li key={p.placeholder}>{p.placeholder} : {p.value}</li>)}
          </ul>
          <div class="button-row">
            <button type="button" class="button-secondary" onClick={() => downloadText("ma-demande-ville-de-paris.json", JSON.stringify(held, null, 2), "application/json")}>{t("download")}</button>
            <button type="button" class="button-danger" ref={eraseButton} onClick={() => setConfirming(true)}>{t("erase")}</button>
          </div>
          {confirming && (
            <div class="notice notice-error" role="alertdialog" aria-labelledby="erase-confirm-text">
              <p id="erase-confirm-text">{t("eraseConfirm")}</p>
              <div class="button-row">
                <button
                  type="button"
                  class="button-danger"
                  onClick={() =>
                    api(path(), { method: "DELETE", ...init() })
                      .then(() => (setHeld(null), setConfirming(false), setMessage(t("erased"))))
                      .catch(fail)
                  }
                >
                  {t("eraseYes")}
                </button>
                <button type="button" class="button-secondary" ref={keepButton} onClick={() => (setConfirming(false), eraseButton.current?.focus())}>
                  {t("eraseNo")}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
