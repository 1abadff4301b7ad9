// The public algorithm register (/registre), for everyone, in French and English: every use case with its
// algorithms, legal basis, oversight, data, risks, fundamental-rights assessment and models. Read from
// GET /api/v1/register, which the service worker keeps (network first), so the page works offline once visited.
import { useEffect, useState } from "preact/hooks";
import type { PublishedRegister } from "../../../../domain/algorithm-register/published";
import { api } from "../../api/client";
import { useTranslations } from "../../app/i18n";
import { inLanguage } from "../../../../domain/i18n";
import { keepForOffline } from "../../app/offline";
import { usePageTitle } from "../../app/title";
import { EntrySection } from "./EntrySection";
import { longDate } from "./labels";
import { registerTranslations } from "./translations";
import "./register.css";

type State = { status: "loading" } | { status: "ready"; register: PublishedRegister } | { status: "failed" };

const REGISTER_URL = "/api/v1/register";

function useRegister(): { state: State; retry: () => void } {
  const [state, setState] = useState<State>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => void keepForOffline([REGISTER_URL]), []);
  useEffect(() => {
    let cancelled = false;
    setState({ status: "loading" });
    api<PublishedRegister>(REGISTER_URL)
      .then((register) => !cancelled && setState({ status: "ready", register }))
      .catch(() => !cancelled && setState({ status: "failed" }));
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

/** Once the register is shown, bring the section named in the address (#canicule, #modele-heat-risk) into view. */
function useFragmentTarget(ready: boolean) {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = ready && id ? document.getElementById(id) : null;
    if (!target) return;
    target.tabIndex = -1;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }, [ready]);
}

export default function RegisterPage() {
  const { t, lang } = useTranslations(registerTranslations);
  usePageTitle(t("title"));
  const { state, retry } = useRegister();
  useFragmentTarget(state.status === "ready");
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <p>{t("law")}</p>
      <ul class="register-links">
        <li><a href={REGISTER_URL}>{t("json")}</a></li>
        <li><a href="/modeles">{t("modelsPage")}</a></li>
      </ul>
      {state.status === "loading" && <p class="loading" role="status">{t("loading")}</p>}
      {state.status === "failed" && (
        <div class="notice notice-error" role="alert">
          <p>{t("loadError")}</p>
          <button type="button" onClick={retry}>{t("retry")}</button>
        </div>
      )}
      {state.status === "ready" && (
        <>
          <p>{t("lastChange", { date: longDate(state.register.lastChangeDate, lang) })}</p>
          <nav aria-label={t("contents")} class="register-contents">
            <ul>
              {state.register.entries.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>{inLanguage(entry.name, lang)}</a>
                  <ul>
                    {entry.models.map((m) => <li key={m.id}><a href={`#modele-${m.id}`}>{inLanguage(m.name, lang)}</a></li>)}
                  </ul>
                </li>
              ))}
            </ul>
          </nav>
          {state.register.entries.map((entry) => <EntrySection key={entry.id} entry={entry} />)}
        </>
      )}
    </>
  );
}
