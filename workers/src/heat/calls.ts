// The call list of an episode's latest round (heat or cold), highest risk first, and what agents record: each call
// outcome (audited, the agent's note kept out of the audit log) updates the call and may create a follow-up — health
// risks go to the emergency doctors, social risks to the social workers, and a person not answering four calls in a
// row within 48 hours (VISIT_RULE, domain/heat/calls.ts), or whose number is wrong, goes to the home-visit list;
// the relative or neighbour they named is then told, if they asked for it.
import type { Call, CallOutcome, FollowUp } from "../../../domain/contracts/heat";
import { isMobile } from "../../../domain/contracts/heat-registration";
import {
  CALL_STATUSES, FOLLOW_UP_TEAMS, VISIT_RULE, type CallListFilter, type CallStatus, type FollowUpKind, type FollowUpTeam, type Outcome,
} from "../../../domain/heat/calls";
import { publish } from "../events/publish";
import { withAudit } from "../platform/audit";
import type { ActingAgent } from "../platform/auth";
import { ApiError } from "../platform/errors";
import type { EpisodeRow } from "./episodes";
import { deliverEvent } from "./events";
import { openFactors } from "./factors-at-rest";
import { outboxKeyFor } from "./ids";
import { isCallHazard, reasonsInRound } from "./person";

/** The episode whose calls are shown: the one asked for, else the open one (of a hazard that calls), else the latest. */
export async function episodeForCalls(db: D1Database, episodeId?: string): Promise<EpisodeRow | null> {
  if (episodeId) return db.prepare("SELECT * FROM heat_episodes WHERE id = ?1").bind(episodeId).first<EpisodeRow>();
  return db
    .prepare("SELECT * FROM heat_episodes WHERE hazard IN ('heat', 'cold') ORDER BY status = 'open' DESC, opened_at DESC LIMIT 1")
    .first<EpisodeRow>();
}

interface CallRow {
  id: string;
  registration_id: string;
  round: number;
  risk: number;
  factors: string;
  status: CallStatus;
  attempts: number;
  last_outcome: Outcome | null;
  last_outcome_at: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  arrondissement: number;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
}

const STATUS_FILTERS: Record<Exclude<CallListFilter, CallStatus>, readonly CallStatus[]> = { open: ["to-call", "retry"], all: CALL_STATUSES };

const statusesOf = (filter: CallListFilter): readonly CallStatus[] => (filter === "open" || filter === "all" ? STATUS_FILTERS[filter] : [filter]);

export async function listCalls(
  env: Env,
  episode: EpisodeRow,
  { round = episode.current_round, status = "open", arrondissement, limit, offset }: {
    round?: number; status?: CallListFilter; arrondissement?: number; limit: number; offset: number;
  },
): Promise<{ round: number; items: Call[]; total: number }> {
  const db = env.DB;
  const statuses = statusesOf(status);
  const where = `c.episode_id = ?1 AND c.round = ?2 AND c.status IN (SELECT value FROM json_each(?3)) ${arrondissement ? "AND r.arrondissement = ?4" : ""}`;
  const params = [episode.id, round, JSON.stringify(statuses), ...(arrondissement ? [arrondissement] : [])];
  const [rows, total, roundDay] = await db.batch([
    db.prepare(
      `SELECT c.id, c.registration_id, c.round, c.risk, r.factors, c.status, c.attempts, c.last_outcome, c.last_outcome_at,
       r.name, r.phone, r.email, r.arrondissement, r.address, r.contact_name, r.contact_phone
       FROM heat_calls c JOIN heat_registrations r ON r.id = c.registration_id WHERE ${where}
       ORDER BY c.risk DESC, c.id LIMIT ${limit} OFFSET ${offset}`,
    ).bind(...params),
    db.prepare(`SELECT count(*) AS n FROM heat_calls c JOIN heat_registrations r ON r.id = c.registration_id WHERE ${where}`).bind(...params),
    db.prepare("SELECT day FROM heat_rounds WHERE episode_id = ?1 AND round = ?2").bind(episode.id, round),
  ]);
  const day = (roundDay.results[0] as { day: string } | undefined)?.day ?? episode.start_date;
  const hazard = episode.hazard;
  const items = await Promise.all((rows.results as CallRow[]).map(async (c, i) => ({
    callId: c.id,
    registrationId: c.registration_id,
    rank: offset + i + 1,
    risk: c.risk,
    // The reasons are derived from the factors here; the factors themselves never leave the Worker.
    reasons: isCallHazard(hazard) ? reasonsInRound(hazard, await openFactors(env, c.registration_id, c.factors), day) : [],
    status: c.status,
    attempts: c.attempts,
    lastOutcome: c.last_outcome,
    lastOutcomeAt: c.last_outcome_at,
    person: {
      name: c.name, phone: c.phone, email: c.email, arrondissement: c.arrondissement, address: c.address,
      contact: c.contact_name ? { name: c.contact_name, phone: c.contact_phone } : null,
    },
  })));
  return { round, items, total: (total.results[0] as { n: number }).n };
}

