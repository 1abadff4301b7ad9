// Token sign-in for agents, in development only (the page shows it when the server offers it): the token is
// checked for shape and expiry here, and by the API on each call.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { agentSession, readToken } from "../../api/session";
import { agentTranslations } from "./translations";

export function LoginForm() {
  const { t } = useTranslations(agentTranslations);
  const [error, setError] = useState(false);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget as HTMLFormElement).get("token") ?? "").trim();
    const session = readToken(token);
    setError(!session);
    if (session) agentSession.set(session);
  };
  return (
    <form onSubmit={onSubmit} noValidate class="stack">
      <p>{t("loginIntro")}</p>
      <div class="field">
        <label for="token">{t("tokenLabel")}</label>
        <p class="hint" id="token-hint">{t("tokenHint")}</p>
        <textarea
          id="token"
          name="token"
          rows={3}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={error ? "token-hint token-error" : "token-hint"}
          aria-invalid={error}
          required
        />
        {error && <p class="field-error" id="token-error">{t("invalidToken")}</p>}
      </div>
      <button type="submit">{t("signIn")}</button>
    </form>
  );
}
