// A citizen request as stored (one row of `requests`), what an agent sees of it, and the placeholders'
// mapping kept in the row itself. The mapping (placeholder → original value) and the sender's address are
// shown only to the agent the request is assigned to; everyone else sees the pseudonymised text.
import type { Office, Theme } from "../../../domain/requests/labels";
import type { MappingEntry } from "../../../domain/requests/pseudonymise";
import type { FicheCitation } from "../../../domain/requests/fiches";
import { dueAt } from "../../../domain/requests/services";
import type { RoutingProposal } from "../../../models/request-routing/propose";
import type { Channel, RequestStatus } from "../../../domain/requests/statuses";

export interface Attachment {
  name: string;
  type: string;
  bytes: number;
}

/** The model's proposal as kept with the request (and in the audit log). */
export interface StoredProposal extends RoutingProposal {
  modelId: string;
  modelVersion: string;
  inputHash: string;
  at: string;
}

export interface RequestRow {
  id: string;
  channel: Channel;
  received_at: string;
  subject: string;
  body: string;
  attachments: string;
  mapping: string | null;
  reply_to: string | null;
  secret_hash: string | null;
  raw_key: string | null;
  status: RequestStatus;
  service: Office | null;
  theme: Theme | null;
  confirmed: number;
  assigned_to: string | null;
  proposal: string | null;
  fiches: string | null;
  reply: string | null;
  updated_at: string;
  answered_at: string | null;
  reminded_at: string | null;
}

const parse = <T>(json: string | null, fallback: T): T => (json === null ? fallback : (JSON.parse(json) as T));

/** The mapping entries of a request (empty once purged). */
export const rowMapping = (row: RequestRow): MappingEntry[] => parse(row.mapping, []);

/** The request as an agent sees it; the personal values only for the agent it is assigned to. */
export function requestView(row: RequestRow, agentId: string, now = new Date()) {
  const owner = row.assigned_to === agentId;
  const due = row.service ? dueAt(row.received_at, row.service) : null;
  return {
    id: row.id,
    channel: row.channel,
    receivedAt: row.received_at,
    subject: row.subject,
    body: row.body,
    attachments: parse<Attachment[]>(row.attachments, []),
    placeholders: rowMapping(row).map((m) => ({ placeholder: m.placeholder, label: m.label, value: owner ? m.value : null })),
    replyTo: owner ? row.reply_to : null,
    status: row.status,
    service: row.service,
    theme: row.theme,
    confirmed: row.confirmed === 1,
    assignedTo: row.assigned_to,
    proposal: parse<StoredProposal | null>(row.proposal, null),
    fiches: parse<FicheCitation[]>(row.fiches, []),
    reply: row.reply,
    dueAt: due,
    overdue: due !== null && row.status !== "answered" && due < now.toISOString(),
    answeredAt: row.answered_at,
    remindedAt: row.reminded_at,
  };
}

export type RequestView = ReturnType<typeof requestView>;

export async function getRequest(db: D1Database, id: string): Promise<RequestRow | null> {
  return db.prepare("SELECT * FROM requests WHERE id = ?1").bind(id).first<RequestRow>();
}

export interface NewRequest {
  id: string;
  channel: Channel;
  receivedAt: string;
  subject: string;
  body: string;
  attachments: Attachment[];
  mapping: MappingEntry[];
  replyTo: string | null;
  secretHash: string | null;
  rawKey: string | null;
}

/** Inserts a received request (a delivery of the same id again inserts nothing). */
export function insertRequest(db: D1Database, r: NewRequest): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR IGNORE INTO requests (id, channel, received_at, subject, body, attachments, mapping, reply_to, secret_hash, raw_key, status, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'received', ?3)`,
    )
    .bind(r.id, r.channel, r.receivedAt, r.subject, r.body, JSON.stringify(r.attachments), JSON.stringify(r.mapping), r.replyTo, r.secretHash, r.rawKey);
}

/** A new request id: "req_" and 20 random hex digits. */
export const newRequestId = () => `req_${[...crypto.getRandomValues(new Uint8Array(10))].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
