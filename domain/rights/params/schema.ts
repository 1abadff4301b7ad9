// Zod schema of the dated parameter files (params/*.json): every value carries its start date and its legal
// source as { title, href } (the décret, arrêté, circular or code article on an official site), so that the
// links can be checked (tests/node/rights/params.test.ts lists the allowed hosts).
import { z } from "zod";
import { isIsoDay } from "../../time/days.ts";

export const IsoDate = z.string().refine(isIsoDay, "expected a calendar day YYYY-MM-DD");

export const Source = z.strictObject({
  title: z.string().min(8),
  href: z.url({ protocol: /^https$/ }),
});

export const DatedValue = z.strictObject({
  from: IsoDate,
  /** null: the value changed on this date and the new one is not known to the engine (it then answers "maybe"). */
  value: z.union([z.number(), z.array(z.number()).min(1), z.null()]),
  source: Source,
  /** What is still to be checked, or why a value is null. */
  note: z.string().min(8).optional(),
});

export const Parameter = z
  .strictObject({
    unit: z.string().min(1),
    description: z.string().min(5),
    values: z.array(DatedValue).min(1),
  })
  .refine((p) => p.values.every((v, i) => i === 0 || p.values[i - 1].from < v.from), {
    message: "values must be sorted by strictly increasing start date",
  });

export const ParameterFile = z.strictObject({
  benefit: z.string().min(1),
  title: z.string().min(1),
  reviewedThrough: IsoDate,
  parameters: z.record(z.string(), Parameter),
});

export type Source = z.infer<typeof Source>;
export type DatedValue = z.infer<typeof DatedValue>;
export type Parameter = z.infer<typeof Parameter>;
export type ParameterFile = z.infer<typeof ParameterFile>;
