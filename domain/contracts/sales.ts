// The sales API (tax agents; ops for imports): geo-dvf imports and their rejected lines, the cases to review
// with their evidence (expected price and its factors, comparable sales, the area's prices), the decision on a
// case, and the on-demand score of one sale. Shared code: the Worker's routes validate and document with it
// (workers/src/sales/routes/), the sales console types its calls with it (web/src/pages/agent-sales/).
import { z } from "zod";
import { bilingual } from "../../models/cards/schema.ts";
import { PRICE_FACTORS, type PriceFactor } from "../../models/sale-price/explain.ts";
import { SALE_FEATURE_NAMES } from "../../models/sale-price/features.ts";
import { CASE_STATUSES, DECISIONS } from "../sales/cases.ts";
import { quartierRefSchema } from "../geo/paris-areas.ts";
import { comparableSchema } from "../sales/comparables.ts";
import { GEODVF_COLUMNS, ISSUE_CODES, SECTION_PREFIX_COLUMN } from "../sales/geodvf-row.ts";
import { IMPORT_STATUSES, OTHER_CITIES_CHOICES, STALL_REASONS } from "../sales/imports.ts";
import { saleSchema } from "../sales/sale.ts";
import { CASE_RULES, priceSignalSchema, resaleSignalSchema, SCOPE_ISSUES, triageSignalSchema } from "../sales/triage.ts";
import { isIsoDay } from "../time/days.ts";
import { modelRefSchema, pageQuery } from "./common.ts";
import { ROLES } from "./roles.ts";
import { multiLineText, singleLineText } from "./text.ts";

// ---------------------------------------------------------------- imports

export const importSchema = z
  .object({
    id: z.string(),
    sha256: z.string(),
    fileName: z.string().nullable(),
    bytes: z.number(),
    textBytes: z.number(),
    compressed: z.boolean(),
    status: z.enum(IMPORT_STATUSES).meta({
      description: "stalled: a step failed for good or nothing has moved for a while (see stall); POST /sales/imports/{id}/resume, or send the same file again, to resume",
    }),
    failedChunks: z.array(z.number()).meta({ description: "Chunks whose processing failed for good (0-based)" }),
    stall: z
      .object({
        reason: z.enum(STALL_REASONS).meta({ description: "failed: the steps' events exhausted their retries (see /api/v1/ops/dead-events); no_progress: no chunk done for a while, an event was lost" }),
        chunks: z.array(z.number()).meta({ description: "The chunks a resume publishes again (0-based)" }),
        finalise: z.boolean().meta({ description: "Whether a resume publishes the finalisation again" }),
        since: z.string().meta({ description: "The last time anything moved: a chunk done, or the events put on the queue" }),
      })
      .nullable()
      .meta({ description: "Why the import is stalled and what a resume does; null unless stalled" }),
    progress: z.number().meta({ description: "Share of the chunks handled, 0 to 1" }),
    chunksTotal: z.number(),
    chunksDone: z.number(),
    rowsRead: z.number(),
    salesImported: z.number(),
    salesAlreadyKnown: z.number().meta({ description: "Sales of the file already imported from another file" }),
    salesRejected: z.number(),
    linesRejected: z.number(),
    salesScored: z.number(),
    casesOpened: z.number(),
    createdBy: z.string(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    otherCities: z
      .array(z.object({ code: z.string(), name: z.string(), lines: z.number(), firstLine: z.number() }))
      .meta({ description: "Communes outside Paris in the file, imported at the agent's choice (otherCities=import): their sales are kept but neither priced nor triaged" }),
  })
  .meta({ id: "SalesImport" });
export type SalesImport = z.infer<typeof importSchema>;

export const importQuery = z.object({
  fileName: singleLineText().trim().min(1).max(200).optional().meta({ description: "The file's name, for the import list" }),
  otherCities: z.enum(OTHER_CITIES_CHOICES).default("refuse").meta({
    description: "A file with sales outside Paris answers 409 (code other_city, one field error per commune) unless this is import",
  }),
});

const rejectedLineSchema = z.object({
  line: z.number(),
  code: z.enum(ISSUE_CODES),
  column: z.string().nullable(),
  message: z.string(),
  saleId: z.string().nullable(),
});
export type RejectedLine = z.infer<typeof rejectedLineSchema>;

export const importStatusSchema = importSchema
  .extend({ rejectedLines: z.object({ items: z.array(rejectedLineSchema), total: z.number(), limit: z.number(), offset: z.number() }) })
  .meta({ id: "SalesImportStatus" });
export type ImportStatus = z.infer<typeof importStatusSchema>;

// ---------------------------------------------------------------- cases

const isoDate = z.string().refine(isIsoDay, "a calendar day YYYY-MM-DD").meta({ format: "date" });

export const caseFilters = z.object({
  arrondissement: z.coerce.number().int().min(1).max(20).optional(),
  from: isoDate.optional().meta({ description: "Sales on or after this date" }),
  to: isoDate.optional().meta({ description: "Sales on or before this date" }),
  minScore: z.coerce.number().min(0).max(1).optional(),
  rule: z.enum(CASE_RULES).optional(),
});

export const CASE_STATUS_FILTERS = [...CASE_STATUSES, "all"] as const;
export type CaseStatusFilter = (typeof CASE_STATUS_FILTERS)[number];
const CASE_SORTS = ["score", "date", "price", "arrondissement"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const caseListQuery = pageQuery.extend(caseFilters.shape).extend({
  status: z.enum(CASE_STATUS_FILTERS).default("open"),
  sort: z.enum(CASE_SORTS).default("score"),
  order: z.enum(SORT_ORDERS).default("desc"),
});

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
    decision: z.object({ decision: z.enum(DECISIONS), decidedBy: z.string(), role: z.enum(ROLES), at: z.string(), note: z.string() }).nullable(),
  })
  .meta({ id: "SalesCaseSummary" });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

