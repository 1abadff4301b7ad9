// The arrondissement counts of outreach lists: stored once per submission after the same suppression the
// console applies (domain/rights/outreach/stats.ts), audited in the same batch, and summed back for agents.
import type { StatsStored, StatsSubmission, StatsTotals } from "../../../domain/contracts/rights";
import { STATS_METRICS, suppressSmallCells, type StatsMetric } from "../../../domain/rights/outreach/stats";
import type { ActingAgent } from "../platform/auth";
import { withAudit } from "../platform/audit";
import { bulkInsert } from "../platform/bulk";
import { hashInput } from "../platform/hash";

/** The cells to keep and the fields suppressed. */
export function cellsToStore(submission: StatsSubmission): { cells: [number, StatsMetric, number][]; suppressed: string[] } {
  const cells: [number, StatsMetric, number][] = [];
  const suppressed: string[] = [];
  submission.arrondissements.forEach((received, i) => {
    const { row, suppressed: hidden } = suppressSmallCells(received);
    for (const metric of hidden) suppressed.push(`arrondissements.${i}.${metric}`);
    for (const metric of STATS_METRICS) if (row[metric] !== null) cells.push([row.arrondissement, metric, row[metric]!]);
  });
  return { cells, suppressed };
}

export async function storeSubmission(db: D1Database, agent: ActingAgent, submission: StatsSubmission, now = new Date()): Promise<StatsStored> {
  const { cells, suppressed } = cellsToStore(submission);
  const known = await db
    .prepare("SELECT (SELECT count(*) FROM rights_stats_cells WHERE submission_id = ?1) AS cells FROM rights_stats_submissions WHERE id = ?1")
    .bind(submission.submissionId)
    .first<{ cells: number }>();
  if (known) return { submissionId: submission.submissionId, created: false, storedCells: known.cells, suppressed };
  const statements = [
    db
      .prepare("INSERT OR IGNORE INTO rights_stats_submissions (id, submitted_at, model_id, model_version, rules_date, top_share) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
      .bind(submission.submissionId, now.toISOString(), submission.modelId, submission.modelVersion, submission.rulesDate, submission.topShare),
    ...bulkInsert(
      db,
      "rights_stats_cells",
      ["submission_id", "arrondissement", "metric", "households"],
      cells.map(([arrondissement, metric, count]) => [submission.submissionId, arrondissement, metric, count]),
      "ON CONFLICT DO NOTHING",
    ),
  ];
  await withAudit(
    db,
    [
      {
        actor: agent.id,
        role: agent.role,
        action: "rights.stats.submitted",
        subjectKind: "rights-stats",
        subjectId: submission.submissionId,
        modelId: submission.modelId,
        modelVersion: submission.modelVersion,
        inputHash: await hashInput(submission),
        output: { arrondissements: submission.arrondissements.length, storedCells: cells.length, suppressedCells: suppressed.length },
      },
    ],
    statements,
    () => now,
  );
  return { submissionId: submission.submissionId, created: true, storedCells: cells.length, suppressed };
}

export async function statsTotals(db: D1Database, from: string | null, to: string | null): Promise<StatsTotals> {
  const window = "submitted_at >= ?1 AND submitted_at < ?2";
  const bounds = [from ?? "0000", to ? `${to}T99` : "9999"];
  const [submissions, cells] = await db.batch([
    db.prepare(`SELECT count(*) AS n FROM rights_stats_submissions WHERE ${window}`).bind(...bounds),
    db
      .prepare(
        `SELECT c.arrondissement, c.metric, sum(c.households) AS households, count(*) AS submissions
         FROM rights_stats_cells c JOIN rights_stats_submissions s ON s.id = c.submission_id
         WHERE ${window.replace(/submitted_at/g, "s.submitted_at")} GROUP BY c.arrondissement, c.metric ORDER BY c.arrondissement`,
      )
      .bind(...bounds),
  ]);
  const rows = new Map<number, StatsTotals["arrondissements"][number]>();
  for (const cell of cells.results as { arrondissement: number; metric: StatsMetric; households: number; submissions: number }[]) {
    const row = rows.get(cell.arrondissement) ?? ({ arrondissement: cell.arrondissement, ...Object.fromEntries(STATS_METRICS.map((m) => [m, null])) } as StatsTotals["arrondissements"][number]);
    row[cell.metric] = { households: cell.households, submissions: cell.submissions };
    rows.set(cell.arrondissement, row);
  }
  return { from, to, submissions: (submissions.results[0] as { n: number }).n, arrondissements: [...rows.values()] };
}
