// The agent's session in this tab: the bearer token (kept in sessionStorage, gone when the tab closes)
// and what its payload says (roles, expiry). The server verifies the token; the page only reads it.
import { isRole, type Role } from "../../../domain/contracts/roles";
import { createStore } from "../app/store";

export interface AgentSession {
  token: string;
  agent: string;
  roles: Role[];
  expiresAt: number;
}

export function readToken(token: string): AgentSession | null {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as { sub?: string; roles?: unknown; exp?: number };
    // The Worker refuses a token naming a role it does not know: so does the page.
    if (!payload.sub || !Array.isArray(payload.roles) || !payload.roles.every(isRole) || typeof payload.exp !== "number") return null;
    if (payload.exp * 1000 < Date.now()) return null;
    return { token, agent: payload.sub, roles: payload.roles, expiresAt: payload.exp * 1000 };
  } catch {
    return null;
  }
}

const KEY = "recoque.agentToken";
const stored = (() => {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
})();

export const agentSession = createStore<AgentSession | null>(stored ? readToken(stored) : null);

agentSession.subscribe(() => {
  try {
    const session = agentSession.get();
    if (session) sessionStorage.setItem(KEY, session.token);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage unavailable: the session lasts while the page is open */
  }
});
