// Data classes of Recoque and how long each is kept: the ONE place where retention periods are set. The
// nightly purge (privacy/purge.ts) deletes what is older than its class allows. Use cases add their
// classes here; a class either names a table and its ISO timestamp column, or gives its own statements.
import type { Bilingual } from "../../../models/cards/schema";

export interface DataClass {
  id: string;
  description: Bilingual;
  /** Data about an identifiable person (the register, agents' notes): listed in exports and erasure. */
  personal: boolean;
  retentionDays: number;
  /** Why this period (law, purpose). */
  justification: Bilingual;
  /** Statements deleting what was recorded before `cutoff` (ISO time). */
  purge(db: D1Database, cutoff: string): D1PreparedStatement[];
}

const olderThan = (table: string, column: string) => (db: D1Database, cutoff: string) => [
  db.prepare(`DELETE FROM ${table} WHERE ${column} < ?1`).bind(cutoff),
];

export const dataClasses: DataClass[] = [
  {
    id: "platform.processed-events",
    description: { fr: "Identifiants des événements déjà traités (idempotence)", en: "Ids of events already handled (idempotency)" },
    personal: false,
    retentionDays: 30,
    justification: { fr: "Au-delà, une file ne redélivre plus un événement.", en: "Past this, a queue no longer redelivers an event." },
    purge: olderThan("processed_events", "processed_at"),
  },
  {
    id: "platform.dead-events",
    description: { fr: "Événements en échec, pour analyse par l'exploitation", en: "Failed events, for ops to analyse" },
    personal: false,
    retentionDays: 90,
    justification: { fr: "Le temps d'analyser et de rejouer un incident.", en: "Time to analyse and replay an incident." },
    purge: olderThan("dead_events", "received_at"),
  },
];

/** The audit log is kept six years (limitation period for liability actions), purged as a chain prefix. */
export const AUDIT_RETENTION_DAYS = 6 * 365;

export const cutoffFor = (retentionDays: number, asOf: Date) => new Date(asOf.getTime() - retentionDays * 86_400_000).toISOString();
