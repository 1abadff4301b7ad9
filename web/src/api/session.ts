// The agent's session in this tab. In production Cloudflare Access signs the agent in with the city's account
// and the API says who it is (GET /api/v1/agent/session, asked once per page load); in development only, a
// pasted bearer token (kept in sessionStorage, gone when the tab closes) whose payload the page reads. The
// server verifies every call either way; the page only shows what it is told.
import { useEffect } from "preact/hooks";
import { isRole, type Role } from "../../../domain/contracts/roles";
import type { AgentSessionBody, SignInMethod } from "../../../domain/contracts/session";
import { createStore, useStore } from "../app/store";

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

/** What the server said about signing in: not asked yet, or whether the token form is offered and, when the
 * sign-in was refused, the API's reason. */
export type SignInState = { checked: false } | { checked: true; tokenSignIn: boolean; refusal?: string };
export const signInState = createStore<SignInState>({ checked: false });

let asked: Promise<void> | undefined;

async function askServer(): Promise<void> {
  const token = agentSession.get()?.token;
  try {
    const response = await fetch("/api/v1/agent/session", { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: "same-origin" });
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
      agentSession.set(null);
      signInState.set({ checked: true, tokenSignIn: false, refusal: body?.error?.message ?? response.statusText });
      return;
    }
    const { agent, tokenSignIn } = (await response.json()) as AgentSessionBody;
    agentSession.set(agent ? { agent: agent.id, roles: agent.roles, expiresAt: agent.expiresAt, via: agent.via, ...(agent.via === "token" ? { token } : {}) } : null);
    signInState.set({ checked: true, tokenSignIn });
  } catch {
    /* offline: the pages keep what they know; every call will say the network is down */
    signInState.set({ checked: true, tokenSignIn: false });
  }
}

/** The agent's session, asking the server once per page load who is signed in (agent pages only: citizens' pages
 * never call this). */
export function useAgentSession(): AgentSession | null {
  useEffect(() => {
    asked ??= askServer();
  }, []);
  return useStore(agentSession);
}
