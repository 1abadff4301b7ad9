// The register: registration with explicit consent, by the person or by an agent of the 3975 line on their behalf;
// what the person keeps — a twelve-digit access code to note or be read over the phone (stored as a keyed hash),
// and a long secret the device keeps for them (stored as its SHA-256); access to one's own data (see, export) with
// either, or with a token from the access code or a one-time code (access.ts); renewal for the next seasons; and
// erasure everywhere — register, calls, outcomes, follow-ups, outbox, the provider's record and access codes — in
// one batch. A person who registers during an open alert of a hazard they chose is scored and messaged at once.
import { HAZARDS, type Hazard } from "../../../domain/climate/hazards";
import { formatAccessCode } from "../../../domain/climate/register/access-code";
import type { Registration, RegistrationCreated, RegistrationExport } from "../../../domain/contracts/heat-registration";
import type { CallStatus, FollowUpKind, FollowUpTeam, Outcome } from "../../../domain/heat/calls";
import type { SharedFactors } from "../../../domain/heat/register-factors";
import type { AlertKind, Channel, MessageKind, OutboxStatus } from "../../../domain/heat/warnings";
import { DAY_MS } from "../../../domain/time/days";
import { publish } from "../events/publish";
import { withAudit, type AuditEntry } from "../platform/audit";
import type { ActingAgent } from "../platform/auth";
import { ApiError } from "../platform/errors";
import { randomToken, sameText, sha256Hex } from "../platform/hash";
import { newAccessCode, verifyToken } from "./access";
import { openEpisode } from "./episodes";
import { openFactors, sealFactors } from "./factors-at-rest";
import { messageFor } from "./warning-texts";
import { REGISTER_DEPARTEMENT } from "./ids";
import { personEvent } from "./rounds";
import { RENEWAL_WINDOW_DAYS, registrationExpiry, renewedExpiry } from "./season";

/** Version of the consent text the person accepted (the text itself is on the /canicule page). */
const CONSENT_VERSION = "heat-register-consent-2026-1";

const CITIZEN = { actor: "citizen", role: "public" } as const;

interface RegistrationRow {
  seq: number;
  id: string;
  secret_hash: string;
  access_code_hash: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  channels: string;
  hazards: string;
  arrondissement: number;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_told: number;
  factors: string;
  consent_text: string;
  consent_at: string;
  registered_by: string;
  created_at: string;
  expires_at: string;
  renewed_at: string | null;
}

/** Tables holding data about a registered person, in the order erasure deletes them. */
const PERSONAL_TABLES = ["heat_calls", "heat_call_outcomes", "heat_followups", "heat_outbox", "heat_messages", "heat_access_codes"] as const;

/** Who registers: the person, or an agent of the 3975 line on the person's behalf (their consent given on the phone). */
export type Registrant = { kind: "self" } | { kind: "agent"; agent: ActingAgent };

