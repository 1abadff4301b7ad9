// The agents' work on requests: the inbox of a service by status, taking or handing a request to a
// colleague, sending it to another service in one click, confirming or correcting the proposal (the
// correction kept, pseudonymised, as labelled data), correcting the pseudonymisation (then the proposal is
// made again), marking it waiting for the citizen, and recording the reply the agent sends. Every human
// action is audited.
import type { Office, Theme } from "../../../domain/requests/labels";
import { withAutomatedNotice } from "../../../domain/requests/mention";
import { correctSpans, CorrectionError, type SpanCorrection } from "../../../domain/requests/pseudonymise";
import type { ActingAgent } from "../platform/auth";
import { withAudit, type AuditEntry } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { sha256Hex } from "../platform/hash";
import { proposalFor } from "./pipeline";
import { getRequest, rowMapping, type RequestRow, type StoredProposal } from "./records";
import type { RequestStatus } from "../../../domain/requests/statuses";

const humanEntry = (agent: ActingAgent, action: string, id: string, output: unknown): AuditEntry => ({
  actor: agent.id,
  role: agent.role,
  action,
  subjectKind: "request",
  subjectId: id,
  output,
});

export async function requireRequest(db: D1Database, id: string): Promise<RequestRow> {
  const row = await getRequest(db, id);
  if (!row) throw new ApiError("not_found", "No request with this id.");
  return row;
}

function requireRouted(row: RequestRow): void {
  if (row.status === "received") throw new ApiError("conflict", "The request is still being pseudonymised and routed: try again in a moment.");
}

export interface InboxQuery {
  service?: Office;
  status?: RequestStatus;
  limit: number;
  offset: number;
}

export async function listInbox(db: D1Database, q: InboxQuery): Promise<{ rows: RequestRow[]; total: number }> {
  const where = "(?1 IS NULL OR service = ?1) AND (?2 IS NULL OR status = ?2) AND status <> 'received'";
  const [page, count] = await db.batch([
    db.prepare(`SELECT * FROM requests WHERE ${where} ORDER BY received_at LIMIT ?3 OFFSET ?4`).bind(q.service ?? null, q.status ?? null, q.limit, q.offset),
    db.prepare(`SELECT count(*) AS n FROM requests WHERE ${where}`).bind(q.service ?? null, q.status ?? null),
  ]);
  return { rows: page.results as unknown as RequestRow[], total: (count.results[0] as { n: number }).n };
}

/** Assigns the request to `assignee` (the agent, or a colleague): status "assigned". */
export async function assign(db: D1Database, agent: ActingAgent, row: RequestRow, assignee: string): Promise<void> {
  requireRouted(row);
  if (row.status === "answered") throw new ApiError("conflict", "The request is already answered.");
  await withAudit(db, [humanEntry(agent, "requests.assigned", row.id, { assignee: assignee === agent.id ? "self" : "colleague" })], [
    db.prepare("UPDATE requests SET assigned_to = ?2, status = 'assigned', updated_at = ?3 WHERE id = ?1").bind(row.id, assignee, new Date().toISOString()),
  ]);
}

/** Sends the request to another service's inbox, unassigned. */
export async function reassign(db: D1Database, agent: ActingAgent, row: RequestRow, service: Office): Promise<void> {
  requireRouted(row);
  await withAudit(db, [humanEntry(agent, "requests.reassigned", row.id, { from: row.service, to: service })], [
    db.prepare("UPDATE requests SET service = ?2, assigned_to = NULL, status = 'new', updated_at = ?3 WHERE id = ?1").bind(row.id, service, new Date().toISOString()),
  ]);
}

export async function markWaiting(db: D1Database, agent: ActingAgent, row: RequestRow): Promise<void> {
  requireRouted(row);
  if (row.status === "answered") throw new ApiError("conflict", "The request is already answered.");
  await withAudit(db, [humanEntry(agent, "requests.waiting", row.id, {})], [
    db.prepare("UPDATE requests SET status = 'waiting', updated_at = ?2 WHERE id = ?1").bind(row.id, new Date().toISOString()),
  ]);
}

