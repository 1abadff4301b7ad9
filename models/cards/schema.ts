// The model card schema: the usual model-card sections (details, owners, version, licences, data with
// sources and sensitivity, metrics by slice, intended use, limits, ethical considerations) joined with
// what French law asks of an administration's algorithm (CRPA L311-3-1, R311-3-1-2, L312-1-3): the degree
// of the algorithm's contribution to the decision, the data and its sources, the parameters and their
// weight, the operations performed, the mention to give people, how to contest. Every card validates
// against it in CI; it is exported as JSON Schema (card.schema.json) for other tools. A card is written
// (models/<id>/card.json, validated by `authoredCardSchema` once its placeholders are filled) and completed
// by the build (models/build.ts): id and version, features, artifact and reference examples.
import { z } from "zod";
import type { Bilingual } from "../../domain/i18n/index.ts";

/** A text in French (first) and English: the i18n core's `Bilingual`, never empty. */
export const bilingual = z.object({ fr: z.string().min(1), en: z.string().min(1) }) satisfies z.ZodType<Bilingual>;

const metricValues = z.record(z.string(), z.number());

export const dataSourceSchema = z.object({
  name: z.string().min(1),
  producer: z.string().min(1),
  url: z.string().min(1),
  licence: z.string().min(1),
  /** public: open data; synthetic: generated here; personal: data about identifiable people. */
  sensitivity: z.enum(["public", "synthetic", "personal", "aggregated"]),
  period: z.string().optional(),
  use: z.array(z.enum(["training", "evaluation", "operation"])).min(1),
});

export const featureSchema = z.object({
  name: z.string().min(1),
  description: bilingual,
  /** Where the value comes from when the model runs. */
  source: z.string().min(1),
  /** A protected attribute (sex, nationality, disability, origin...) is never a model input. */
  protected: z.literal(false),
});

export const sliceMetricsSchema = z.object({
  slice: z.string().min(1),
  group: z.string().min(1),
  count: z.number().int().nonnegative(),
  metrics: metricValues,
});

export const fairnessCheckSchema = z.object({
  attribute: z.string().min(1),
  group: z.string().min(1),
  metric: z.string().min(1),
  value: z.number(),
  /** The gap to the overall value allowed by the card: the CI fails when |value − reference| exceeds it. */
  reference: z.number(),
  maxGap: z.number().nonnegative(),
  passed: z.boolean(),
});

export const proxyCheckSchema = z.object({
  attribute: z.string().min(1),
  /** How well the model's inputs predict the attribute (AUC of a classifier trained on the inputs). */
  auc: z.number().min(0).max(1),
  note: bilingual,
});

/** A protected attribute the evaluation data does not carry: why it cannot be measured, what stands in for it. */
export const unmeasuredAttributeSchema = z.object({
  attribute: z.string().min(1),
  reason: bilingual,
});

/** A group metric reported by the card but deliberately not gated for an attribute, and why (published). */
export const notGatedSchema = z.object({
  attribute: z.string().min(1),
  metric: z.string().min(1),
  reason: bilingual,
});

export const modelCardSchema = z.object({
  schemaVersion: z.literal("1.0"),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  name: bilingual,
  useCase: z.enum(["heat", "rights", "sales"]),
  details: z.object({
    description: bilingual,
    modelType: bilingual,
    owners: z.array(z.object({ name: z.string().min(1), contact: z.string().min(1) })).min(1),
    trainedBy: z.string().min(1),
    licences: z.object({ code: z.string().min(1), model: z.string().min(1) }),
    runsOn: z.array(z.enum(["edge", "device"])).min(1),
  }),
  intendedUse: z.object({
    purposes: z.array(bilingual).min(1),
    users: z.array(bilingual).min(1),
    outOfScope: z.array(bilingual).min(1),
  }),
  data: z.object({
    sources: z.array(dataSourceSchema).min(1),
    training: z.object({ window: z.string().min(1), rows: z.number().int().positive(), preparation: z.array(bilingual) }),
    evaluation: z.object({ window: z.string().min(1), rows: z.number().int().positive(), description: bilingual }),
    features: z.array(featureSchema).min(1),
  }),
  metrics: z.object({
    overall: metricValues,
    slices: z.array(sliceMetricsSchema),
    calibration: z.array(z.object({ from: z.number(), to: z.number(), count: z.number(), meanPredicted: z.number(), observedRate: z.number() })).optional(),
    notes: z.array(bilingual),
  }),
  fairness: z.object({
    protectedAttributes: z.array(z.string()),
    checks: z.array(fairnessCheckSchema),
    proxies: z.array(proxyCheckSchema),
    /** Every protected attribute has a proxy check or is listed here (tests/node/trust/fairness.test.ts). */
    unmeasured: z.array(unmeasuredAttributeSchema).optional(),
    /** A metric gated for some attribute is gated for every attribute it is reported by, unless listed here. */
    notGated: z.array(notGatedSchema).optional(),
    notes: z.array(bilingual),
  }),
  limits: z.array(bilingual).min(1),
  ethicalConsiderations: z.array(bilingual).min(1),
  /** What the CRPA requires an administration to be able to say about an algorithmic processing. */
  crpa: z.object({
    individualDecision: z.boolean(),
    contributionDegree: bilingual,
    parameters: z.array(z.object({ name: z.string().min(1), weight: bilingual })).min(1),
    operations: z.array(bilingual).min(1),
    legalBasis: bilingual,
    mention: bilingual,
    contest: bilingual,
    contact: z.string().min(1),
  }),
  artifact: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().positive(),
    input: z.string(),
    output: z.string(),
    trainingSeed: z.number().int(),
  }),
  /** Reference inputs (domain objects, before feature encoding) and the outputs recorded at training. */
  examples: z.array(z.object({ input: z.unknown(), output: z.number() })).min(1),
});

/**
 * The written part of a card, models/<id>/card.json with its placeholders filled (domain/placeholders.ts):
 * everything but the id and version, the artifact and the reference examples, which the build adds, and with
 * `data.features` giving each feature's source by name (the build lists the features in the model's input
 * order with their meaning from the feature definition, and checks every feature has a source here).
 */
export const authoredCardSchema = modelCardSchema.omit({ schemaVersion: true, id: true, version: true, artifact: true, examples: true }).extend({
  data: modelCardSchema.shape.data.extend({
    features: z.record(z.string(), z.strictObject({ source: featureSchema.shape.source })),
  }),
});

export type ModelCard = z.infer<typeof modelCardSchema>;
export type AuthoredCard = z.infer<typeof authoredCardSchema>;
export type FairnessCheck = z.infer<typeof fairnessCheckSchema>;
export type SliceMetrics = z.infer<typeof sliceMetricsSchema>;
