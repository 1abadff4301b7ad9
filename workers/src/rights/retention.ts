// Purge statement of the rights data class (its period and reason are in domain/privacy/data-classes.ts): submissions of
// arrondissement counts older than the cutoff, cells first.
export const purgeRightsStats = (db: D1Database, cutoff: string): D1PreparedStatement[] => [
  db.prepare("DELETE FROM rights_stats_cells WHERE submission_id IN (SELECT id FROM rights_stats_submissions WHERE submitted_at < ?1)").bind(cutoff),
  db.prepare("DELETE FROM rights_stats_submissions WHERE submitted_at < ?1").bind(cutoff),
];
