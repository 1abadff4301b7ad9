// The agent's session in this tab. In production Cloudflare Access signs the agent in with the city's account
// and the API says who it is (./sign-in.ts asks it once per page load); in development only, a
// pasted bearer token (kept in sessionStorage, gone when the tab closes) whose payload the page reads. The
// server verifies every call either way; the page only shows what it is told.
import { isRole, type Role } from "../../../domain/contracts/roles";
import type { SignInMethod } from "../../../domain/contracts/session";
import { createStore } from "../app/store";

export interface AgentSession {
  agent: string;
  roles: Role[];
  expiresAt: number;
  via: SignInMethod;
  /** The development token, sent as a bearer on each call; absent when Access signed the agent in. */
  token?: string;
}

export function readToken(token: string): AgentSession | null {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))) as { sub?: string; roles?: unknown; exp?: number };
    // The Worker refuses a token naming a role it does not know: so does the page.
    if (!payload.sub || !Array.isArray(payload.roles) || !payload.roles.every(isRole) || typeof payload.exp !== "number") return null;
    if (payload.exp * 1000 < Date.now()) return null;
    return { token, agent: payload.sub, roles: payload.roles, expiresAt: payload.exp * 1000, via: "token" };
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
    const token = agentSession.get()?.token;
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage unavailable: the session lasts while the page is open */
  }
});
