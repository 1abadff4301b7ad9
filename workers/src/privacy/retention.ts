// Data classes of Recoque and how long each is kept: the ONE place where retention periods are set. The
// nightly purge (privacy/purge.ts) deletes what is older than its class allows. Use cases add their
// classes here; a class either names a table and its ISO timestamp column, or gives its own statements.
import type { Bilingual } from "../../../domain/i18n";
import { DAY_MS } from "../../../domain/time/days";
import { purgeExpiredRegistrations, purgeHeatCalls, purgeHeatForecasts, purgeHeatMessages } from "../heat/retention";
import { purgeRightsStats } from "../rights/retention";
import { purgeCases, purgeImports, purgeSales } from "../sales/retention";

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
  {
    id: "heat.register",
    description: { fr: "Registre canicule : identité, coordonnées, facteurs communiqués, et ce qui s'y rattache (appels, suites, messages)", en: "Heat register: identity, contact details, shared factors, and what is attached to them (calls, follow-ups, messages)" },
    personal: true,
    retentionDays: 1,
    justification: { fr: "L'inscription vaut jusqu'à la fin de la saison (15 septembre) sauf renouvellement (CASF R121-2 s.) ; effacée à la purge de la nuit qui suit.", en: "A registration lasts until the season ends (15 September) unless renewed (CASF R121-2 ff.); erased by the following nightly purge." },
    purge: purgeExpiredRegistrations,
  },
  {
    id: "heat.messages",
    description: { fr: "Messages d'alerte (file d'envoi et trace du fournisseur)", en: "Alert messages (outbox and the provider's record)" },
    personal: true,
    retentionDays: 90,
    justification: { fr: "Le temps de traiter une réclamation sur un message.", en: "Time to handle a complaint about a message." },
    purge: purgeHeatMessages,
  },
  {
    id: "heat.calls",
    description: { fr: "Listes d'appels, résultats des appels et suites données", en: "Call lists, call outcomes and follow-ups" },
    personal: true,
    retentionDays: 180,
    justification: { fr: "La saison et son bilan.", en: "The season and its review." },
    purge: purgeHeatCalls,
  },
  {
    id: "heat.forecasts",
    description: { fr: "Prévisions reçues, températures, épisodes et tours d'appel", en: "Forecasts received, temperatures, episodes and call rounds" },
    personal: false,
    retentionDays: 5 * 365,
    justification: { fr: "Bilan pluriannuel des alertes et rejeu des étés passés.", en: "Multi-year review of alerts and replay of past summers." },
    purge: purgeHeatForecasts,
  },
  {
    id: "rights.outreach-counts",
    description: { fr: "Comptes de foyers par arrondissement envoyés par les consoles d'accès aux droits (cellules d'au moins 10 foyers)", en: "Counts of households by arrondissement sent by the rights outreach consoles (cells of at least 10 households)" },
    personal: false,
    retentionDays: 5 * 365,
    justification: { fr: "Suivre le non-recours et l'effet des démarches d'aller-vers sur plusieurs années.", en: "Follow non-take-up and the effect of outreach over several years." },
    purge: purgeRightsStats,
  },
  {
    id: "sales.sales",
    description: { fr: "Ventes DVF importées (sans nom de personne) et leur prix attendu", en: "Imported DVF sales (no person's name) and their expected price" },
    personal: false,
    retentionDays: 5 * 365,
    justification: { fr: "La DGFiP publie les ventes des cinq dernières années (LPF, art. L112 A) ; la date de la vente compte.", en: "The DGFiP publishes the sales of the last five years (LPF, art. L112 A); the sale's date counts." },
    purge: purgeSales,
  },
  {
    id: "sales.cases",
    description: { fr: "Dossiers de ventes à examiner, décisions et notes des agents", en: "Sales cases to review, agents' decisions and notes" },
    personal: true,
    retentionDays: 5 * 365,
    justification: { fr: "Le temps de suivre les dossiers transmis à la DGFiP ; jamais plus longtemps que la vente concernée.", en: "Time to follow the cases referred to the DGFiP; never longer than the sale concerned." },
    purge: purgeCases,
  },
  {
    id: "sales.imports",
    description: { fr: "Fichiers DVF importés (R2), suivi des imports et lignes rejetées", en: "Imported DVF files (R2), import records and rejected lines" },
    personal: false,
    retentionDays: 365,
    justification: { fr: "Le temps de vérifier un import et de le refaire ; les fichiers sont republiés par la DGFiP.", en: "Time to check an import and redo it; the files are republished by the DGFiP." },
    purge: purgeImports,
  },
];

/** The audit log is kept six years (limitation period for liability actions), purged as a chain prefix. */
export const AUDIT_RETENTION_DAYS = 6 * 365;

export const cutoffFor = (retentionDays: number, asOf: Date) => new Date(asOf.getTime() - retentionDays * DAY_MS).toISOString();
