// The shape of the published register (GET /api/v1/register), shared by the Worker that builds it
// (workers/src/algorithm-register/document.ts), the OpenAPI document and the page that shows it
// (web/src/pages/algorithm-register/). Each model's part is taken from its card schema. Shared code.
import { z } from "zod";
import { bilingual, modelCardSchema, notGatedSchema, unmeasuredAttributeSchema } from "../../models/cards/schema.ts";
import { ROLES } from "../contracts/roles.ts";
import { registerEntrySchema } from "./schema.ts";

const card = modelCardSchema.shape;

const fairnessSummarySchema = z.object({
  attribute: z.string(),
  metric: z.string(),
  groups: z.number().int(),
  reference: z.number(),
  worstGroup: z.string().meta({ description: "The group furthest from the reference" }),
  worstGap: z.number().meta({ description: "How far that group is from the reference" }),
  maxGap: z.number(),
  passed: z.boolean(),
});
export type FairnessSummary = z.infer<typeof fairnessSummarySchema>;

const publishedModelSchema = z.object({
  id: z.string(),
  version: z.string(),
  current: z.boolean(),
  useCase: card.useCase,
  name: bilingual,
  description: bilingual,
  modelType: bilingual,
  owners: card.details.shape.owners,
  licences: card.details.shape.licences,
  runsOn: card.details.shape.runsOn,
  intendedUse: card.intendedUse,
  data: z.object({
    sources: card.data.shape.sources,
    training: z.object({ window: z.string(), rows: z.number().int() }),
    evaluation: card.data.shape.evaluation,
    features: z.array(z.object({ name: z.string(), description: bilingual, source: z.string() })),
  }),
  metrics: z.object({ overall: card.metrics.shape.overall, notes: z.array(bilingual) }),
  fairness: z.object({
    protectedAttributes: z.array(z.string()),
    checks: z.array(fairnessSummarySchema),
    proxies: card.fairness.shape.proxies,
    unmeasured: z.array(unmeasuredAttributeSchema),
    notGated: z.array(notGatedSchema),
    notes: z.array(bilingual),
  }),
  limits: z.array(bilingual),
  ethicalConsiderations: z.array(bilingual),
  crpa: card.crpa,
  sha256: z.string(),
  cardUrl: z.string(),
  page: z.string(),
});
export type PublishedModel = z.infer<typeof publishedModelSchema>;

const dataClassSchema = z.object({
  id: z.string(),
  description: bilingual,
  personal: z.boolean(),
  retentionDays: z.number().int(),
  justification: bilingual,
});

/** How a person exercises access and erasure on a data class: the operations ("METHOD /path") or why none. */
const subjectRightsSchema = z.union([
  z.object({ export: z.string(), erasure: z.string(), how: bilingual }),
  z.object({ none: bilingual }),
]);
export type SubjectRights = z.infer<typeof subjectRightsSchema>;

const standardsSchema = z
  .array(z.object({ id: z.string(), name: z.string(), version: z.string(), tiers: z.string().optional() }))
  .readonly()
  .meta({ description: "The transparency standards whose fields the entries fill (domain/algorithm-register/fields.ts)" });

const publishedEntrySchema = registerEntrySchema.extend({
  lang: z.array(z.string()),
  standards: standardsSchema,
  models: z.array(publishedModelSchema),
  dataClasses: z.array(dataClassSchema),
  access: z.object({ readers: z.array(z.enum(ROLES)), operators: z.array(z.enum(ROLES)) }),
  subjectRights: z.record(z.string(), subjectRightsSchema).meta({ description: "For each personal data class (by id)" }),
  explanations: z.array(z.object({ kind: z.string(), route: z.string(), roles: z.array(z.enum(ROLES)) })),
});
export type PublishedEntry = z.infer<typeof publishedEntrySchema>;

export const publishedRegisterSchema = z
  .object({
    title: bilingual,
    publisher: z.string(),
    licence: z.string(),
    standards: standardsSchema,
    lastChangeDate: z.string(),
    entries: z.array(publishedEntrySchema),
  })
  .meta({ id: "AlgorithmRegister" });
export type PublishedRegister = z.infer<typeof publishedRegisterSchema>;