const NEXT_STATUS: Record<Outcome, CallStatus> = {
  "reached-fine": "done",
  "reached-needs-health-help": "done",
  "reached-needs-social-help": "done",
  "no-answer": "retry",
  "wrong-number": "wrong-number",
};

/**
 * Records an outcome on the person's call of the latest round of the episode given, else of the open (else latest)
 * episode. A home visit decided here tells the person's contact, if they asked for it (queued and delivered as the
 * alert messages are, on `env.EVENTS`).
 */
export async function recordOutcome(
  db: D1Database,
  { registrationId, outcome, note, episodeId }: { registrationId: string; outcome: Outcome; note?: string; episodeId?: string },
  agent: ActingAgent,
  now = new Date(),
  events?: Queue,
): Promise<CallOutcome> {
  const call = await db
    .prepare(
      `SELECT c.id, c.episode_id FROM heat_calls c JOIN heat_episodes e ON e.id = c.episode_id
       WHERE c.registration_id = ?1 AND (?2 IS NULL OR c.episode_id = ?2) ORDER BY e.status = 'open' DESC, e.opened_at DESC, c.round DESC LIMIT 1`,
    )
    .bind(registrationId, episodeId ?? null)
    .first<{ id: string; episode_id: string }>();
  if (!call) throw new ApiError("not_found", `No call for registration ${registrationId}.`);
  // Unanswered calls in a row: those of the last 48 hours since the person was last reached.
  const since = new Date(now.getTime() - VISIT_RULE.withinHours * 3_600_000).toISOString();
  const earlier = await db
    .prepare(
      `SELECT count(*) AS n FROM heat_call_outcomes WHERE registration_id = ?1 AND outcome = 'no-answer' AND recorded_at > ?2
       AND recorded_at > coalesce((SELECT max(recorded_at) FROM heat_call_outcomes WHERE registration_id = ?1 AND outcome LIKE 'reached-%'), '')`,
    )
    .bind(registrationId, since)
    .first<{ n: number }>();
  const unanswered = (earlier?.n ?? 0) + (outcome === "no-answer" ? 1 : 0);
  const visitNeeded = (outcome === "no-answer" && unanswered >= VISIT_RULE.unanswered) || outcome === "wrong-number";
  const status: CallStatus = outcome === "no-answer" && visitNeeded ? "visit-needed" : NEXT_STATUS[outcome];
  const kind: FollowUpKind | null = visitNeeded ? "visit" : outcome === "reached-needs-health-help" ? "health" : outcome === "reached-needs-social-help" ? "social" : null;
  const followUp = kind ? { kind, team: FOLLOW_UP_TEAMS[kind] } : null;
  const at = now.toISOString();
  const statements = [
    db.prepare("INSERT INTO heat_call_outcomes (call_id, registration_id, episode_id, outcome, note, agent, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .bind(call.id, registrationId, call.episode_id, outcome, note ?? null, agent.id, at),
    db.prepare("UPDATE heat_calls SET status = ?2, attempts = attempts + 1, last_outcome = ?3, last_outcome_at = ?4 WHERE id = ?1").bind(call.id, status, outcome, at),
  ];
  if (followUp) {
    // The reason recorded is the outcome; the console says what it means (a visit after unanswered calls is the rule's).
    statements.push(
      db.prepare(
        "INSERT INTO heat_followups (registration_id, episode_id, kind, team, reason, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
      ).bind(registrationId, call.episode_id, followUp.kind, followUp.team, outcome, agent.id, at),
    );
  }
  const contactBatch = followUp?.kind === "visit" ? await contactMessage(db, registrationId, call.episode_id, at) : null;
  if (contactBatch) statements.push(contactBatch.statement);
  const result: CallOutcome = { callId: call.id, status, unansweredWithin48h: unanswered, followUp, contactTold: contactBatch !== null };
  await withAudit(
    db,
    [{ actor: agent.id, role: agent.role, action: "heat.call-outcome", subjectKind: "heat-call", subjectId: call.id, output: { outcome, ...result } }],
    statements,
    () => now,
  );
  if (contactBatch && events) {
    await publish(events, deliverEvent(contactBatch.batchKey)).catch((error: unknown) => console.error(`contact message ${contactBatch.batchKey} queued but not published:`, error));
  }
  return result;
}

/** The message to the person's contact (SMS to a mobile, else a voice call), if they named one and asked that they be told. */
async function contactMessage(db: D1Database, registrationId: string, episodeId: string, at: string) {
  const person = await db
    .prepare("SELECT contact_phone, contact_told FROM heat_registrations WHERE id = ?1")
    .bind(registrationId)
    .first<{ contact_phone: string | null; contact_told: number }>();
  if (!person?.contact_phone || person.contact_told !== 1) return null;
  const channel = isMobile(person.contact_phone) ? "sms" : "voice";
  const batchKey = `${episodeId}:contact:${registrationId}`;
  const statement = db
    .prepare(
      `INSERT INTO heat_outbox (idempotency_key, batch_key, registration_id, episode_id, kind, channel, recipient, day, created_at)
       VALUES (?1, ?2, ?3, ?4, 'contact-unreachable', ?5, ?6, ?7, ?8) ON CONFLICT (idempotency_key) DO NOTHING`,
    )
    .bind(outboxKeyFor(episodeId, "contact-unreachable", registrationId, channel), batchKey, registrationId, episodeId, channel, person.contact_phone, at.slice(0, 10), at);
  return { batchKey, statement };
}

export async function listFollowUps(db: D1Database, episode: EpisodeRow, kind?: FollowUpKind): Promise<FollowUp[]> {
  const { results } = await db
    .prepare(
      `SELECT f.kind, f.team, f.reason, f.created_at, f.created_by, r.id AS registration_id, r.name, r.phone, r.arrondissement, r.address,
       r.contact_name, r.contact_phone FROM heat_followups f JOIN heat_registrations r ON r.id = f.registration_id
       WHERE f.episode_id = ?1 ${kind ? "AND f.kind = ?2" : ""} ORDER BY f.created_at DESC LIMIT 2000`,
    )
    .bind(episode.id, ...(kind ? [kind] : []))
    .all<{ kind: FollowUpKind; team: FollowUpTeam; reason: Outcome; created_at: string; created_by: string; registration_id: string; name: string; phone: string | null;
      arrondissement: number; address: string | null; contact_name: string | null; contact_phone: string | null }>();
  return results.map((f) => ({
    registrationId: f.registration_id,
    kind: f.kind,
    team: f.team,
    reason: f.reason,
    unanswered: f.reason === "no-answer" ? { calls: VISIT_RULE.unanswered, withinHours: VISIT_RULE.withinHours } : null,
    createdAt: f.created_at,
    createdBy: f.created_by,
    person: {
      name: f.name, phone: f.phone, arrondissement: f.arrondissement, address: f.address,
      contact: f.contact_name ? { name: f.contact_name, phone: f.contact_phone } : null,
    },
  }));
}
