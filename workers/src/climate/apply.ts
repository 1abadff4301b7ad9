// What an official input does to the episodes: for each hazard it gives a level to, the level of its issue day from
// every source (this input, the rule's inputs, the latest vigilance: climate/levels.ts) decides through the one
// episode model. The decisions, the levels (audited) and the input's "handled" mark are one batch; an input handled
// twice changes nothing. An input older than one already held only adds a source: the latest of each kind counts.
import type { Hazard } from "../../../domain/climate/hazards";
import { SYSTEM_ACTOR, withAudit, type AuditEntry } from "../platform/audit";
import { hashInput } from "../platform/hash";
import { thresholdColdExposure, thresholdExposure } from "../heat/episodes";
import { decide, type HazardOutcome } from "./episodes";
import { assessHazard, type HazardAssessment, type InputLevels } from "./levels";
import { loadInput } from "./inputs";

export type InputOutcome = { kind: "missing" } | { kind: "handled"; hazards: Partial<Record<Hazard, HazardOutcome>> };

/** The heat or cold a new round is scored against: the forecast's window when there is one, else the threshold. */
function exposureOf(assessment: HazardAssessment, departement: string, days: number): unknown {
  const window = (assessment.sources.find((s) => s.kind === "forecast")?.detail as { window?: Record<string, number> | null } | null)?.window;
  if (assessment.hazard === "heat") return window && "ibmx" in window ? { ...thresholdExposure(departement, days), ibmn: window.ibmn, ibmx: window.ibmx } : thresholdExposure(departement, days);
  if (assessment.hazard === "cold") return window && "meanTemperature" in window ? { meanTemperature: window.meanTemperature, coldDays: Math.max(1, days) } : thresholdColdExposure(days);
  return { sources: assessment.sources.map((s) => ({ kind: s.kind, inputId: s.inputId, level: s.level })) };
}

export async function applyInput(db: D1Database, inputId: string, now = new Date()): Promise<InputOutcome> {
  const input = await loadInput(db, inputId);
  if (!input) return { kind: "missing" };
  if (input.processed_at) return JSON.parse(input.outcome!) as InputOutcome;
  const hazards = Object.keys(JSON.parse(input.levels) as InputLevels) as Hazard[];
  const statements: D1PreparedStatement[] = [];
  const audit: AuditEntry[] = [];
  const outcomes: Partial<Record<Hazard, HazardOutcome>> = {};
  const assessments: HazardAssessment[] = [];
  for (const hazard of hazards) {
    const assessment = await assessHazard(db, input.departement, hazard, input.issue_day);
    assessments.push(assessment);
    const decision = await decide(
      db,
      { hazard, departement: input.departement, day: input.issue_day, level: assessment.level, by: input.id, exposure: (days) => exposureOf(assessment, input.departement, days) },
      now,
    );
    statements.push(...decision.statements);
    audit.push(...decision.audit);
    outcomes[hazard] = decision.outcome;
  }
  const outcome: InputOutcome = { kind: "handled", hazards: outcomes };
  statements.push(
    db.prepare("UPDATE climate_inputs SET processed_at = ?2, outcome = ?3 WHERE id = ?1 AND processed_at IS NULL").bind(input.id, now.toISOString(), JSON.stringify(outcome)),
  );
  const levels: AuditEntry = {
    ...SYSTEM_ACTOR,
    action: "climate.levels",
    subjectKind: "climate-input",
    subjectId: input.id,
    inputHash: await hashInput(JSON.parse(input.body)),
    output: { kind: input.kind, issueDay: input.issue_day, hazards: assessments.map((a) => ({ hazard: a.hazard, level: a.level, sources: a.sources.map((s) => ({ kind: s.kind, inputId: s.inputId, level: s.level })) })) },
  };
  await withAudit(db, [levels, ...audit], statements, () => now);
  return outcome;
}
