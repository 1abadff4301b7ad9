// The heat register: registration with explicit consent (the personal secret is returned once and stored as
// its SHA-256 only), access to one's own data with the secret (see, export), renewal for the next season, and
// erasure everywhere — register, calls, outcomes, follow-ups, outbox and the provider's record — in one batch.
// A person who registers during an open alert is scored and messaged at once.
import { DAY_MS } from "../../../domain/time/days";
import { publish } from "../events/publish";
import { withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { sha256Hex } from "../platform/hash";
import { openEpisode } from "./episodes";
import type { Registration, RegistrationCreated, RegistrationExport } from "../../../domain/contracts/heat-registration";
import type { CallStatus, FollowUpKind, FollowUpTeam, Outcome } from "../../../domain/heat/calls";
import type { SharedFactors } from "../../../domain/heat/register-factors";
import type { Channel, MessageKind, OutboxStatus } from "../../../domain/heat/warnings";
import { messageFor } from "./warning-texts";
import { randomToken, REGISTER_DEPARTEMENT } from "./ids";
import { chunkEvent } from "./rounds";
import { RENEWAL_WINDOW_DAYS, renewedExpiry, seasonEnd } from "./season";

/** Version of the consent text the person accepted (the text itself is on the /canicule page). */
const CONSENT_VERSION = "heat-register-consent-2026-1";

const CITIZEN = { actor: "citizen", role: "public" } as const;

interface RegistrationRow {
  seq: number;
  id: string;
  secret_hash: string;
  name: string;
  phone: string | null;
  email: string | null;
  channels: string;
  arrondissement: number;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  factors: string;
  consent_text: string;
  consent_at: string;
  created_at: string;
  expires_at: string;
  renewed_at: string | null;
}

/** Tables holding data about a registered person, in the order erasure deletes them. */
const PERSONAL_TABLES = ["heat_calls", "heat_call_outcomes", "heat_followups", "heat_outbox", "heat_messages"] as const;

export async function register(env: Env, registration: Registration, now = new Date()): Promise<RegistrationCreated> {
  const db = env.DB;
  const id = `reg-${randomToken(12)}`;
  const secret = randomToken(24);
  const expiresAt = seasonEnd(now).toISOString();
  const at = now.toISOString();
  const [inserted] = await withAudit(
    db,
    [{ ...CITIZEN, action: "heat.registration-created", subjectKind: "heat-registration", subjectId: id, output: { expiresAt, consent: CONSENT_VERSION } }],
    [
      db.prepare(
        `INSERT INTO heat_registrations (id, secret_hash, input_salt, name, phone, email, channels, arrondissement, address,
         contact_name, contact_phone, factors, consent_text, consent_at, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15) RETURNING seq`,
      ).bind(
        id, await sha256Hex(secret), randomToken(16), registration.name, registration.phone ?? null, registration.email ?? null,
        JSON.stringify(registration.channels), registration.arrondissement, registration.address || null,
        registration.contact?.name ?? null, registration.contact?.phone ?? null, JSON.stringify(registration.factors), CONSENT_VERSION, at, expiresAt,
      ),
    ],
    () => now,
  );
  const seq = (inserted.results[0] as { seq: number }).seq;
  const episode = await openEpisode(db, REGISTER_DEPARTEMENT);
  if (episode) {
    // The registration is stored: its secret must reach the person even if the queue is down (the episode's next
    // round then scores and warns them).
    await publish(env.EVENTS, chunkEvent(episode.id, episode.current_round, seq, seq + 1)).catch((error: unknown) => {
      console.error(`registration ${id} stored but not queued for scoring (the next call round will score it):`, error);
    });
  }
  return { id, secret, expiresAt, alertUnderWay: episode !== null };
}

/** The registration if `secret` is its secret; the same 404 otherwise, so ids cannot be probed. */
export async function authorizedRegistration(db: D1Database, id: string, secret: string | undefined): Promise<RegistrationRow> {
  const row = await db.prepare("SELECT * FROM heat_registrations WHERE id = ?1").bind(id).first<RegistrationRow>();
  if (!row || !secret || !sameText(await sha256Hex(secret), row.secret_hash)) {
    throw new ApiError("not_found", "No registration matches this number and secret.");
  }
  return row;
}

function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Everything the register holds about the person: what GET returns and the export downloads. */
export async function exportRegistration(db: D1Database, row: RegistrationRow): Promise<RegistrationExport> {
  const [calls, outcomes, followups, messages] = await db.batch([
    db.prepare("SELECT episode_id, round, risk, status, created_at FROM heat_calls WHERE registration_id = ?1 ORDER BY created_at").bind(row.id),
    db.prepare("SELECT outcome, note, recorded_at FROM heat_call_outcomes WHERE registration_id = ?1 ORDER BY recorded_at").bind(row.id),
    db.prepare("SELECT kind, team, reason, created_at FROM heat_followups WHERE registration_id = ?1 ORDER BY created_at").bind(row.id),
    db.prepare("SELECT kind, channel, recipient, day, status, created_at, sent_at FROM heat_outbox WHERE registration_id = ?1 ORDER BY created_at").bind(row.id),
  ]);
  return {
    registration: {
      id: row.id,
      name: row.name,
      phone: row.phone,
      email: row.email,
      channels: JSON.parse(row.channels) as Channel[],
      arrondissement: row.arrondissement,
      address: row.address,
      contact: row.contact_name ? { name: row.contact_name, phone: row.contact_phone } : null,
      factors: JSON.parse(row.factors) as SharedFactors,
      consent: { version: row.consent_text, at: row.consent_at },
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      renewedAt: row.renewed_at,
    },
    calls: (calls.results as { episode_id: string; round: number; risk: number; status: CallStatus; created_at: string }[]).map((c) => ({
      episodeId: c.episode_id, round: c.round, risk: c.risk, status: c.status, createdAt: c.created_at,
    })),
    outcomes: (outcomes.results as { outcome: Outcome; note: string | null; recorded_at: string }[]).map((o) => ({ outcome: o.outcome, note: o.note, recordedAt: o.recorded_at })),
    followups: (followups.results as { kind: FollowUpKind; team: FollowUpTeam; reason: Outcome; created_at: string }[]).map((f) => ({ kind: f.kind, team: f.team, reason: f.reason, createdAt: f.created_at })),
    messages: (messages.results as { kind: MessageKind; channel: Channel; recipient: string; day: string; status: OutboxStatus; created_at: string; sent_at: string | null }[]).map((m) => ({
      kind: m.kind, channel: m.channel, recipient: m.recipient, ...messageFor(m.kind, m.channel, m.day), status: m.status, createdAt: m.created_at, sentAt: m.sent_at,
    })),
  };
}

/** Erases the person everywhere, in one batch; returns how many rows went from each table. */
export async function erase(db: D1Database, id: string, now = new Date()): Promise<Record<string, number>> {
  const tables = [...PERSONAL_TABLES, "heat_registrations"] as const;
  const results = await withAudit(
    db,
    [{ ...CITIZEN, action: "heat.registration-erased", subjectKind: "heat-registration", subjectId: id, output: { erased: tables } }],
    tables.map((table) => db.prepare(`DELETE FROM ${table} WHERE ${table === "heat_registrations" ? "id" : "registration_id"} = ?1`).bind(id)),
    () => now,
  );
  return Object.fromEntries(tables.map((table, i) => [table, results[i].meta.changes]));
}

export async function renew(db: D1Database, row: RegistrationRow, now = new Date()): Promise<string> {
  const current = new Date(row.expires_at);
  if (current.getTime() - now.getTime() > RENEWAL_WINDOW_DAYS * DAY_MS) {
    throw new ApiError("conflict", `This registration already runs until ${row.expires_at}: it can be renewed from ${RENEWAL_WINDOW_DAYS} days before.`);
  }
  const expiresAt = renewedExpiry(current).toISOString();
  await withAudit(
    db,
    [{ ...CITIZEN, action: "heat.registration-renewed", subjectKind: "heat-registration", subjectId: row.id, output: { expiresAt } }],
    [db.prepare("UPDATE heat_registrations SET expires_at = ?2, renewed_at = ?3 WHERE id = ?1").bind(row.id, expiresAt, now.toISOString())],
    () => now,
  );
  return expiresAt;
}
