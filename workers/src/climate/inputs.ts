// Intake of the official inputs (vigilance maps, Seine heights, pollution bulletins), shared by the ops push routes
// and the cron pull: checked against the clock like a forecast (not in the future, not older than two days unless
// it is a replay, which production refuses), stored with its levels in one audited batch, then its event is
// published. The same document twice is one row and one event; an input stored but left unhandled (queue down) is
// published again by the next pull, so nothing accepted is lost.
import { FORECAST_RULES, type FieldProblem } from "../../../domain/heat/forecast";
import { makeEvent } from "../events/envelope";
import { publish } from "../events/publish";
import { withAudit, type AuditEntry } from "../platform/audit";
import { canonicalJson, sha256Hex } from "../platform/hash";
import type { ClimateEvent } from "./events";
import type { ClimateInput } from "./readers";

export interface InputRow {
  seq: number;
  id: string;
  kind: ClimateInput["kind"];
  departement: string;
  source: string;
  issued_at: string;
  issue_day: string;
  replay: number;
  body: string;
  levels: string;
  received_at: string;
  received_by: string;
  processed_at: string | null;
  outcome: string | null;
}

export interface InputReceipt {
  inputId: string;
  kind: ClimateInput["kind"];
  issueDay: string;
  duplicate: boolean;
  queued: boolean;
  levels: ClimateInput["levels"];
}

const DAY_MS = 86_400_000;
const REPUBLISH_AFTER_MS = 60_000;

export const inputEvent = (inputId: string): ClimateEvent => makeEvent("climate.input-received", { inputId }, { id: `climate.input:${inputId}` });

/** Checks of an input against the clock (the forecast's rules: an hour of slack ahead, two days behind). */
export function inputClockProblems(input: ClimateInput, { now, replay, replayAllowed }: { now: Date; replay: boolean; replayAllowed: boolean }): FieldProblem[] {
  const issued = Date.parse(input.issuedAt);
  const problems: FieldProblem[] = [];
  if (issued > now.getTime() + FORECAST_RULES.futureSlackMinutes * 60_000) problems.push({ field: "issuedAt", message: `${input.issuedAt} is in the future` });
  if (replay && !replayAllowed) problems.push({ field: "replay", message: "replays are not accepted in this environment" });
  if (!replay && issued < now.getTime() - FORECAST_RULES.maxAgeDays * DAY_MS) {
    problems.push({ field: "issuedAt", message: `${input.issuedAt} is more than ${FORECAST_RULES.maxAgeDays} days old (send it as a replay to replay the past)` });
  }
  return problems;
}

async function queue(env: Env, inputId: string): Promise<boolean> {
  try {
    await publish(env.EVENTS, inputEvent(inputId));
    return true;
  } catch (error) {
    console.error(`climate input ${inputId} stored but not queued (the cron pull will retry):`, error);
    return false;
  }
}

export async function receiveInput(env: Env, input: ClimateInput, replay: boolean, by: Pick<AuditEntry, "actor" | "role">, now = new Date()): Promise<InputReceipt> {
  const db = env.DB;
  const id = await sha256Hex(canonicalJson({ kind: input.kind, departement: input.departement, issuedAt: input.issuedAt, body: input.body }));
  const receipt = { inputId: id, kind: input.kind, issueDay: input.issueDay, levels: input.levels };
  const existing = await db.prepare("SELECT processed_at FROM climate_inputs WHERE id = ?1").bind(id).first<{ processed_at: string | null }>();
  if (existing) return { ...receipt, duplicate: true, queued: existing.processed_at === null && (await queue(env, id)) };
  await withAudit(
    db,
    [{ ...by, action: "climate.input-received", subjectKind: "climate-input", subjectId: id, output: { kind: input.kind, source: input.source, issueDay: input.issueDay, levels: input.levels, replay } }],
    [
      db.prepare(
        `INSERT INTO climate_inputs (id, kind, departement, source, issued_at, issue_day, replay, body, levels, received_at, received_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
      ).bind(id, input.kind, input.departement, input.source, input.issuedAt, input.issueDay, replay ? 1 : 0, JSON.stringify(input.body), JSON.stringify(input.levels), now.toISOString(), by.actor),
    ],
    () => now,
  );
  return { ...receipt, duplicate: false, queued: await queue(env, id) };
}

/** Publishes again the events of inputs stored but still unhandled. */
export async function republishUnhandledInputs(env: Env, now = new Date()): Promise<number> {
  const { results } = await env.DB.prepare("SELECT id FROM climate_inputs WHERE processed_at IS NULL AND received_at < ?1 ORDER BY seq LIMIT 100")
    .bind(new Date(now.getTime() - REPUBLISH_AFTER_MS).toISOString())
    .all<{ id: string }>();
  if (results.length) await publish(env.EVENTS, results.map((r) => inputEvent(r.id)));
  return results.length;
}

export const loadInput = (db: D1Database, id: string) => db.prepare("SELECT * FROM climate_inputs WHERE id = ?1").bind(id).first<InputRow>();
