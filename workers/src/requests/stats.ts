// Counts of requests per theme and ISO week (Monday of the week, UTC), for the console's chart and its
// table and for ops: counts only, never a text. Requests still unrouted have no theme yet and are left out.
export interface WeeklyCount {
  week: string;
  theme: string;
  requests: number;
}

export async function weeklyCounts(db: D1Database, from: string, to: string): Promise<WeeklyCount[]> {
  const { results } = await db
    .prepare(
      `SELECT date(received_at, 'weekday 0', '-6 days') AS week, theme, count(*) AS requests
       FROM requests WHERE theme IS NOT NULL AND received_at >= ?1 AND received_at < ?2
       GROUP BY week, theme ORDER BY week, theme`,
    )
    .bind(from, to)
    .all<WeeklyCount>();
  return results;
}
