// The consumer's work on a received request: an e-mail is read from R2, parsed and pseudonymised (the row
// is created only then, so nothing unmasked is ever stored in D1); then every request gets its routing
// proposal (theme, where to go, top 3 of each) and its 3 most relevant fiches, audited with the model id
// and version, the input hash and the output. Idempotent: a request already routed is left as it is.
import { relevantFiches } from "../../../domain/requests/fiches";
import { SYSTEM_ACTOR, withAudit, type AuditEntry } from "../platform/audit";
import { sha256Hex } from "../platform/hash";
import { pseudonymiseNames } from "./intake";
import { parseEmail } from "./mime";
import { routeAtEdge } from "./models";
import { pseudonymiseRequest, type KnownValue } from "./pseudonymisation";
import { getRequest, insertRequest, type RequestRow, type StoredProposal } from "./records";
import type { Channel } from "../../../domain/requests/statuses";

export interface ReceivedPayload {
  requestId: string;
  channel: Channel;
  rawKey?: string;
  receivedAt: string;
}

async function storeEmail(env: Env, { requestId, rawKey, receivedAt }: ReceivedPayload): Promise<RequestRow | null> {
  const object = rawKey ? await env.UPLOADS.get(rawKey) : null;
  if (!object) return null;
  const email = await parseEmail(await object.arrayBuffer());
  const known: KnownValue[] = [
    ...(email.from ? [{ label: "EMAIL" as const, value: email.from }] : []),
    ...(email.fromName ? [{ label: "PER" as const, value: email.fromName }] : []),
  ];
  const result = await pseudonymiseRequest(requestId, email.subject, email.text, known);
  await withAudit(env.DB, [result.audit], [
    insertRequest(env.DB, {
      id: requestId, channel: "email", receivedAt, subject: result.subject, body: result.body,
      attachments: pseudonymiseNames(email.attachments, result.mapping), mapping: result.mapping,
      replyTo: email.from, secretHash: null, rawKey: rawKey ?? null,
    }),
  ]);
  return getRequest(env.DB, requestId);
}

/** The proposal and fiches for a request's current (pseudonymised) text, and the audit entry recording them. */
export async function proposalFor(row: RequestRow): Promise<{ proposal: StoredProposal; fiches: Awaited<ReturnType<typeof relevantFiches>>; audit: AuditEntry }> {
  const text = `${row.subject}\n${row.body}`;
  const { proposals, model } = await routeAtEdge([text]);
  const fiches = await relevantFiches(text, proposals[0].theme);
  const inputHash = await sha256Hex(text);
  const proposal: StoredProposal = { ...proposals[0], modelId: model.id, modelVersion: model.version, inputHash, at: new Date().toISOString() };
  const { theme, whereToGo, top3, themeTop3 } = proposal;
  return {
    proposal,
    fiches,
    audit: {
      ...SYSTEM_ACTOR,
      action: "requests.proposal",
      subjectKind: "request",
      subjectId: row.id,
      modelId: model.id,
      modelVersion: model.version,
      inputHash,
      output: { theme, whereToGo, top3, themeTop3, fiches: fiches.map((f) => f.id) },
    },
  };
}

export async function routeRequest(env: Env, row: RequestRow): Promise<void> {
  const { proposal, fiches, audit } = await proposalFor(row);
  await withAudit(env.DB, [audit], [
    env.DB.prepare(
      "UPDATE requests SET status = 'new', service = ?2, theme = ?3, proposal = ?4, fiches = ?5, updated_at = ?6 WHERE id = ?1 AND status = 'received'",
    ).bind(row.id, proposal.whereToGo, proposal.theme, JSON.stringify(proposal), JSON.stringify(fiches), proposal.at),
  ]);
}

export async function handleReceived(env: Env, payload: ReceivedPayload): Promise<void> {
  let row = await getRequest(env.DB, payload.requestId);
  if (!row && payload.channel === "email") row = await storeEmail(env, payload);
  if (row?.status === "received") await routeRequest(env, row);
}
