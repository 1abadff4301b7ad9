// Zod schema of the dated parameter files (params/*.json): every value carries its start date and source.
import { z } from "zod";
import { isIsoDay } from "../../time/days.ts";

export const IsoDate = z.string().refine(isIsoDay, "expected a calendar day YYYY-MM-DD");

export const DatedValue = z.object({
  from: IsoDate,
  value: z.union([z.number(), z.array(z.number()).min(1)]),
  source: z.string().min(8),
});

export const Parameter = z
  .object({
    unit: z.string().min(1),
    description: z.string().min(5),
    values: z.array(DatedValue).min(1),
  })
  .refine((p) => p.values.every((v, i) => i === 0 || p.values[i - 1].from < v.from), {
    message: "values must be sorted by strictly increasing start date",
  });

export const ParameterFile = z.object({
  benefit: z.string().min(1),
  title: z.string().min(1),
  reviewedThrough: IsoDate,
  parameters: z.record(z.string(), Parameter),
});

export type DatedValue = z.infer<typeof DatedValue>;
export type Parameter = z.infer<typeof Parameter>;
export type ParameterFile = z.infer<typeof ParameterFile>;
