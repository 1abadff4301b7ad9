// The only figures of an outreach list that may leave the social worker's browser: counts of households by
// arrondissement. Cells under MIN_CELL_HOUSEHOLDS households are suppressed — and so are cells whose
// complement within the arrondissement is that small, which could otherwise be derived by subtraction. The
// browser suppresses before sending and the Worker applies the same rule again to what it receives. Shared code.
import type { OutreachList } from "./pipeline.ts";
import { OUTREACH_TOP_SHARE } from "./ranking.ts";
import type { ModelBenefit } from "./stakes.ts";

export const MIN_CELL_HOUSEHOLDS = 10;

/** households: lines read; withRights: at least one claimable right; prioritised: at the top of the list;
 * then households with each right (the two CSS variants together). */
export const STATS_METRICS = ["households", "withRights", "prioritised", "rsa", "primeActivite", "aspa", "css"] as const;
export type StatsMetric = (typeof STATS_METRICS)[number];

export type ArrondissementCounts = { arrondissement: number } & Record<StatsMetric, number | null>;

const metricOf = (benefit: ModelBenefit): StatsMetric => (benefit === "cssFree" || benefit === "cssWithContribution" ? "css" : benefit);

/** Raw counts by arrondissement (households outside Paris are not counted), before suppression. */
export function countsByArrondissement(list: OutreachList, topShare = OUTREACH_TOP_SHARE): ArrondissementCounts[] {
  const ranked = list.households.filter((h) => h.rank !== null).length;
  const top = Math.round(topShare * ranked);
  const rows = new Map<number, ArrondissementCounts>();
  for (const h of list.households) {
    if (h.arrondissement === null) continue;
    const row = rows.get(h.arrondissement) ?? { arrondissement: h.arrondissement, ...(Object.fromEntries(STATS_METRICS.map((m) => [m, 0])) as Record<StatsMetric, number>) };
    row.households! += 1;
    if (h.rights.length) row.withRights! += 1;
    if (h.rank !== null && h.rank <= top) row.prioritised! += 1;
    for (const metric of new Set(h.rights.map((r) => metricOf(r.benefit)))) row[metric]! += 1;
    rows.set(h.arrondissement, row);
  }
  return [...rows.values()].sort((a, b) => a.arrondissement - b.arrondissement);
}

const small = (n: number) => n < MIN_CELL_HOUSEHOLDS;

/** The row with its small cells (and cells with a small complement) set to null, and which ones were. */
export function suppressSmallCells(row: ArrondissementCounts): { row: ArrondissementCounts; suppressed: StatsMetric[] } {
  const households = row.households;
  const out = { ...row };
  const suppressed: StatsMetric[] = [];
  for (const metric of STATS_METRICS) {
    const value = row[metric];
    if (value === null) continue;
    const complement = metric === "households" || households === null ? null : households - value;
    const hide = small(value) || households === null || small(households) || (complement !== null && complement > 0 && small(complement));
    if (hide) {
      out[metric] = null;
      suppressed.push(metric);
    }
  }
  return { row: out, suppressed };
}

/** What the console sends: every arrondissement with at least one cell left after suppression. */
export function publishableCounts(list: OutreachList, topShare = OUTREACH_TOP_SHARE): ArrondissementCounts[] {
  return countsByArrondissement(list, topShare)
    .map((row) => suppressSmallCells(row).row)
    .filter((row) => STATS_METRICS.some((m) => row[m] !== null));
}
