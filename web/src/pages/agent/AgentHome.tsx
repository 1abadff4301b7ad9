// Entry of the agent console: sign-in (the city's account through Cloudflare Access; the pasted token only where
// the server offers it, in development), then the workspaces the agent's roles open, and the ops and auditor
// panels.
import type { Role } from "../../../../domain/contracts/roles";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { Link } from "../../app/navigation";
import { useStore } from "../../app/store";
import { usePageTitle } from "../../app/title";
import { agentSession } from "../../api/session";
import { signInState, useAgentSession } from "../../api/sign-in";
import { AuditPanel } from "./AuditPanel";
import { DeadEventsPanel } from "./DeadEventsPanel";
import { LoginForm } from "./LoginForm";
import { agentTranslations } from "./translations";

/** Each workspace and the roles it opens to (ops import sales files; the cases stay with tax agents). */
const consoles = [
  { roles: ["heat-agent"], href: "/agent/canicule", label: "heatConsole" },
  { roles: ["tax-agent", "ops"], href: "/agent/ventes", label: "salesConsole" },
  { roles: ["social-agent"], href: "/agent/droits", label: "rightsConsole" },
  { roles: ["requests-agent"], href: "/agent/demandes", label: "requestsConsole" },
] as const satisfies readonly { roles: readonly Role[]; href: string; label: string }[];

export default function AgentHome() {
  const { t, lang } = useTranslations(agentTranslations);
  const session = useAgentSession();
  const signIn = useStore(signInState);
  usePageTitle(t("title"));
  if (!session) {
    return (
      <>
        <h1>{t("title")}</h1>
        {!signIn.checked ? (
          <p role="status">{t("checkingSession")}</p>
        ) : signIn.tokenSignIn ? (
          <LoginForm />
        ) : (
          <>
            <p>{t("accessIntro")}</p>
            {signIn.refusal && <p class="field-error" role="alert">{t("signInRefused", { message: signIn.refusal })}</p>}
            <a href="/agent">{t("accessSignIn")}</a>
          </>
        )}
      </>
    );
  }
  const mine = consoles.filter((c) => c.roles.some((role: Role) => session.roles.includes(role)));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t("signedInAs", {
          agent: session.agent,
          roles: session.roles.join(", "),
          expires: dateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" }).format(session.expiresAt),
        })}{" "}
        {session.via === "access" ? (
          <a href="/cdn-cgi/access/logout">{t("signOut")}</a>
        ) : (
          <button type="button" class="button-secondary" onClick={() => agentSession.set(null)}>{t("signOut")}</button>
        )}
      </p>
      <h2>{t("consoles")}</h2>
      {mine.length ? (
        <ul>{mine.map((c) => <li key={c.href}><Link href={c.href}>{t(c.label)}</Link></li>)}</ul>
      ) : (
        <p>{t("noConsole")}</p>
      )}
      <p><a href="/api/docs">{t("apiDocs")}</a></p>
      {session.roles.includes("ops") && <DeadEventsPanel />}
      {session.roles.includes("auditor") && <AuditPanel />}
    </>
  );
}
