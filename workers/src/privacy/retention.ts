// Data classes of Recoque and how long each is kept: the ONE place where retention periods are set. The
// nightly purge (privacy/purge.ts) deletes what is older than its class allows. Use cases add their
// classes here; a class either names a table and its ISO timestamp column, or gives its own statements.
import type { Bilingual } from "../../../domain/i18n";
import { DAY_MS } from "../../../domain/time/days";
import { purgeAccessRecords, purgeClimateInputs, purgeExpiredRegistrations, purgeHeatCalls, purgeHeatForecasts, purgeHeatMessages } from "../heat/retention";
import { purgeRightsStats } from "../rights/retention";
import { purgeCases, purgeImports, purgeSales } from "../sales/retention";
import { purgeCorrections, purgeMappings, purgeRawMessages, purgeRequests } from "../requests/retention";

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
    description: { fr: "Registre des alertes climat : identité, coordonnées, alertes choisies, facteurs communiqués, et ce qui s'y rattache (appels, suites, messages, codes)", en: "Climate alerts register: identity, contact details, chosen alerts, shared factors, and what is attached to them (calls, follow-ups, messages, codes)" },
    personal: true,
    retentionDays: 1,
    justification: { fr: "L'inscription vaut jusqu'à la fin de la saison de chaque alerte choisie (canicule 15 septembre, grand froid 31 mars, un an pour les autres) sauf renouvellement (CASF R121-2 s.) ; effacée à la purge de la nuit qui suit.", en: "A registration lasts until the end of the season of each alert chosen (heat 15 September, cold 31 March, a year for the others) unless renewed (CASF R121-2 ff.); erased by the following nightly purge." },
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
    id: "heat.access",
    description: { fr: "Codes à usage unique envoyés (empreintes à clé) et compte des codes erronés de l'heure sur tout le registre", en: "One-time codes sent (keyed hashes) and the register-wide count of wrong codes in the hour" },
    personal: true,
    retentionDays: 2,
    justification: { fr: "Un code dure 15 minutes ; le compte ne sert qu'à limiter les essais.", en: "A code lasts 15 minutes; the count only serves to limit attempts." },
    purge: purgeAccessRecords,
  },
  {
    id: "heat.climate-inputs",
    description: { fr: "Cartes de vigilance, hauteurs de la Seine et bulletins de pollution reçus, avec leurs niveaux", en: "Vigilance maps, Seine heights and pollution bulletins received, with their levels" },
    personal: false,
    retentionDays: 5 * 365,
    justification: { fr: "Bilan pluriannuel des alertes et rejeu des saisons passées.", en: "Multi-year review of alerts and replay of past seasons." },
    purge: purgeClimateInputs,
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
  {
    id: "requests.raw-messages",
    description: { fr: "Courriels reçus tels quels (R2), avant pseudonymisation", en: "E-mails as received (R2), before pseudonymisation" },
    personal: true,
    retentionDays: 14,
    justification: { fr: "Le temps de vérifier la lecture et la pseudonymisation d'un courriel et de la refaire ; rien d'autre ne garde le texte non masqué.", en: "Time to check how an e-mail was read and pseudonymised and to redo it; nothing else keeps the unmasked text." },
    purge: purgeRawMessages,
  },
  {
    id: "requests.mappings",
    description: { fr: "Correspondance entre espaces réservés et données personnelles d'une demande, adresse de l'expéditeur", en: "Mapping between a request's placeholders and its personal data, the sender's address" },
    personal: true,
    retentionDays: 60,
    justification: { fr: "Le temps de répondre, relances comprises ; ensuite seul le texte pseudonymisé reste.", en: "Time to answer, reminders included; then only the pseudonymised text remains." },
    purge: purgeMappings,
  },
  {
    id: "requests.requests",
    description: { fr: "Demandes pseudonymisées, orientation proposée et traitement par les agents", en: "Pseudonymised requests, proposed routing and the agents' handling" },
    personal: true,
    retentionDays: 2 * 365,
    justification: { fr: "Suivre une demande et ses suites, répondre à une réclamation sur une réponse.", en: "Follow a request and what came of it, handle a complaint about a reply." },
    purge: purgeRequests,
  },
  {
    id: "requests.corrections",
    description: { fr: "Confirmations et corrections des agents (texte pseudonymisé et étiquettes), données d'entraînement", en: "Agents' confirmations and corrections (pseudonymised text and labels), training data" },
    personal: true,
    retentionDays: 3 * 365,
    justification: { fr: "Réentraîner et évaluer le modèle d'orientation sur des demandes réelles relues ; effacées avec la demande sur demande de la personne.", en: "Retrain and evaluate the routing model on real reviewed requests; erased with the request when the person asks." },
    purge: purgeCorrections,
  },
];

export const cutoffFor = (retentionDays: number, asOf: Date) => new Date(asOf.getTime() - retentionDays * DAY_MS).toISOString();