export async function register(env: Env, registration: Registration, now = new Date(), by: Registrant = { kind: "self" }): Promise<RegistrationCreated> {
  const db = env.DB;
  const id = `reg-${randomToken(12)}`;
  const secret = randomToken(24);
  const access = await newAccessCode(env, id);
  const hazards = registration.hazards as Hazard[];
  const expiresAt = registrationExpiry(hazards, now).toISOString();
  const at = now.toISOString();
  const factors = await sealFactors(env, id, registration.factors as SharedFactors);
  const actor: Pick<AuditEntry, "actor" | "role"> = by.kind === "agent" ? { actor: by.agent.id, role: by.agent.role } : CITIZEN;
  await withAudit(
    db,
    [{ ...actor, action: "heat.registration-created", subjectKind: "heat-registration", subjectId: id, output: { expiresAt, consent: CONSENT_VERSION, hazards, by: by.kind } }],
    [
      db.prepare(
        `INSERT INTO heat_registrations (id, secret_hash, access_code_hash, input_salt, name, phone, email, channels, hazards, arrondissement, address,
         contact_name, contact_phone, contact_told, factors, consent_text, consent_at, registered_by, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?17, ?19)`,
      ).bind(
        id, await sha256Hex(secret), access.hash, randomToken(16), registration.name, registration.phone ?? null, registration.email ?? null,
        JSON.stringify(registration.channels), JSON.stringify(hazards), registration.arrondissement, registration.address || null,
        registration.contact?.name ?? null, registration.contact?.phone ?? null, registration.contact?.told ? 1 : 0,
        factors, CONSENT_VERSION, at, by.kind === "agent" ? by.agent.id : "self", expiresAt,
      ),
    ],
    () => now,
  );
  const alerts: Hazard[] = [];
  for (const hazard of hazards) {
    const episode = await openEpisode(db, REGISTER_DEPARTEMENT, hazard);
    if (!episode) continue;
    alerts.push(hazard);
    // The registration is stored: its codes must reach the person even if the queue is down (the episode's next
    // round then scores and warns them).
    await publish(env.EVENTS, personEvent(episode.id, episode.current_round, id)).catch((error: unknown) => {
      console.error(`registration ${id} stored but not queued for ${hazard} (the next round will reach it):`, error);
    });
  }
  return { id, secret, accessCode: formatAccessCode(access.code), expiresAt, hazards, alertUnderWay: alerts.length > 0, alertsUnderWay: alerts };
}

/**
 * The registration if the secret, or an access token, opens it; the same 404 otherwise, so ids cannot be probed.
 */
export async function authorizedRegistration(env: Env, id: string, credentials: { secret?: string; token?: string }): Promise<RegistrationRow> {
  const row = await env.DB.prepare("SELECT * FROM heat_registrations WHERE id = ?1").bind(id).first<RegistrationRow>();
  const bySecret = row && credentials.secret ? sameText(await sha256Hex(credentials.secret), row.secret_hash) : false;
  const byToken = row && credentials.token ? (await verifyToken(env, credentials.token)) === row.id : false;
  if (!row || !(bySecret || byToken)) throw new ApiError("not_found", "No registration matches this number and secret.");
  return row;
}

/** Everything the register holds about the person: what GET returns and the export downloads. */
export async function exportRegistration(env: Env, row: RegistrationRow): Promise<RegistrationExport> {
  const db = env.DB;
  const factors = JSON.parse(await openFactors(env, row.id, row.factors)) as SharedFactors;
  const [calls, outcomes, followups, messages] = await db.batch([
    db.prepare("SELECT episode_id, round, risk, status, created_at FROM heat_calls WHERE registration_id = ?1 ORDER BY created_at").bind(row.id),
    db.prepare("SELECT outcome, note, recorded_at FROM heat_call_outcomes WHERE registration_id = ?1 ORDER BY recorded_at").bind(row.id),
    db.prepare("SELECT kind, team, reason, created_at FROM heat_followups WHERE registration_id = ?1 ORDER BY created_at").bind(row.id),
    db.prepare(
      `SELECT o.kind, o.channel, o.recipient, o.day, o.status, o.created_at, o.sent_at, e.hazard FROM heat_outbox o
       LEFT JOIN heat_episodes e ON e.id = o.episode_id WHERE o.registration_id = ?1 ORDER BY o.created_at`,
    ).bind(row.id),
  ]);
  return {
    registration: {
      id: row.id,
      name: row.name,
      phone: row.phone,
      email: row.email,
      channels: JSON.parse(row.channels) as Channel[],
      hazards: JSON.parse(row.hazards) as Hazard[],
      arrondissement: row.arrondissement,
      address: row.address,
      contact: row.contact_name ? { name: row.contact_name, phone: row.contact_phone, told: row.contact_told === 1 } : null,
      factors,
      consent: { version: row.consent_text, at: row.consent_at },
      registeredBy: row.registered_by === "self" ? "self" : "agent",
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      renewedAt: row.renewed_at,
    },
    calls: (calls.results as { episode_id: string; round: number; risk: number; status: CallStatus; created_at: string }[]).map((c) => ({
      episodeId: c.episode_id, round: c.round, risk: c.risk, status: c.status, createdAt: c.created_at,
    })),
    outcomes: (outcomes.results as { outcome: Outcome; note: string | null; recorded_at: string }[]).map((o) => ({ outcome: o.outcome, note: o.note, recordedAt: o.recorded_at })),
    followups: (followups.results as { kind: FollowUpKind; team: FollowUpTeam; reason: Outcome; created_at: string }[]).map((f) => ({ kind: f.kind, team: f.team, reason: f.reason, createdAt: f.created_at })),
    messages: (messages.results as { kind: MessageKind; channel: Channel; recipient: string; day: string; status: OutboxStatus; created_at: string; sent_at: string | null; hazard: Hazard | null }[]).map((m) => ({
      kind: m.kind,
      hazard: m.hazard,
      channel: m.channel,
      recipient: m.recipient,
      ...messageFor(m.kind === "contact-unreachable" ? { kind: m.kind, personName: row.name } : { kind: m.kind as AlertKind, hazard: m.hazard ?? "heat", day: m.day }, m.channel),
      status: m.status,
      createdAt: m.created_at,
      sentAt: m.sent_at,
    })),
  };
}

