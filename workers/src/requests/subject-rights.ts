// Access and erasure for the person a request is about: a form's sender with the request's id and the
// secret given on sending it; anyone else (an e-mail's or a letter's sender) through an agent, who
// exports or erases the request on their demand. Erasure removes the row, its correction and its raw
// e-mail, and is audited (the audit entry holds the request id only).
import { withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { sameText, sha256Hex } from "../platform/hash";
import { getRequest, requestView, rowMapping, type RequestRow } from "./records";
import { eraseStatements } from "./retention";

export const SECRET_HEADER = "X-Request-Secret";

/** The request if `secret` is its secret; the same 404 otherwise, so ids cannot be probed. */
export async function authorizedRequest(db: D1Database, id: string, secret: string | undefined): Promise<RequestRow> {
  const row = await getRequest(db, id);
  if (!row || !row.secret_hash || !secret || !sameText(await sha256Hex(secret), row.secret_hash)) {
    throw new ApiError("not_found", "No request matches this number and secret.");
  }
  return row;
}

/** Everything held about the request, personal values included (the person's own data). */
export async function exportRequest(db: D1Database, row: RequestRow) {
  const correction = await db.prepare("SELECT theme, office, reviewed_at FROM requests_corrections WHERE request_id = ?1").bind(row.id).first();
  const { placeholders, ...request } = requestView(row, row.assigned_to ?? "");
  return { ...request, personalData: rowMapping(row), replyTo: row.reply_to, review: correction, rawMessageKept: row.raw_key !== null };
}

export async function eraseRequest(env: Env, row: RequestRow, actor: { actor: string; role: string }): Promise<Record<string, number>> {
  const [corrections, requests] = await withAudit(
    env.DB,
    [{ ...actor, action: "requests.erased", subjectKind: "request", subjectId: row.id, output: { channel: row.channel } }],
    eraseStatements(env.DB, row.id),
  );
  if (row.raw_key) await env.UPLOADS.delete(row.raw_key);
  return { requests: requests.meta.changes, requests_corrections: corrections.meta.changes, raw_messages: row.raw_key ? 1 : 0 };
}
