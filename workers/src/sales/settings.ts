// The sales use case's settings, in one place: the triage thresholds in force (defaults calibrated in
// models/sale-price/TRIAGE.md; an operator may set another opening share with the SALES_CASE_THRESHOLD variable of
// wrangler.toml, empty by default), the import limits, and where import files live in R2.
import type { ModelId } from "../../../models/features";
import { DEFAULT_TRIAGE_THRESHOLDS, type TriageThresholds } from "../../../domain/sales/triage";

export const SALE_PRICE_MODEL = "sale-price" satisfies ModelId;

/** Largest upload (raw bytes, gzip or plain): a published département-year file is a few MB gzipped. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
/** Largest decompressed text (also stops gzip bombs): about 250,000 geo-dvf lines. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;
/**
 * Target size of a chunk (whole sales only, about 1,000 lines). One chunk is one queue event whose handler
 * writes its sales, scores and audit entries in one D1 batch of about ten statements, so a consumer batch of
 * 20 events stays far below D1's 1,000 queries per invocation; a 64 MB file makes at most 256 chunks, each
 * one R2 object written by the upload request.
 */
export const CHUNK_BYTES = 256 * 1024;
/** Earliest sale date accepted (DVF starts in 2014). */
export const MIN_SALE_DATE = "2014-01-01";

export const rawFileKey = (sha256: string) => `sales/raw/${sha256}`;
export const chunkKey = (sha256: string, index: number) => `sales/chunks/${sha256}/${index}`;
export const importIdFor = (sha256: string) => `imp-${sha256.slice(0, 24)}`;

/** The thresholds in force: the calibrated defaults, with the opening share configured by the operator if any. */
export function triageThresholds(env: Env): TriageThresholds {
  const configured = env.SALES_CASE_THRESHOLD;
  if (configured === "") return DEFAULT_TRIAGE_THRESHOLDS;
  const share = Number(configured);
  if (!(share > 0 && share < 1)) throw new Error(`SALES_CASE_THRESHOLD must be a number between 0 and 1, got ${JSON.stringify(configured)}`);
  return { ...DEFAULT_TRIAGE_THRESHOLDS, openBelowShareOfExpected: share, validationShareBelow: Number.NaN };
}
