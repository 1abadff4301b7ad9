// Who is signed in, as the server says (GET /api/v1/agent/session, asked once per page load through the API
// client): the agent's session in this tab (./session.ts), and whether the token form is offered or why the sign-in
// was refused. Agent pages only: citizens' pages never call this.
import { useEffect } from "preact/hooks";
import type { AgentSessionBody } from "../../../domain/contracts/session";
import { createStore, useStore } from "../app/store";
import { api, ApiFailure } from "./client";
import { agentSession, type AgentSession } from "./session";

/** What the server said about signing in: not asked yet, or whether the token form is offered and, when the
 * sign-in was refused, the API's reason. */
export type SignInState = { checked: false } | { checked: true; tokenSignIn: boolean; refusal?: string };
export const signInState = createStore<SignInState>({ checked: false });

let asked: Promise<void> | undefined;

async function askServer(): Promise<void> {
  const token = agentSession.get()?.token;
  try {
    const { agent, tokenSignIn } = await api<AgentSessionBody>("/api/v1/agent/session");
    agentSession.set(agent ? { agent: agent.id, roles: agent.roles, expiresAt: agent.expiresAt, via: agent.via, ...(agent.via === "token" ? { token } : {}) } : null);
    signInState.set({ checked: true, tokenSignIn });
  } catch (error) {
    if (error instanceof ApiFailure && error.code !== "network") {
      agentSession.set(null);
      signInState.set({ checked: true, tokenSignIn: false, refusal: error.message });
    } else {
      /* offline: the pages keep what they know; every call will say the network is down */
      signInState.set({ checked: true, tokenSignIn: false });
    }
  }
}

/** The agent's session, asking the server once per page load who is signed in. */
export function useAgentSession(): AgentSession | null {
  useEffect(() => {
    asked ??= askServer();
  }, []);
  return useStore(agentSession);
}
