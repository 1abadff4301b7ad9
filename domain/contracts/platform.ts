// The platform's API: liveness and health, the model registry (list, card, feature context, edge check,
// predictions for ops), the dead-letter list and the probe event (ops), and the audit log with the check of
// its hash chain (auditors). Shared code: the Worker's platform routes validate and document with it
// (workers/src/routes/), the agent home's panels type their calls with it (web/src/pages/agent/).
import { z } from "zod";
import { modelCardSchema } from "../../models/cards/schema.ts";
import { pageQuery } from "./common.ts";
import { singleLineText } from "./text.ts";

// ---------------------------------------------------------------- liveness and health

export const pingSchema = z.object({ ok: z.literal(true) });

export const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    version: z.string(),
    environment: z.string(),
    database: z.object({ reachable: z.boolean(), error: z.string().optional() }),
    models: z.array(
      z.object({
        id: z.string(),
        version: z.string(),
        sha256: z.string(),
        loaded: z.boolean(),
        loadedAt: z.string().optional(),
        error: z.string().optional(),
      }),
    ),
    time: z.string(),
  })
  .meta({ id: "Health" });

// ---------------------------------------------------------------- models

const modelSummarySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    current: z.boolean(),
    task: z.string(),
    features: z.array(z.string()),
    runsOn: modelCardSchema.shape.details.shape.runsOn,
    sha256: z.string(),
    bytes: z.number(),
    file: z.string().meta({ description: "URL of the ONNX file" }),
  })
  .meta({ id: "ModelSummary" });

export const modelListSchema = z.object({ models: z.array(modelSummarySchema) });

export const modelCardResponseSchema = modelCardSchema.meta({ id: "ModelCard" });

export const featureContextSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: "Lookup tables learnt with the model version; their shape is the model's feature definition's (models/<id>/features.ts)" });

export const modelCheckSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    sha256: z.string(),
    ok: z.boolean(),
    maxAbsDiff: z.number(),
    examples: z.array(z.object({ expected: z.number(), output: z.number() })),
  })
  .meta({ id: "ModelCheck" });
export type ModelCheck = z.infer<typeof modelCheckSchema>;

const MAX_PREDICT_ROWS = 4096;

export const predictRequestSchema = z.object({
  rows: z.array(z.array(z.number().nullable()).max(1000)).min(1).max(MAX_PREDICT_ROWS)
    .meta({ description: "Feature vectors in the model's feature order, finite float32 values; null = missing, taken only by tree models (those with an explainer: sale-price, non-take-up), refused by the others with a 400 naming rows.<row>.<feature>. A row the model gives no finite output for is refused with a 400 naming it." }),
  repeat: z.number().int().min(1).max(100).default(1)
    .meta({ description: "Run the batch this many times (load tests and benchmarks amortise the HTTP round trip)." }),
});

export const predictionsSchema = z.object({ outputs: z.array(z.number()) });

// ---------------------------------------------------------------- operations

export const deadEventsQuery = pageQuery.extend({ type: z.string().max(100).optional() });

export const deadEventSchema = z
  .object({
    eventId: z.string(),
    eventType: z.string(),
    body: z.unknown().meta({ description: "The event as received (its text when it was not JSON)" }),
    attempts: z.number(),
    receivedAt: z.string(),
  })
  .meta({ id: "DeadEvent" });
export type DeadEvent = z.infer<typeof deadEventSchema>;

export const probeRequestSchema = z.object({ mode: z.enum(["ok", "fail"]), note: singleLineText().max(500).optional() });
export const probeSchema = z.object({ eventId: z.string() });

// ---------------------------------------------------------------- audit

export const auditEntriesQuery = pageQuery.extend({ action: z.string().max(100).optional() });

export const auditEntrySchema = z
  .object({
    seq: z.number(),
    at: z.string(),
    actor: z.string(),
    role: z.string().meta({ description: "The agent's role, or system / public" }),
    action: z.string(),
    subjectKind: z.string().nullable(),
    subjectId: z.string().nullable(),
    modelId: z.string().nullable(),
    modelVersion: z.string().nullable(),
    inputHash: z.string().nullable(),
    output: z.unknown().meta({ description: "What the action produced (by action); never personal data" }),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: "AuditEntry" });

/** Why a link of the hash chain is broken. */
const CHAIN_BREAKS = ["gap_or_reorder", "prev_hash_mismatch", "hash_mismatch"] as const;
export type ChainBreak = (typeof CHAIN_BREAKS)[number];

export const chainReportSchema = z
  .object({
    valid: z.boolean(),
    entries: z.number(),
    head: z.object({ seq: z.number(), hash: z.string() }),
    firstBroken: z.object({ seq: z.number(), reason: z.enum(CHAIN_BREAKS) }).optional(),
  })
  .meta({ id: "AuditChainReport" });
export type ChainReport = z.infer<typeof chainReportSchema>;
