// Fairness helpers for the models' definitions (shared, no Node import): gate every group of every slice that
// reports a metric, so no group is left out of a card's checks; and measure who a triage rule flags, group by
// group, when the evaluation data carries no attribute of people (the flag rate and the signed error stand in).
import type { FairnessCheck, SliceMetrics } from "./schema.ts";

/** One check per group of every slice reporting `metric` (optionally only for `attributes`). */
export function gapChecks(slices: readonly SliceMetrics[], metric: string, reference: number, maxGap: number, attributes?: readonly string[]): FairnessCheck[] {
  return slices
    .filter((s) => metric in s.metrics && (!attributes || attributes.includes(s.slice)))
    .map((s) => ({
      attribute: s.slice,
      group: s.group,
      metric,
      value: s.metrics[metric],
      reference,
      maxGap,
      passed: Math.abs(s.metrics[metric] - reference) <= maxGap,
    }));
}

export interface FlaggedRow {
  /** The row's group for each attribute, e.g. { arrondissement: "7", expectedPriceBand: "≥1.2 M€" }. */
  groups: Record<string, string>;
  flagged: boolean;
  /** (declared − expected) / expected: below 0 when the model expects more than was declared. */
  signedError: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const FLAGGED_PER_1000 = "flaggedPer1000";
const MEDIAN_SIGNED_ERROR = "medianSignedError";

/** Per group of each attribute: how many rows, how many flagged per 1,000, and the median signed error. */
export function flaggedSlices(rows: readonly FlaggedRow[]): SliceMetrics[] {
  const groups = new Map<string, { slice: string; group: string; rows: FlaggedRow[] }>();
  for (const row of rows) {
    for (const [slice, group] of Object.entries(row.groups)) {
      const key = `${slice}|${group}`;
      if (!groups.has(key)) groups.set(key, { slice, group, rows: [] });
      groups.get(key)!.rows.push(row);
    }
  }
  return [...groups.values()].map(({ slice, group, rows: members }) => ({
    slice,
    group,
    count: members.length,
    metrics: {
      [FLAGGED_PER_1000]: (1000 * members.filter((r) => r.flagged).length) / members.length,
      [MEDIAN_SIGNED_ERROR]: median(members.map((r) => r.signedError)),
    },
  }));
}

/** The same figures over all rows. */
export function flaggedOverall(rows: readonly FlaggedRow[]): Record<string, number> {
  return {
    [FLAGGED_PER_1000]: (1000 * rows.filter((r) => r.flagged).length) / rows.length,
    [MEDIAN_SIGNED_ERROR]: median(rows.map((r) => r.signedError)),
  };
}
