// Requests to the Worker in-process, inside workerd: the Worker's own `fetch` with the test bindings and an
// execution context whose background work is awaited. (`exports.default.fetch` slows down with every request
// it has served in a test file — cloudflare/workers-sdk#15446 — which thousands of fuzzed requests cannot afford.)
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../../workers/src/index";
import type { Role } from "../../../domain/contracts/roles";
import { signAgentToken } from "../../../workers/src/platform/auth";

export const ORIGIN = "http://recoque.test";

export async function inProcess(request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const tokens = new Map<Role, Promise<string>>();

/** A bearer token for one role (signed once per test file). */
export function bearer(role: Role): Promise<string> {
  let token = tokens.get(role);
  if (!token) tokens.set(role, (token = signAgentToken({ id: `trust.${role}`, roles: [role] }, env.JWT_SECRET)));
  return token;
}
