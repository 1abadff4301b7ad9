// The sales console's API calls (tax agents; ops for imports); the shapes they return are the API's contracts
// (domain/contracts/sales.ts).
import type { CaseDetail, CaseQuartier, CaseSort, CaseStatusFilter, CaseSummary, ImportStatus, QuartierCases, SalesImport, SortOrder } from "../../../../domain/contracts/sales";
import type { Decision } from "../../../../domain/sales/cases";
import type { CaseRule } from "../../../../domain/sales/triage";
import { api } from "../../api/client";

/** The case list's filters as the form holds them (text fields, "" when unset), its sort and its page. */
export interface CaseQuery {
  status: CaseStatusFilter;
  arrondissement: string;
  from: string;
  to: string;
  minScore: string;
  rule: CaseRule | "";
  sort: CaseSort;
  order: SortOrder;
  offset: number;
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

/** The list's filters as query parameters (the unset ones left out). */
function filterParams(query: CaseQuery): URLSearchParams {
  const params = new URLSearchParams({ status: query.status });
  for (const key of ["arrondissement", "from", "to", "minScore", "rule"] as const) if (query[key] !== "") params.set(key, String(query[key]));
  return params;
}

export function listCases(query: CaseQuery): Promise<{ items: CaseSummary[]; total: number }> {
  const params = filterParams(query);
  for (const [key, value] of Object.entries({ sort: query.sort, order: query.order, limit: String(PAGE_SIZE), offset: String(query.offset) })) params.set(key, value);
  return api(`/api/v1/sales/cases?${params}`);
}

export const casesByQuartier = (query: CaseQuery) => api<QuartierCases>(`/api/v1/sales/quartiers/cases?${filterParams(query)}`);

export const caseQuartier = (id: string) => api<CaseQuartier>(`/api/v1/sales/cases/${encodeURIComponent(id)}/quartier`);

export const getCase = (id: string) => api<CaseDetail>(`/api/v1/sales/cases/${encodeURIComponent(id)}`);

export const decideCase = (id: string, decision: Decision, note: string) =>
  api<CaseSummary>(`/api/v1/sales/cases/${encodeURIComponent(id)}/decision`, { method: "POST", json: { decision, note } });

/** The referred cases as CSV text (the API audits the export). */
export const referredCasesCsv = () => api<string>("/api/v1/sales/exports/referred-cases.csv");
