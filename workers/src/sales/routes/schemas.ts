// Response schemas of the sales API (OpenAPI components).
import { z } from "@hono/zod-openapi";
import { CASE_RULES } from "../../../../domain/sales/triage";
import { CASE_STATUSES } from "../cases";

const bilingual = z.object({ fr: z.string(), en: z.string() });

export const importSchema = z
  .object({
    id: z.string(),
    sha256: z.string(),
    fileName: z.string().nullable(),
    bytes: z.number(),
    textBytes: z.number(),
    compressed: z.boolean(),
    status: z.enum(["processing", "completed", "stalled"]).openapi({
      description: "stalled: a chunk or the finalisation failed for good (see /api/v1/ops/dead-events); send the same file again to resume",
    }),
    failedChunks: z.array(z.number()).openapi({ description: "Chunks whose processing failed for good (0-based)" }),
    progress: z.number().openapi({ description: "Share of the chunks handled, 0 to 1" }),
    chunksTotal: z.number(),
    chunksDone: z.number(),
    rowsRead: z.number(),
    salesImported: z.number(),
    salesAlreadyKnown: z.number().openapi({ description: "Sales of the file already imported from another file" }),
    salesRejected: z.number(),
    linesRejected: z.number(),
    salesScored: z.number(),
    casesOpened: z.number(),
    createdBy: z.string(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi("SalesImport");

export const rejectedLineSchema = z.object({ line: z.number(), code: z.string(), column: z.string().nullable(), message: z.string(), saleId: z.string().nullable() });

export const importStatusSchema = importSchema
  .extend({ rejectedLines: z.object({ items: z.array(rejectedLineSchema), total: z.number(), limit: z.number(), offset: z.number() }) })
  .openapi("SalesImportStatus");

export const caseSummarySchema = z
  .object({
    id: z.string(),
    rule: z.enum(CASE_RULES),
    score: z.number(),
    status: z.enum(CASE_STATUSES),
    openedAt: z.string(),
    sale: z.object({
      id: z.string(),
      date: z.string(),
      arrondissement: z.number().nullable(),
      address: z.string(),
      price: z.number(),
      surface: z.number().nullable(),
      pricePerM2: z.number().nullable(),
      expectedPrice: z.number().nullable(),
      ratio: z.number().nullable(),
    }),
    decision: z.object({ decision: z.string(), decidedBy: z.string(), role: z.string(), at: z.string(), note: z.string() }).nullable(),
  })
  .openapi("SalesCaseSummary");

const comparableSchema = z.object({
  id: z.string(), date: z.string(), price: z.number(), surface: z.number(), pricePerM2: z.number(), rooms: z.number().nullable(),
  address: z.string(), arrondissement: z.number().nullable(), meters: z.number(), monthsBefore: z.number(), dissimilarity: z.number(),
});

const factorSchema = z.object({
  factor: z.string(), label: z.string(), percent: z.number(), euros: z.number(),
  features: z.array(z.object({ feature: z.string(), value: z.number().nullable(), percent: z.number() })),
});

export const evidenceSchema = z.object({
  expectedPrice: z.number().nullable(),
  referencePrice: z.number().nullable().openapi({ description: "The model's average price per m² times this sale's priced surface" }),
  factors: z.array(factorSchema).openapi({ description: "TreeSHAP effects by factor, largest first; their euros add up to expected − reference" }),
  comparables: z.array(comparableSchema),
  comparablesPrice: z.number().nullable().openapi({ description: "Median price per m² of the comparables times the sale's priced surface" }),
  previousSale: z.object({ id: z.string(), date: z.string(), price: z.number() }).nullable(),
  signals: z.array(z.record(z.string(), z.unknown())),
  distribution: z
    .object({
      arrondissement: z.number(), from: z.string(), to: z.string(), count: z.number(),
      quartiles: z.tuple([z.number(), z.number(), z.number()]).nullable(),
      bins: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
      salePricePerM2: z.number().nullable(), salePercentile: z.number().nullable(),
    })
    .nullable(),
});

export const caseDetailSchema = z
  .object({
    case: caseSummarySchema,
    rule: z.object({ label: bilingual, operation: bilingual }),
    opening: z.record(z.string(), z.unknown()).openapi({ description: "The signal that opened the case, with the thresholds in force then" }),
    model: z.object({ id: z.string(), version: z.string() }).nullable(),
    notice: bilingual.openapi({ description: "A signal for review, never an accusation" }),
    mention: bilingual.openapi({ description: "CRPA L311-3-1 mention" }),
    evidence: evidenceSchema,
  })
  .openapi("SalesCase");

export const scoreSchema = z
  .object({
    sale: z.record(z.string(), z.unknown()).openapi({ description: "The sale folded from the rows (domain/sales/sale.ts)" }),
    scopeIssues: z.array(z.string()),
    model: z.object({ id: z.string(), version: z.string() }).nullable(),
    expectedPrice: z.number().nullable(),
    ratio: z.number().nullable(),
    threshold: z.number(),
    wouldOpen: z.array(z.enum(CASE_RULES)),
    notice: bilingual,
    evidence: evidenceSchema,
  })
  .openapi("SalesScore");
