// How each data class of Recoque (domain/privacy/data-classes.ts, where retention periods are set) is purged:
// the nightly purge (privacy/purge.ts) deletes what is older than its class allows. A class either names a
// table and its ISO timestamp column, or gives its own statements.
import { DATA_CLASSES, type DataClassFacts, type DataClassId } from "../../../domain/privacy/data-classes";
import { DAY_MS } from "../../../domain/time/days";
import { purgeAccessRecords, purgeClimateInputs, purgeExpiredRegistrations, purgeHeatCalls, purgeHeatForecasts, purgeHeatMessages } from "../heat/retention";
import { purgeRightsStats } from "../rights/retention";
import { purgeCases, purgeImports, purgeSales } from "../sales/retention";
import { purgeCorrections, purgeMappings, purgeRawMessages, purgeRequests } from "../requests/retention";

export interface DataClass extends DataClassFacts {
  /** Statements deleting what was recorded before `cutoff` (ISO time). */
  purge(db: D1Database, cutoff: string): D1PreparedStatement[];
}

type Purge = DataClass["purge"];

const olderThan = (table: string, column: string): Purge => (db, cutoff) => [
  db.prepare(`DELETE FROM ${table} WHERE ${column} < ?1`).bind(cutoff),
];

const purges: Record<DataClassId, Purge> = {
  "platform.processed-events": olderThan("processed_events", "processed_at"),
  "platform.dead-events": olderThan("dead_events", "received_at"),
  "heat.register": purgeExpiredRegistrations,
  "heat.messages": purgeHeatMessages,
  "heat.calls": purgeHeatCalls,
  "heat.access": purgeAccessRecords,
  "heat.climate-inputs": purgeClimateInputs,
  "heat.forecasts": purgeHeatForecasts,
  "rights.outreach-counts": purgeRightsStats,
  "sales.sales": purgeSales,
  "sales.cases": purgeCases,
  "sales.imports": purgeImports,
  "requests.raw-messages": purgeRawMessages,
  "requests.mappings": purgeMappings,
  "requests.requests": purgeRequests,
  "requests.corrections": purgeCorrections,
};

export const dataClasses: DataClass[] = DATA_CLASSES.map((facts) => ({ ...facts, purge: purges[facts.id] }));

export const cutoffFor = (retentionDays: number, asOf: Date) => new Date(asOf.getTime() - retentionDays * DAY_MS).toISOString();
