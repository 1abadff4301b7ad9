// The sales console's API calls (tax agents; ops for imports) and the shapes they return.
import { api } from "../../api/client";

/** stalled: a part of the file failed for good; sending the same file again resumes it. */
export type ImportStatusName = "processing" | "completed" | "stalled";

export interface SalesImport {
  id: string;
  fileName: string | null;
  bytes: number;
  compressed: boolean;
  status: ImportStatusName;
  failedChunks: number[];
  progress: number;
  chunksTotal: number;
  chunksDone: number;
  rowsRead: number;
  salesImported: number;
  salesAlreadyKnown: number;
  salesRejected: number;
  linesRejected: number;
  salesScored: number;
  casesOpened: number;
  createdAt: string;
}

export interface RejectedLine {
  line: number;
  code: string;
  column: string | null;
  message: string;
  saleId: string | null;
}

export interface ImportStatus extends SalesImport {
  rejectedLines: { items: RejectedLine[]; total: number };
}

export const CASE_STATUSES = ["open", "referred", "dismissed", "all"] as const;
export type CaseStatusFilter = (typeof CASE_STATUSES)[number];
export const CASE_RULES = ["price_below_expected", "quick_resale"] as const;
export type CaseRule = (typeof CASE_RULES)[number];
export const CASE_SORTS = ["score", "date", "price", "arrondissement"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface CaseSummary {
  id: string;
  rule: CaseRule;
  score: number;
  status: "open" | "dismissed" | "referred";
  openedAt: string;
  sale: { id: string; date: string; arrondissement: number | null; address: string; price: number; surface: number | null; pricePerM2: number | null; expectedPrice: number | null; ratio: number | null };
  decision: { decision: "refer" | "dismiss"; decidedBy: string; at: string; note: string } | null;
}

export interface CaseQuery {
  status: CaseStatusFilter;
  arrondissement: string;
  from: string;
  to: string;
  minScore: string;
  rule: CaseRule | "";
  sort: CaseSort;
  order: "asc" | "desc";
  offset: number;
}

export interface Comparable {
  id: string;
  date: string;
  price: number;
  surface: number;
  pricePerM2: number;
  address: string;
  meters: number;
  monthsBefore: number;
}

export interface Factor {
  factor: "location" | "size" | "lots" | "date";
  percent: number;
  euros: number;
}

export interface CaseDetail {
  case: CaseSummary;
  rule: { label: { fr: string; en: string }; operation: { fr: string; en: string } };
  opening: { threshold?: number; previousId?: string; previousDate?: string; previousPrice?: number; ratio?: number };
  model: { id: string; version: string } | null;
  notice: { fr: string; en: string };
  mention: { fr: string; en: string };
  evidence: {
    expectedPrice: number | null;
    referencePrice: number | null;
    factors: Factor[];
    comparables: Comparable[];
    comparablesPrice: number | null;
    previousSale: { id: string; date: string; price: number } | null;
    signals: { kind: string }[];
    distribution: {
      arrondissement: number;
      from: string;
      to: string;
      count: number;
      quartiles: [number, number, number] | null;
      bins: { from: number; to: number; count: number }[];
      salePricePerM2: number | null;
      salePercentile: number | null;
    } | null;
  };
}

export const PAGE_SIZE = 50;

export function uploadFile(file: File): Promise<SalesImport> {
  return api<SalesImport>(`/api/v1/sales/imports?fileName=${encodeURIComponent(file.name.slice(0, 200))}`, {
    method: "POST",
    body: file,
    headers: { "Content-Type": file.type || "application/octet-stream" },
  });
}

export const importStatus = (id: string) => api<ImportStatus>(`/api/v1/sales/imports/${encodeURIComponent(id)}?limit=200`);

export const recentImports = () => api<{ items: SalesImport[]; total: number }>("/api/v1/sales/imports?limit=10");

export function listCases(query: CaseQuery): Promise<{ items: CaseSummary[]; total: number }> {
  const params = new URLSearchParams({ status: query.status, sort: query.sort, order: query.order, limit: String(PAGE_SIZE), offset: String(query.offset) });
  for (const key of ["arrondissement", "from", "to", "minScore", "rule"] as const) if (query[key] !== "") params.set(key, String(query[key]));
  return api(`/api/v1/sales/cases?${params}`);
}

export const getCase = (id: string) => api<CaseDetail>(`/api/v1/sales/cases/${encodeURIComponent(id)}`);

export const decideCase = (id: string, decision: "refer" | "dismiss", note: string) =>
  api<CaseSummary>(`/api/v1/sales/cases/${encodeURIComponent(id)}/decision`, { method: "POST", json: { decision, note } });

/** The referred cases as CSV text (the API audits the export). */
export const referredCasesCsv = () => api<string>("/api/v1/sales/exports/referred-cases.csv");
