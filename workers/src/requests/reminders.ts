// Reminders: each weekday morning the cron finds the requests not answered past their service's target
// time (domain/requests/services.ts) and not reminded since they fell due, marks them reminded (the inbox
// shows them first, flagged) and audits one entry per service with the number of requests concerned.
import { TARGET_DAYS } from "../../../domain/requests/services";
import { OFFICES, type Office } from "../../../domain/requests/labels";
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";

const DAY_MS = 86_400_000;

export async function remindOverdue(db: D1Database, asOf: Date): Promise<Record<string, number>> {
  const reminded: Record<string, number> = {};
  for (const office of OFFICES) {
    const dueBefore = new Date(asOf.getTime() - TARGET_DAYS[office] * DAY_MS).toISOString();
    const { results } = await db
      .prepare("SELECT id FROM requests WHERE service = ?1 AND status IN ('new', 'assigned', 'waiting') AND received_at < ?2 AND reminded_at IS NULL")
      .bind(office, dueBefore)
      .all<{ id: string }>();
    if (results.length === 0) continue;
    reminded[office] = results.length;
    await withAudit(db, [{ ...SYSTEM_ACTOR, action: "requests.reminded", subjectKind: "service", subjectId: office, output: { overdue: results.length, targetDays: TARGET_DAYS[office as Office] } }], [
      db.prepare("UPDATE requests SET reminded_at = ?2 WHERE id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(results.map((r) => r.id)), asOf.toISOString()),
    ]);
  }
  return reminded;
}
