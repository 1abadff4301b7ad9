// What a forecast does to alert episodes. The level of the forecast's issue day decides: orange or red opens an
// episode (one per contiguous alert period) or updates the open one, a lower level closes it. The change, the
// levels (audited as the hazard rule's output) and the forecast's "handled" mark are written in one batch, so a
// forecast handled twice, or a forecast older than one already handled, changes nothing.
import type { ForecastOutcome } from "../../../domain/contracts/heat";
import type { EpisodeStatus, RoundReason } from "../../../domain/heat/episodes";
import { HEAT_LEVELS, LEVEL_RULE_ALGORITHM, type AlertLevel, type HeatLevel } from "../../../domain/heat/hazard";
import { addDays, daysBetween } from "../../../domain/time/days";
import { SYSTEM_ACTOR, withAudit, type AuditEntry } from "../platform/audit";
import { hashInput } from "../platform/hash";
import { loadForecast, type ForecastRow } from "./forecasts";
import { episodeIdFor } from "./ids";
import { forecastOutlook, type Outlook } from "./outlook";

export interface EpisodeRow {
  id: string;
  departement: string;
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

export interface Exposure {
  ibmn: number;
  ibmx: number;
  thresholds: { ibmn: number; ibmx: number };
  heatDays: number;
}

/** Days between two call rounds of an episode (Paris calls its register every two days during an alert). */
export const ROUND_EVERY_DAYS = 2;

const isAlert = (level: HeatLevel | null): level is AlertLevel => level === "orange" || level === "red";
const rank = (level: HeatLevel) => HEAT_LEVELS.indexOf(level);

function exposureOf(outlook: Outlook, heatDays: number): Exposure {
  const window = outlook.today!.levelWindow!;
  return { ibmn: window.ibmn, ibmx: window.ibmx, thresholds: outlook.thresholds, heatDays: Math.max(1, heatDays) };
}

export const openEpisode = (db: D1Database, departement: string) =>
  db.prepare("SELECT * FROM heat_episodes WHERE departement = ?1 AND status = 'open'").bind(departement).first<EpisodeRow>();

export async function applyForecast(db: D1Database, forecastId: string, now = new Date()): Promise<ForecastOutcome> {
  const forecast = await loadForecast(db, forecastId);
  if (!forecast) return { kind: "missing", level: null };
  if (forecast.processed_at) return JSON.parse(forecast.outcome!) as ForecastOutcome;
  const outlook = await forecastOutlook(db, forecast);
  const level = outlook.today?.level ?? null;
  const later = await db
    .prepare("SELECT 1 AS one FROM heat_forecasts WHERE departement = ?1 AND seq > ?2 AND processed_at IS NOT NULL LIMIT 1")
    .bind(forecast.departement, forecast.seq)
    .first();
  const open = await openEpisode(db, forecast.departement);
  const at = now.toISOString();
  const T = forecast.issue_day;

  let outcome: ForecastOutcome;
  const statements: D1PreparedStatement[] = [];
  if (level === null) outcome = { kind: "insufficient-days", level };
  else if (later) outcome = { kind: "superseded", level };
  else if (!open && isAlert(level)) {
    const episodeId = episodeIdFor(forecast.departement, T, forecast.id);
    outcome = { kind: "opened", level, episodeId, round: { number: 1, reason: "opening" } };
    statements.push(
      db.prepare(
        `INSERT INTO heat_episodes (id, departement, status, start_date, last_alert_date, peak_level, current_round, next_round_date, opened_by, opened_at, updated_at)
         VALUES (?1, ?2, 'open', ?3, ?3, ?4, 1, ?5, ?6, ?7, ?7)`,
      ).bind(episodeId, forecast.departement, T, level, addDays(T, ROUND_EVERY_DAYS), forecast.id, at),
      insertRound(db, episodeId, 1, T, "opening", exposureOf(outlook, 1), at),
    );
  } else if (open && isAlert(level)) {
    const turnsRed = level === "red" && open.peak_level !== "red";
    const reason: RoundReason | null = turnsRed ? "red" : T >= open.next_round_date ? "every-two-days" : null;
    const round = reason ? open.current_round + 1 : open.current_round;
    outcome = { kind: "updated", level, episodeId: open.id, ...(reason ? { round: { number: round, reason } } : {}) };
    statements.push(
      db.prepare(
        `UPDATE heat_episodes SET last_alert_date = max(last_alert_date, ?2), peak_level = ?3, current_round = ?4,
         next_round_date = ?5, updated_at = ?6 WHERE id = ?1 AND status = 'open'`,
      ).bind(open.id, T, rank(level) > rank(open.peak_level) ? level : open.peak_level, round, reason ? addDays(T, ROUND_EVERY_DAYS) : open.next_round_date, at),
    );
    if (reason) statements.push(insertRound(db, open.id, round, T, reason, exposureOf(outlook, daysBetween(open.start_date, T) + 1), at));
  } else if (open) {
    outcome = { kind: "closed", level, episodeId: open.id };
    statements.push(
      db.prepare("UPDATE heat_episodes SET status = 'closed', end_date = ?2, closed_by = ?3, closed_at = ?4, updated_at = ?4 WHERE id = ?1 AND status = 'open'")
        .bind(open.id, T, forecast.id, at),
    );
  } else outcome = { kind: "no-alert", level };

  statements.push(
    db.prepare("UPDATE heat_forecasts SET processed_at = ?2, outcome = ?3 WHERE id = ?1 AND processed_at IS NULL").bind(forecast.id, at, JSON.stringify(outcome)),
  );
  await withAudit(db, await auditEntries(forecast, outlook, outcome), statements, () => now);
  return outcome;
}

function insertRound(db: D1Database, episodeId: string, round: number, day: string, reason: RoundReason, exposure: Exposure, at: string) {
  const messageKind = reason === "every-two-days" ? null : reason;
  return db.prepare(
    "INSERT INTO heat_rounds (episode_id, round, day, reason, exposure, message_kind, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  ).bind(episodeId, round, day, reason, JSON.stringify(exposure), messageKind, at);
}

async function auditEntries(forecast: ForecastRow, outlook: Outlook, outcome: ForecastOutcome): Promise<AuditEntry[]> {
  const levels = outlook.days.map((d) => ({ date: d.date, level: d.level, ibmn: d.window?.ibmn ?? null, ibmx: d.window?.ibmx ?? null }));
  const entries: AuditEntry[] = [{
    ...SYSTEM_ACTOR,
    action: "heat.levels",
    subjectKind: "heat-forecast",
    subjectId: forecast.id,
    modelId: LEVEL_RULE_ALGORITHM.id,
    modelVersion: LEVEL_RULE_ALGORITHM.version,
    inputHash: await hashInput(outlook.days.map((d) => [d.date, d.tn, d.tx])),
    output: { issueDay: forecast.issue_day, thresholds: outlook.thresholds, levels },
  }];
  if (outcome.episodeId) {
    entries.push({ ...SYSTEM_ACTOR, action: `heat.episode-${outcome.kind}`, subjectKind: "heat-episode", subjectId: outcome.episodeId, output: outcome });
  }
  return entries;
}
