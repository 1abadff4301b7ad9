// Helpers of the Worker tests: requests through the real Worker entry, called in-process (the `exports`
// service binding slows down with every request served), and agent tokens signed with the test secret.
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../workers/src/index";
import type { Role } from "../../domain/contracts/roles";
import { signAgentToken } from "../../workers/src/platform/auth";

export const BASE = "http://127.0.0.1:8787";

export function tokenFor(...roles: Role[]): Promise<string> {
  return signAgentToken({ id: `test.${roles.join("+")}`, roles }, env.JWT_SECRET);
}

export async function call(path: string, init: RequestInit & { role?: Role; json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.role) headers.set("Authorization", `Bearer ${await tokenFor(init.role)}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  return worker.fetch(new Request(`${BASE}${path}`, { ...init, headers, body }), env, createExecutionContext());
}

/** Empties the audit log as the retention purge would: the anchor moves to the newest entry, then the log is
 * cleared up to it (the log refuses any other deletion). The next entries chain on from the anchor. */
export async function restartAuditChain(): Promise<void> {
  await env.DB.batch([
    env.DB.prepare("UPDATE audit_anchor SET (seq, hash) = (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) WHERE id = 1 AND EXISTS (SELECT 1 FROM audit_log)"),
    env.DB.prepare("DELETE FROM audit_log"),
  ]);
}
