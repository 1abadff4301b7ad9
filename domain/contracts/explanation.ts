// What Recoque tells about one individual result (a score, a call priority, a case), as French law asks of
// an algorithmic processing (CRPA R311-3-1-2): the degree of the algorithm's contribution to the decision,
// the data processed and its sources, the parameters and their weight for this person, the operations
// performed — plus the mention of L311-3-1 and the human decision taken, if any. Shared code: the Worker's
// explainers build it (workers/src/explanations/), the consoles show it.
import { z } from "zod";
import { bilingual } from "../../models/cards/schema.ts";
import { ROLES } from "./roles.ts";

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const explanationSchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    mention: bilingual.meta({ description: "The notice required by CRPA L311-3-1" }),
    algorithm: z.object({
      name: bilingual,
      modelId: z.string().nullable(),
      modelVersion: z.string().nullable(),
      cardUrl: z.string().nullable(),
      registerUrl: z.string(),
    }),
    contributionDegree: bilingual,
    data: z.array(z.object({ name: z.string(), label: bilingual, value, source: z.string() })),
    parameters: z.array(z.object({ name: z.string(), label: bilingual, value, weight: z.number().nullable(), effect: bilingual })),
    operations: z.array(bilingual),
    result: z.object({ value: z.union([z.string(), z.number(), z.null()]), label: bilingual }),
    humanDecision: z
      .object({ decision: z.string(), decidedBy: z.string(), role: z.enum(ROLES), at: z.string(), note: z.string().nullable() })
      .nullable(),
    generatedAt: z.string(),
  })
  .meta({ id: "Explanation" });

export type Explanation = z.infer<typeof explanationSchema>;
