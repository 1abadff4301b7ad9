// The rights API: the counts of households by arrondissement an outreach list may send (household data never
// leaves the social worker's browser), what storing them did, and the totals read back. Shared code: the
// Worker's routes validate and document with it (workers/src/rights/routes.ts), the rights console types its
// calls with it (web/src/pages/agent-rights/StatsPanel.tsx).
import { z } from "zod";
import { MIN_CELL_HOUSEHOLDS, STATS_METRICS, type StatsMetric } from "../rights/outreach/stats.ts";
import { isIsoDay } from "../time/days.ts";
import { singleLineText } from "./text.ts";

const MAX_COUNT = 10_000_000;
const isoDate = z.string().refine(isIsoDay, "expected a calendar day YYYY-MM-DD").meta({ format: "date" });
const count = z.number().int().min(0).max(MAX_COUNT).nullable();

const arrondissementCounts = z
  .object({
    arrondissement: z.number().int().min(1).max(20),
    ...(Object.fromEntries(STATS_METRICS.map((m) => [m, count])) as Record<StatsMetric, typeof count>),
  })
  .strict()
  .superRefine((row, ctx) => {
    for (const metric of STATS_METRICS) {
      if (metric === "households" || row[metric] === null || row.households === null) continue;
      if (row[metric]! > row.households) ctx.addIssue({ code: "custom", path: [metric], message: `cannot exceed households (${row.households})` });
    }
  });

export const statsSubmissionSchema = z
  .object({
    submissionId: z.uuid().meta({ description: "Chosen by the console: sending the same submission again stores nothing new" }),
    modelId: z.literal("non-take-up"),
    modelVersion: singleLineText().max(20),
    rulesDate: isoDate,
    topShare: z.number().gt(0).max(1),
    arrondissements: z
      .array(arrondissementCounts)
      .min(1)
      .max(20)
      .superRefine((rows, ctx) => {
        const seen = new Set<number>();
        rows.forEach((row, i) => {
          if (seen.has(row.arrondissement)) ctx.addIssue({ code: "custom", path: [i, "arrondissement"], message: "arrondissement given twice" });
          seen.add(row.arrondissement);
        });
      }),
  })
  .strict()
  .meta({
    id: "RightsStatsSubmission",
    description: `Counts of households by arrondissement from one outreach list. Cells under ${MIN_CELL_HOUSEHOLDS} households (or whose complement in the arrondissement is) must be null; the Worker suppresses any it receives.`,
  });
export type StatsSubmission = z.infer<typeof statsSubmissionSchema>;

export const statsStoredSchema = z
  .object({
    submissionId: z.string(),
    created: z.boolean().meta({ description: "False when a submission with this id was already stored (nothing written again)" }),
    storedCells: z.number().int(),
    suppressed: z.array(z.string()).meta({ description: "Fields received with a count the suppression rule does not allow to keep, e.g. arrondissements.2.aspa" }),
  })
  .meta({ id: "RightsStatsStored" });
export type StatsStored = z.infer<typeof statsStoredSchema>;

export const statsTotalsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

const total = z
  .object({ households: z.number().int(), submissions: z.number().int() })
  .nullable()
  .meta({ description: "The sum of the stored counts, and how many submissions contributed" });

export const statsTotalsSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    submissions: z.number().int(),
    arrondissements: z.array(z.object({ arrondissement: z.number().int(), ...(Object.fromEntries(STATS_METRICS.map((m) => [m, total])) as Record<StatsMetric, typeof total>) })),
  })
  .meta({ id: "RightsStatsTotals" });
export type StatsTotals = z.infer<typeof statsTotalsSchema>;
