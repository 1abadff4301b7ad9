// On-demand scoring of one sale given as its geo-dvf rows (JSON objects keyed by the published column names):
// each row is checked by the same validation as an imported line, the rows are folded into the sale, the sale
// is priced at the edge (audited: model, input hash, output) and triaged against the sales already imported
// (comparables, earlier sale of the same lot). Nothing is stored but the audit entry: a case opens only
// through an import.
import type { ModelRef } from "../../../domain/contracts/common";
import type { GeoDvfRowInput } from "../../../domain/contracts/sales";
import { GEODVF_COLUMNS, validateRow, type LineIssue } from "../../../domain/sales/geodvf-row";
import { aggregateSale, checkSaleConsistency, type Sale } from "../../../domain/sales/sale";
import type { CaseRule, ScopeIssue } from "../../../domain/sales/triage";
import { utcDay } from "../../../domain/time/days";
import type { ActingAgent } from "../platform/auth";
import { withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { saleEvidence, type SaleEvidence } from "./evidence";
import { scoreAudit } from "./records";
import { priceSales } from "./expected-prices";
import { MIN_SALE_DATE, triageThresholds } from "./settings";

export interface SaleScore {
  sale: Sale;
  scopeIssues: ScopeIssue[];
  model: ModelRef | null;
  expectedPrice: number | null;
  ratio: number | null;
  threshold: number;
  /** The rules that would open a case if this sale were imported. */
  wouldOpen: CaseRule[];
  evidence: SaleEvidence;
}

/** The column each whole-sale consistency issue is about. */
const CONSISTENCY_COLUMNS: Partial<Record<LineIssue["code"], string>> = {
  inconsistent_price: "valeur_fonciere",
  inconsistent_date: "date_mutation",
  inconsistent_nature: "nature_mutation",
  inconsistent_commune: "code_commune",
};

const rowField = (index: number, issue: LineIssue) => ({
  field: `rows.${index}.${issue.column ?? CONSISTENCY_COLUMNS[issue.code] ?? "id_mutation"}`,
  message: `${issue.code}: ${issue.message}`,
});

/** The sale the rows describe, or a 400 naming each row and column at fault. */
export function saleFromRows(rows: GeoDvfRowInput[], today: string): Sale {
  const rules = { minDate: MIN_SALE_DATE, maxDate: today };
  const checked = rows.map((row, i) => validateRow(GEODVF_COLUMNS.map((c) => (row[c] === undefined || row[c] === null ? "" : String(row[c]))), i + 1, rules));
  const fields = checked.flatMap((c, i) => c.issues.map((issue) => rowField(i, issue)));
  if (fields.length) throw new ApiError("validation_failed", "Some rows are not valid geo-dvf lines: see fields.", fields);
  const valid = checked.map((c) => c.row as NonNullable<typeof c.row>);
  const other = valid.findIndex((r) => r.saleId !== valid[0].saleId);
  if (other >= 0) throw new ApiError("validation_failed", "All rows must belong to one sale.", [{ field: `rows.${other}.id_mutation`, message: `${valid[other].saleId} differs from ${valid[0].saleId}` }]);
  const inconsistent = checkSaleConsistency(valid);
  if (inconsistent.length) throw new ApiError("validation_failed", "The rows disagree on what the whole sale shares: see fields.", inconsistent.map((issue) => rowField(issue.line - 1, issue)));
  return aggregateSale(valid);
}

export async function scoreSale(env: Env, rows: GeoDvfRowInput[], agent: ActingAgent, now = new Date()): Promise<SaleScore> {
  const sale = saleFromRows(rows, utcDay(now));
  const thresholds = triageThresholds(env);
  const { model: loaded, priced } = await priceSales([sale]);
  const [p] = priced;
  const model = loaded ? { id: loaded.entry.id, version: loaded.entry.version } : null;
  const evidence = await saleEvidence(env.DB, sale, { expectedPrice: p.expectedPrice, modelId: model?.id ?? null, modelVersion: model?.version ?? null }, thresholds);
  if (model && p.expectedPrice !== null) await withAudit(env.DB, [await scoreAudit(p, model, { actor: agent.id, role: agent.role })], [], () => now);
  const wouldOpen = evidence.signals.flatMap((s): CaseRule[] => (s.kind === "below_every_comparable" ? [] : [s.kind]));
  return {
    sale,
    scopeIssues: p.scope,
    model,
    expectedPrice: p.expectedPrice,
    ratio: p.expectedPrice === null ? null : sale.price / p.expectedPrice,
    threshold: thresholds.openBelowShareOfExpected,
    wouldOpen,
    evidence,
  };
}
