// One episode model for every hazard: what a hazard's level for a day does to its alert episode. Orange or red
// opens an episode (at most one open per département and hazard) or updates the open one; a lower level closes
// it; an unknown level, or the level of a day before the open episode's latest alert day (a late input, or a replay
// of an earlier period while an episode is open), changes nothing. A call round starts at opening and when the
// episode turns red; hazards that call the register (heat, cold) also start one every two days, the others only
// send their messages. The decision returns the statements to write in the same batch as the input's "handled"
// mark, and its audit entry.
import { HAZARD_POLICIES, type Hazard } from "../../../domain/climate/hazards";
import { isAlertLevel, levelRank, type Level } from "../../../domain/climate/levels";
import type { EpisodeStatus, RoundReason } from "../../../domain/heat/episodes";
import type { AlertLevel } from "../../../domain/heat/hazard";
import { addDays, daysBetween } from "../../../domain/time/days";
import { SYSTEM_ACTOR, type AuditEntry } from "../platform/audit";

export interface EpisodeRow {
  id: string;
  departement: string;
  hazard: Hazard;
  status: EpisodeStatus;
  start_date: string;
  last_alert_date: string;
  end_date: string | null;
  peak_level: AlertLevel;
  current_round: number;
  next_round_date: string;
  opened_by: string;
  closed_by: string | null;
  opened_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface HazardOutcome {
  kind: "opened" | "updated" | "closed" | "no-alert" | "insufficient-days" | "superseded";
  level: Level | null;
  episodeId?: string;
  /** A call round started by this decision. */
  round?: { number: number; reason: RoundReason };
}

/** Days between two call rounds of an episode (Paris calls its register every two days during an alert). */
export const ROUND_EVERY_DAYS = 2;

export const openEpisode = (db: D1Database, departement: string, hazard: Hazard = "heat") =>
  db.prepare("SELECT * FROM heat_episodes WHERE departement = ?1 AND hazard = ?2 AND status = 'open'").bind(departement, hazard).first<EpisodeRow>();

/** Episode ids derive from what opened them; heat keeps the form it always had. */
export const episodeIdFor = (hazard: Hazard, departement: string, startDay: string, inputId: string) =>
  `ep${departement}-${hazard === "heat" ? "" : `${hazard}-`}${startDay.replaceAll("-", "")}-${inputId.slice(0, 8)}`;

export interface Decision {
  hazard: Hazard;
  departement: string;
  /** The day the level is for (the input's issue day). */
  day: string;
  level: Level | null;
  /** The heat, or cold, every person of a new round is scored against (JSON stored with the round). */
  exposure: (consecutiveDays: number) => unknown;
  /** The input that decided (a forecast, a vigilance map, an observation). */
  by: string;
}

export async function decide(db: D1Database, d: Decision, now: Date): Promise<{ outcome: HazardOutcome; statements: D1PreparedStatement[]; audit: AuditEntry[] }> {
  const open = await openEpisode(db, d.departement, d.hazard);
  const at = now.toISOString();
  const statements: D1PreparedStatement[] = [];
  const calls = HAZARD_POLICIES[d.hazard].calls;
  let outcome: HazardOutcome;
  if (d.level === null) outcome = { kind: "insufficient-days", level: null };
  else if (open && d.day < open.last_alert_date) outcome = { kind: "superseded", level: d.level, episodeId: open.id };
  else if (!open && isAlertLevel(d.level)) {
    const episodeId = episodeIdFor(d.hazard, d.departement, d.day, d.by);
    outcome = { kind: "opened", level: d.level, episodeId, round: { number: 1, reason: "opening" } };
    statements.push(
      db.prepare(
        `INSERT INTO heat_episodes (id, departement, hazard, status, start_date, last_alert_date, peak_level, current_round, next_round_date, opened_by, opened_at, updated_at)
         VALUES (?1, ?2, ?3, 'open', ?4, ?4, ?5, 1, ?6, ?7, ?8, ?8)`,
      ).bind(episodeId, d.departement, d.hazard, d.day, d.level, addDays(d.day, ROUND_EVERY_DAYS), d.by, at),
      insertRound(db, episodeId, 1, d.day, "opening", d.exposure(1), at),
    );
  } else if (open && isAlertLevel(d.level)) {
    const turnsRed = d.level === "red" && open.peak_level !== "red";
    const reason: RoundReason | null = turnsRed ? "red" : calls && d.day >= open.next_round_date ? "every-two-days" : null;
    const round = reason ? open.current_round + 1 : open.current_round;
    outcome = { kind: "updated", level: d.level, episodeId: open.id, ...(reason ? { round: { number: round, reason } } : {}) };
    statements.push(
      db.prepare(
        `UPDATE heat_episodes SET last_alert_date = max(last_alert_date, ?2), peak_level = ?3, current_round = ?4,
         next_round_date = ?5, updated_at = ?6 WHERE id = ?1 AND status = 'open'`,
      ).bind(open.id, d.day, levelRank(d.level) > levelRank(open.peak_level) ? d.level : open.peak_level, round, reason ? addDays(d.day, ROUND_EVERY_DAYS) : open.next_round_date, at),
    );
    if (reason) statements.push(insertRound(db, open.id, round, d.day, reason, d.exposure(daysBetween(open.start_date, d.day) + 1), at));
  } else if (open) {
    outcome = { kind: "closed", level: d.level, episodeId: open.id };
    statements.push(
      db.prepare("UPDATE heat_episodes SET status = 'closed', end_date = ?2, closed_by = ?3, closed_at = ?4, updated_at = ?4 WHERE id = ?1 AND status = 'open'")
        .bind(open.id, d.day, d.by, at),
    );
  } else outcome = { kind: "no-alert", level: d.level };
  const audit: AuditEntry[] = outcome.episodeId && outcome.kind !== "superseded"
    ? [{ ...SYSTEM_ACTOR, action: `heat.episode-${outcome.kind}`, subjectKind: "heat-episode", subjectId: outcome.episodeId, output: { hazard: d.hazard, ...outcome } }]
    : [];
  return { outcome, statements, audit };
}

function insertRound(db: D1Database, episodeId: string, round: number, day: string, reason: RoundReason, exposure: unknown, at: string) {
  const messageKind = reason === "every-two-days" ? null : reason;
  return db.prepare(
    "INSERT INTO heat_rounds (episode_id, round, day, reason, exposure, message_kind, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  ).bind(episodeId, round, day, reason, JSON.stringify(exposure), messageKind, at);
}
