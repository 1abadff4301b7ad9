// What a temperature forecast does to the heat and cold episodes. The level of the forecast's issue day decides,
// raised by Météo-France's vigilance for that day (climate/levels.ts), through the one episode model of every
// hazard (climate/episodes.ts). The changes, the levels (audited as the rules' output) and the forecast's "handled"
// mark are one batch, so a forecast handled twice, or older than one already handled, changes nothing. The heat
// outcome stays the forecast's `outcome`, as the API has always returned it; the cold one is beside it.
import { COLD_RULE_ALGORITHM } from "../../../domain/climate/cold/rule";
import type { ForecastOutcome } from "../../../domain/contracts/heat";
import { LEVEL_RULE_ALGORITHM, thresholdsFor } from "../../../domain/heat/hazard";
import { SYSTEM_ACTOR, withAudit, type AuditEntry } from "../platform/audit";
import { hashInput } from "../platform/hash";
import { decide, type HazardOutcome } from "../climate/episodes";
import { assessHazard, type HazardAssessment } from "../climate/levels";
import { loadForecast, type ForecastRow } from "./forecasts";
import { forecastOutlook, type Outlook } from "./outlook";

export { openEpisode, type EpisodeRow } from "../climate/episodes";

/** The heat every person of a heat round is scored against. */
export interface Exposure {
  ibmn: number;
  ibmx: number;
  thresholds: { ibmn: number; ibmx: number };
  heatDays: number;
}

/** The cold every person of a cold round is scored against. */
export interface ColdRoundExposure {
  meanTemperature: number;
  coldDays: number;
}

/** When only the vigilance raised the level, people are scored against the threshold the vigilance implies. */
const COLD_THRESHOLD_MEAN = -2;

/** What a forecast did to each hazard it grades: heat (its outcome, as the API has always returned it) and cold. */
export interface ForecastOutcomes {
  heat: ForecastOutcome;
  cold: HazardOutcome;
}

export async function applyForecast(db: D1Database, forecastId: string, now = new Date()): Promise<ForecastOutcome> {
  return (await applyForecastToHazards(db, forecastId, now)).heat;
}

export async function applyForecastToHazards(db: D1Database, forecastId: string, now = new Date()): Promise<ForecastOutcomes> {
  const forecast = await loadForecast(db, forecastId);
  if (!forecast) return { heat: { kind: "missing", level: null }, cold: { kind: "insufficient-days", level: null } };
  if (forecast.processed_at) {
    return { heat: JSON.parse(forecast.outcome!) as ForecastOutcome, cold: (JSON.parse(forecast.hazard_outcomes ?? "{}") as { cold?: HazardOutcome }).cold ?? { kind: "insufficient-days", level: null } };
  }
  const outlook = await forecastOutlook(db, forecast);
  const today = outlook.today;
  const T = forecast.issue_day;
  const later = await db
    .prepare("SELECT 1 AS one FROM heat_forecasts WHERE departement = ?1 AND seq > ?2 AND processed_at IS NOT NULL LIMIT 1")
    .bind(forecast.departement, forecast.seq)
    .first();
  const [heat, cold] = await Promise.all([assessHazard(db, forecast.departement, "heat", T, forecast), assessHazard(db, forecast.departement, "cold", T, forecast)]);

  let outcome: ForecastOutcome;
  let coldOutcome: HazardOutcome = { kind: "no-alert", level: cold.level };
  const statements: D1PreparedStatement[] = [];
  const audit: AuditEntry[] = [];
  if (later) outcome = { kind: "superseded", level: heat.level };
  else {
    const heatDecision = await decide(db, { hazard: "heat", departement: forecast.departement, day: T, level: heat.level, by: forecast.id, exposure: (days) => heatExposure(outlook, days) }, now);
    const coldDecision = await decide(db, { hazard: "cold", departement: forecast.departement, day: T, level: cold.level, by: forecast.id, exposure: (days) => coldExposure(cold, days) }, now);
    statements.push(...heatDecision.statements, ...coldDecision.statements);
    audit.push(...heatDecision.audit, ...coldDecision.audit);
    outcome = heatDecision.outcome;
    coldOutcome = coldDecision.outcome;
  }
  const partial = today !== undefined && today.level === null;
  if (outcome.kind === "insufficient-days") outcome = { ...outcome, atLeast: today?.atLeast ?? null, missingDays: today?.missingDays ?? [] };
  else if (partial && outcome.level !== null) outcome = { ...outcome, grading: "partial", missingDays: today.missingDays };

  statements.push(
    db.prepare("UPDATE heat_forecasts SET processed_at = ?2, outcome = ?3, hazard_outcomes = ?4 WHERE id = ?1 AND processed_at IS NULL")
      .bind(forecast.id, now.toISOString(), JSON.stringify(outcome), JSON.stringify({ cold: coldOutcome })),
  );
  await withAudit(db, [...(await levelEntries(forecast, outlook, heat, cold)), ...audit], statements, () => now);
  return { heat: outcome, cold: coldOutcome };
}

function heatExposure(outlook: Outlook, heatDays: number): Exposure {
  const window = outlook.today?.levelWindow ?? outlook.thresholds;
  return { ibmn: window.ibmn, ibmx: window.ibmx, thresholds: outlook.thresholds, heatDays: Math.max(1, heatDays) };
}

function coldExposure(cold: HazardAssessment, coldDays: number): ColdRoundExposure {
  const window = (cold.sources.find((s) => s.kind === "forecast")?.detail as { window?: { meanTemperature: number } | null } | null)?.window;
  return { meanTemperature: window?.meanTemperature ?? COLD_THRESHOLD_MEAN, coldDays: Math.max(1, coldDays) };
}

/** Exposure of a heat round opened by the vigilance alone, with no forecast: the département's thresholds. */
export const thresholdExposure = (departement: string, heatDays: number): Exposure => {
  const thresholds = thresholdsFor(departement);
  return { ...thresholds, thresholds, heatDays: Math.max(1, heatDays) };
};

export const thresholdColdExposure = (coldDays: number): ColdRoundExposure => ({ meanTemperature: COLD_THRESHOLD_MEAN, coldDays: Math.max(1, coldDays) });

async function levelEntries(forecast: ForecastRow, outlook: Outlook, heat: HazardAssessment, cold: HazardAssessment): Promise<AuditEntry[]> {
  const levels = outlook.days.map((d) => ({ date: d.date, level: d.level, ibmn: d.window?.ibmn ?? null, ibmx: d.window?.ibmx ?? null }));
  const inputHash = await hashInput(outlook.days.map((d) => [d.date, d.tn, d.tx]));
  const sourcesOf = (a: HazardAssessment) => a.sources.map((s) => ({ kind: s.kind, inputId: s.inputId, level: s.level }));
  return [
    {
      ...SYSTEM_ACTOR,
      action: "heat.levels",
      subjectKind: "heat-forecast",
      subjectId: forecast.id,
      modelId: LEVEL_RULE_ALGORITHM.id,
      modelVersion: LEVEL_RULE_ALGORITHM.version,
      inputHash,
      output: { issueDay: forecast.issue_day, thresholds: outlook.thresholds, levels, decided: { level: heat.level, sources: sourcesOf(heat) } },
    },
    {
      ...SYSTEM_ACTOR,
      action: "climate.levels",
      subjectKind: "heat-forecast",
      subjectId: forecast.id,
      modelId: COLD_RULE_ALGORITHM.id,
      modelVersion: COLD_RULE_ALGORITHM.version,
      inputHash,
      output: { hazard: "cold", issueDay: forecast.issue_day, level: cold.level, sources: sourcesOf(cold) },
    },
  ];
}
