// How sales and cases are written to D1: the columns of each table, a sale's row (with its priced surface and
// expected price), a case's deterministic id and row, and the audit entries of a score and of an opened case.
// Shared by the import's chunk handler, its finalisation and on-demand scoring.
import type { ModelRef } from "../../../domain/contracts/common";
import type { Opening } from "../../../domain/contracts/sales";
import { modelSurface } from "../../../models/sale-price/features";
import type { Sale } from "../../../domain/sales/sale";
import { caseScore, type CaseRule, type PriceSignal, type ResaleSignal, type TriageThresholds } from "../../../domain/sales/triage";
import { SYSTEM_ACTOR, type AuditEntry } from "../platform/audit";
import type { SqlValue } from "../platform/bulk";
import { hashInput } from "../platform/hash";
import type { PricedSale } from "./expected-prices";

export const SALE_COLUMNS = [
  "id", "import_id", "date", "nature", "price", "commune_code", "arrondissement", "dwelling_type", "surface", "price_per_m2",
  "latitude", "longitude", "lot_key", "in_scope", "scope_issues", "expected_price", "price_ratio", "model_id", "model_version", "data", "imported_at",
] as const;

export const CASE_COLUMNS = [
  "id", "sale_id", "rule", "score", "sale_date", "arrondissement", "evidence", "model_id", "model_version", "import_id", "opened_at",
] as const;

const RULE_PREFIX: Record<CaseRule, string> = { price_below_expected: "pb", quick_resale: "qr" };

/** One case per sale and rule: the same signal found twice is the same case. */
export const caseIdFor = (rule: CaseRule, saleId: string) => `${RULE_PREFIX[rule]}-${saleId}`;

export function saleRow(p: PricedSale, importId: string, model: ModelRef | null, at: string): SqlValue[] {
  const { sale } = p;
  const surface = modelSurface(sale);
  const priced = p.expectedPrice !== null && model !== null;
  return [
    sale.id, importId, sale.date, sale.nature, sale.price, sale.communeCode, sale.arrondissement, sale.dwellingType, surface,
    surface === null ? null : sale.price / surface, sale.latitude, sale.longitude, sale.firstDwelling?.lotKey ?? null,
    p.scope.length === 0 ? 1 : 0, JSON.stringify(p.scope), p.expectedPrice, priced ? sale.price / (p.expectedPrice as number) : null,
    priced ? model.id : null, priced ? model.version : null, JSON.stringify(sale), at,
  ];
}

export function caseRow(sale: Sale, signal: PriceSignal | ResaleSignal, thresholds: TriageThresholds, importId: string, model: ModelRef | null, at: string): SqlValue[] {
  const evidence: Opening = { ...signal, thresholds: { openBelowShareOfExpected: thresholds.openBelowShareOfExpected, quickResaleMonths: thresholds.quickResaleMonths, quickResaleRatio: thresholds.quickResaleRatio } };
  return [
    caseIdFor(signal.kind, sale.id), sale.id, signal.kind, caseScore(signal), sale.date, sale.arrondissement, JSON.stringify(evidence),
    model?.id ?? null, model?.version ?? null, importId, at,
  ];
}

/** The audit entry of one automated expected price: the model, a hash of the feature vector, the output. */
export async function scoreAudit(p: PricedSale, model: ModelRef, actor: { actor: string; role: string } = SYSTEM_ACTOR): Promise<AuditEntry> {
  return {
    ...actor,
    action: "sales.price-score",
    subjectKind: "sale",
    subjectId: p.sale.id,
    modelId: model.id,
    modelVersion: model.version,
    inputHash: await hashInput({ sale: p.sale.id, features: p.features }),
    output: { expectedPrice: p.expectedPrice, ratio: p.expectedPrice === null ? null : p.sale.price / p.expectedPrice },
  };
}

/** The audit entry of an opened case: the rule, its score, the threshold and what the signal compared. */
export async function caseAudit(sale: Sale, signal: PriceSignal | ResaleSignal, model: ModelRef | null, input: unknown): Promise<AuditEntry> {
  return {
    ...SYSTEM_ACTOR,
    action: "sales.case-opened",
    subjectKind: "sales-case",
    subjectId: caseIdFor(signal.kind, sale.id),
    modelId: model?.id,
    modelVersion: model?.version,
    inputHash: await hashInput(input),
    output: { rule: signal.kind, score: caseScore(signal), ratio: signal.ratio },
  };
}