/** Confirms or corrects the theme and office; the example is kept (pseudonymised) for the next training. */
export async function review(db: D1Database, agent: ActingAgent, row: RequestRow, choice: { theme: Theme; whereToGo: Office }): Promise<{ corrected: boolean }> {
  requireRouted(row);
  const proposal = JSON.parse(row.proposal!) as StoredProposal;
  const corrected = proposal.theme !== choice.theme || proposal.whereToGo !== choice.whereToGo;
  const now = new Date().toISOString();
  await withAudit(
    db,
    [{ ...humanEntry(agent, corrected ? "requests.corrected" : "requests.confirmed", row.id, choice), modelId: proposal.modelId, modelVersion: proposal.modelVersion, inputHash: proposal.inputHash }],
    [
      db.prepare("UPDATE requests SET theme = ?2, service = ?3, confirmed = 1, updated_at = ?4 WHERE id = ?1").bind(row.id, choice.theme, choice.whereToGo, now),
      db
        .prepare(
          `INSERT INTO requests_corrections (request_id, text, model_id, model_version, proposed_theme, proposed_office, theme, office, corrected, reviewed_by, reviewed_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
           ON CONFLICT (request_id) DO UPDATE SET text = excluded.text, model_id = excluded.model_id, model_version = excluded.model_version,
             proposed_theme = excluded.proposed_theme, proposed_office = excluded.proposed_office, theme = excluded.theme, office = excluded.office,
             corrected = excluded.corrected, reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at`,
        )
        .bind(row.id, `${row.subject}\n${row.body}`, proposal.modelId, proposal.modelVersion, proposal.theme, proposal.whereToGo, choice.theme, choice.whereToGo, corrected ? 1 : 0, agent.id, now),
    ],
  );
  return { corrected };
}

function applyCorrection(text: string, row: RequestRow, correction: SpanCorrection) {
  try {
    return correctSpans(text, rowMapping(row), correction);
  } catch (error) {
    if (error instanceof CorrectionError) throw new ApiError("validation_failed", "The correction does not apply to this request.", [{ field: error.field, message: error.message }]);
    throw error;
  }
}

/** Applies the agent's span corrections, then proposes again (unless the agent already confirmed the routing). */
export async function correctPseudonymisation(env: Env, agent: ActingAgent, row: RequestRow, correction: SpanCorrection): Promise<RequestRow> {
  requireRouted(row);
  if (row.mapping === null && correction.unmask.length > 0) throw new ApiError("conflict", "The mapping of this request has been purged.");
  const combined = applyCorrection(`${row.subject}\n${row.body}`, row, correction);
  const newline = combined.text.indexOf("\n");
  const updated: RequestRow = { ...row, subject: combined.text.slice(0, newline), body: combined.text.slice(newline + 1), mapping: JSON.stringify(combined.mapping) };
  const entries: AuditEntry[] = [humanEntry(agent, "requests.pseudonymisation-corrected", row.id, { masked: correction.mask.map((m) => m.label), unmasked: correction.unmask.length })];
  const now = new Date().toISOString();
  const statements = [
    env.DB.prepare("UPDATE requests SET subject = ?2, body = ?3, mapping = ?4, updated_at = ?5 WHERE id = ?1").bind(row.id, updated.subject, updated.body, updated.mapping, now),
  ];
  if (!row.confirmed) {
    const { proposal, fiches, audit } = await proposalFor(updated);
    entries.push(audit);
    statements.push(
      env.DB.prepare("UPDATE requests SET proposal = ?2, fiches = ?3, theme = ?4, service = ?5 WHERE id = ?1").bind(row.id, JSON.stringify(proposal), JSON.stringify(fiches), proposal.theme, proposal.whereToGo),
    );
  }
  await withAudit(env.DB, entries, statements);
  return (await getRequest(env.DB, row.id))!;
}

/** Records the reply the agent sends (pseudonymised, as the agent wrote it with placeholders): "answered". */
export async function recordAnswer(db: D1Database, agent: ActingAgent, row: RequestRow, text: string): Promise<void> {
  requireRouted(row);
  // AI Act Art. 50: the person is always told the reply was prepared with an automated tool.
  const reply = withAutomatedNotice(text);
  if (row.assigned_to !== agent.id) throw new ApiError("conflict", "Only the agent the request is assigned to may answer it: take it first.");
  const now = new Date().toISOString();
  await withAudit(db, [{ ...humanEntry(agent, "requests.answered", row.id, { replyHash: await sha256Hex(reply) }) }], [
    db.prepare("UPDATE requests SET reply = ?2, status = 'answered', answered_at = ?3, updated_at = ?3 WHERE id = ?1").bind(row.id, reply, now),
  ]);
}