const factorSchema = z.object({
  factor: z.enum(Object.keys(PRICE_FACTORS) as [PriceFactor, ...PriceFactor[]]),
  label: z.string(),
  percent: z.number().meta({ description: "Multiplicative effect on the expected price (+12.5 means ×1.125)" }),
  euros: z.number(),
  features: z.array(z.object({ feature: z.enum(SALE_FEATURE_NAMES), value: z.number().nullable(), percent: z.number() })),
});

const distributionSchema = z.object({
  arrondissement: z.number(),
  from: z.string(),
  to: z.string(),
  count: z.number(),
  quartiles: z.tuple([z.number(), z.number(), z.number()]).nullable(),
  bins: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
  salePricePerM2: z.number().nullable(),
  salePercentile: z.number().nullable().meta({ description: "Share of the area's sales priced below this sale, per m²" }),
});
export type Distribution = z.infer<typeof distributionSchema>;

const evidenceSchema = z.object({
  expectedPrice: z.number().nullable(),
  referencePrice: z.number().nullable().meta({ description: "The model's average price per m² times this sale's priced surface" }),
  factors: z.array(factorSchema).meta({ description: "TreeSHAP effects by factor, largest first; their euros add up to expected − reference" }),
  comparables: z.array(comparableSchema),
  comparablesPrice: z.number().nullable().meta({ description: "Median price per m² of the comparables times the sale's priced surface" }),
  previousSale: z.object({ id: z.string(), date: z.string(), price: z.number() }).nullable(),
  signals: z.array(triageSignalSchema),
  distribution: distributionSchema.nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The thresholds in force when a case opened, kept with its signal. */
const openingThresholds = z.object({ openBelowShareOfExpected: z.number(), quickResaleMonths: z.number(), quickResaleRatio: z.number() });

const openingSchema = z
  .discriminatedUnion("kind", [priceSignalSchema.extend({ thresholds: openingThresholds }), resaleSignalSchema.extend({ thresholds: openingThresholds })])
  .meta({ description: "The signal that opened the case, with the thresholds in force then" });
export type Opening = z.infer<typeof openingSchema>;

export const caseDetailSchema = z
  .object({
    case: caseSummarySchema,
    rule: z.object({ label: bilingual, operation: bilingual }),
    opening: openingSchema,
    model: modelRefSchema.nullable(),
    notice: bilingual.meta({ description: "A signal for review, never an accusation" }),
    mention: bilingual.meta({ description: "CRPA L311-3-1 mention" }),
    evidence: evidenceSchema,
  })
  .meta({ id: "SalesCase" });
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const decisionRequestSchema = z
  .object({
    decision: z.enum(DECISIONS),
    note: multiLineText().trim().min(1, "a note is required: say why").max(2000),
  })
  .meta({ id: "SalesCaseDecision" });

// ---------------------------------------------------------------- on-demand score

/** The columns a row to score may have: geo-dvf's, keyed by their published names. */
const SCORE_COLUMNS = [...GEODVF_COLUMNS, SECTION_PREFIX_COLUMN] as const;

const cell = z.union([singleLineText().max(300), z.number(), z.null()]).optional();
const rowSchema = z.strictObject(Object.fromEntries(SCORE_COLUMNS.map((column) => [column, cell])) as Record<(typeof SCORE_COLUMNS)[number], typeof cell>);
export type GeoDvfRowInput = z.infer<typeof rowSchema>;

export const scoreRequestSchema = z.object({ rows: z.array(rowSchema).min(1).max(100) }).meta({ id: "SalesScoreRequest" });

export const scoreSchema = z
  .object({
    sale: saleSchema,
    scopeIssues: z.array(z.enum(SCOPE_ISSUES)),
    model: modelRefSchema.nullable(),
    expectedPrice: z.number().nullable(),
    ratio: z.number().nullable(),
    threshold: z.number(),
    wouldOpen: z.array(z.enum(CASE_RULES)).meta({ description: "The rules that would open a case if this sale were imported" }),
    notice: bilingual,
    evidence: evidenceSchema,
  })
  .meta({ id: "SalesScore" });

// ---------------------------------------------------------------- maps

export const quartierPriceSchema = z
  .object({
    quartier: quartierRefSchema,
    from: z.string(),
    to: z.string(),
    count: z.number().int().meta({ description: "Sales the figures are computed from" }),
    median: z.number().nullable().meta({ description: "Median price per m² (€), null without sales" }),
    quartiles: z.tuple([z.number(), z.number(), z.number()]).nullable(),
  })
  .meta({
    id: "SalesQuartierPrice",
    description:
      "Prices per m² (declared price over priced surface, Carrez when given) of the imported sales in the model's scope whose geocode lies in the quartier, dated from `from` to `to` (12 months either side of the sale, as the arrondissement's distribution), the sale itself left out",
  });
export type QuartierPrice = z.infer<typeof quartierPriceSchema>;

export const caseQuartierSchema = z
  .object({
    sale: z.object({ id: z.string(), longitude: z.number().nullable(), latitude: z.number().nullable(), pricePerM2: z.number().nullable() }),
    quartier: quartierPriceSchema.nullable().meta({ description: "Null when the sale has no geocode or lies outside Paris's quartiers" }),
  })
  .meta({ id: "SalesCaseQuartier", description: "Where a case's sale lies and the price per m² of its quartier" });
export type CaseQuartier = z.infer<typeof caseQuartierSchema>;

export const quartierCasesQuery = caseFilters.extend({ status: z.enum(CASE_STATUS_FILTERS).default("open") });

export const quartierCasesSchema = z
  .object({
    quartiers: z.array(z.object({ quartier: quartierRefSchema, cases: z.number().int() })).meta({ description: "The 80 quartiers, in code order" }),
    unplaced: z.number().int().meta({ description: "Cases whose sale has no geocode in Paris" }),
    total: z.number().int(),
  })
  .meta({ id: "SalesQuartierCases", description: "The cases matching the list's filters, counted by the quartier of their sale" });
export type QuartierCases = z.infer<typeof quartierCasesSchema>;