/** Erases the person everywhere, in one batch; returns how many rows went from each table. */
export async function erase(db: D1Database, id: string, now = new Date(), by: Pick<AuditEntry, "actor" | "role"> = CITIZEN): Promise<Record<string, number>> {
  const tables = [...PERSONAL_TABLES, "heat_registrations"] as const;
  const results = await withAudit(
    db,
    [{ ...by, action: "heat.registration-erased", subjectKind: "heat-registration", subjectId: id, output: { erased: tables } }],
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
  const expiresAt = renewedExpiry((JSON.parse(row.hazards) as Hazard[]).filter((h) => HAZARDS.includes(h)), current).toISOString();
  await withAudit(
    db,
    [{ ...CITIZEN, action: "heat.registration-renewed", subjectKind: "heat-registration", subjectId: row.id, output: { expiresAt } }],
    [db.prepare("UPDATE heat_registrations SET expires_at = ?2, renewed_at = ?3 WHERE id = ?1").bind(row.id, expiresAt, now.toISOString())],
    () => now,
  );
  return expiresAt;
}

/** People of the register with this phone number or e-mail (for an agent of the 3975 line helping someone). */
export async function findByContact(db: D1Database, contact: string) {
  const { results } = await db
    .prepare("SELECT id, name, arrondissement, hazards, expires_at, registered_by FROM heat_registrations WHERE phone = ?1 OR email = ?1 ORDER BY seq LIMIT 20")
    .bind(contact)
    .all<{ id: string; name: string; arrondissement: number; hazards: string; expires_at: string; registered_by: string }>();
  return results.map((r) => ({ id: r.id, name: r.name, arrondissement: r.arrondissement, hazards: JSON.parse(r.hazards) as string[], expiresAt: r.expires_at, registeredBy: r.registered_by === "self" ? ("self" as const) : ("agent" as const) }));
}

/** A new access code for a person who lost theirs (an agent reads it to them); the old one stops working. */
export async function reissueAccessCode(env: Env, id: string, agent: ActingAgent, now = new Date()): Promise<string> {
  const row = await env.DB.prepare("SELECT id FROM heat_registrations WHERE id = ?1").bind(id).first();
  if (!row) throw new ApiError("not_found", `No registration ${id}.`);
  const access = await newAccessCode(env, id);
  await withAudit(
    env.DB,
    [{ actor: agent.id, role: agent.role, action: "heat.access-code-reissued", subjectKind: "heat-registration", subjectId: id, output: {} }],
    [env.DB.prepare("UPDATE heat_registrations SET access_code_hash = ?2 WHERE id = ?1").bind(id, access.hash)],
    () => now,
  );
  return formatAccessCode(access.code);
}
