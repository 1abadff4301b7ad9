// A text pseudonymised and routed at the edge in one request, nothing stored: for an agent checking a
// message read elsewhere (and the measure of both models at the edge, bench/requests.ts). The proposal is
// audited like every other (model, hash of the masked text, output), after the answer (waitUntil); the
// values found are not returned.
import type { ActingAgent } from "../platform/auth";
import { withAudit } from "../platform/audit";
import { sha256Hex } from "../platform/hash";
import { pseudonymiseAtEdge, routeAtEdge } from "./models";

export async function analyse(env: Env, ctx: Pick<ExecutionContext, "waitUntil">, agent: ActingAgent, text: string) {
  const masked = await pseudonymiseAtEdge(text);
  const { proposals, model } = await routeAtEdge([masked.text]);
  const inputHash = await sha256Hex(masked.text);
  const [proposal] = proposals;
  // Nothing is stored with it, so the audit entry need not share a batch: it is appended after the answer.
  ctx.waitUntil(
    withAudit(env.DB, [
      { actor: agent.id, role: agent.role, action: "requests.analysed", modelId: model.id, modelVersion: model.version, inputHash, output: proposal },
    ]),
  );
  const placeholders = [...new Map(masked.replacements.map((r) => [r.placeholder, { placeholder: r.placeholder, label: r.label }])).values()];
  return { text: masked.text, placeholders, proposal: { ...proposal, modelId: model.id, modelVersion: model.version, inputHash } };
}
