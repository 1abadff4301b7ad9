// Pieces shared by the API's contracts: the page query and page envelope of every list, and the reference
// to a model version. Shared code.
import { z } from "zod";

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).meta({ description: "Page size (1–500)." }),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const modelRefSchema = z.object({ id: z.string(), version: z.string() });
export type ModelRef = z.infer<typeof modelRefSchema>;
