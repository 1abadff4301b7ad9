// The reviewers' work on cases: the list (filters on status, arrondissement, sale period, score and rule;
// highest score first unless asked otherwise; paginated), a decision (dismiss or refer, with a mandatory note,
// taken once, audited with a hash of the note, never the note itself) and the CSV export of referred cases.
import type { CaseSort, CaseStatusFilter, CaseSummary, SortOrder } from "../../../domain/contracts/sales";
import type { Role } from "../../../domain/contracts/roles";
import { decisionOf, statusAfter, type CaseStatus, type Decision } from "../../../domain/sales/cases";
import { csvCell } from "../../../domain/csv/cell";
import { addressOf } from "../../../domain/sales/comparables";
import type { Sale } from "../../../domain/sales/sale";
import type { CaseRule } from "../../../domain/sales/triage";
import type { ActingAgent } from "../platform/auth";
import { withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { hashInput } from "../platform/hash";

export interface CaseFilters {
  status: CaseStatusFilter;
  arrondissement?: number;
  from?: string;
  to?: string;
  minScore?: number;
  rule?: CaseRule;
}

export interface CaseRow {
  id: string;
  sale_id: string;
  rule: CaseRule;
  score: number;
  status: CaseStatus;
  sale_date: string;
  arrondissement: number | null;
  evidence: string;
  model_id: string | null;
  model_version: string | null;
  import_id: string;
  opened_at: string;
  decided_by: string | null;
  decided_role: Role | null;
  decided_at: string | null;
  decision_note: string | null;
  price: number;
  sale_model_id: string | null;
  sale_model_version: string | null;
  expected_price: number | null;
  price_ratio: number | null;
  surface: number | null;
  price_per_m2: number | null;
  data: string;
}

const SORT_COLUMNS: Record<CaseSort, string> = { score: "c.score", date: "c.sale_date", price: "s.price", arrondissement: "c.arrondissement" };

export function caseSummary(row: CaseRow): CaseSummary {
  const sale = JSON.parse(row.data) as Sale;
  return {
    id: row.id,
    rule: row.rule,
    score: row.score,
    status: row.status,
    openedAt: row.opened_at,
    sale: {
      id: row.sale_id,
      date: row.sale_date,
      arrondissement: row.arrondissement,
      address: addressOf(sale),
      price: row.price,
      surface: row.surface,
      pricePerM2: row.price_per_m2,
      expectedPrice: row.expected_price,
      ratio: row.price_ratio,
    },
    decision:
      row.decided_at && row.status !== "open"
        ? { decision: decisionOf(row.status), decidedBy: row.decided_by as string, role: row.decided_role as Role, at: row.decided_at, note: row.decision_note as string }
        : null,
  };
}

const SELECT_CASE = `SELECT c.*, s.price, s.model_id AS sale_model_id, s.model_version AS sale_model_version, s.expected_price, s.price_ratio, s.surface, s.price_per_m2, s.data FROM sales_cases c JOIN sales s ON s.id = c.sale_id`;

/** The SQL filter of the case list (on `sales_cases c`) and its parameters. */
export function caseFilterSql(filters: CaseFilters): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, value: string | number) => {
    params.push(value);
    clauses.push(clause.replace("?", `?${params.length}`));
  };
  if (filters.status !== "all") add("c.status = ?", filters.status);
  if (filters.arrondissement !== undefined) add("c.arrondissement = ?", filters.arrondissement);
  if (filters.from) add("c.sale_date >= ?", filters.from);
  if (filters.to) add("c.sale_date <= ?", filters.to);
  if (filters.minScore !== undefined) add("c.score >= ?", filters.minScore);
  if (filters.rule) add("c.rule = ?", filters.rule);
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

export async function listCases(
  db: D1Database,
  filters: CaseFilters,
  page: { sort: CaseSort; order: SortOrder; limit: number; offset: number },
): Promise<{ items: CaseSummary[]; total: number }> {
  const { sql, params } = caseFilterSql(filters);
  const order = `${SORT_COLUMNS[page.sort]} ${page.order === "asc" ? "ASC" : "DESC"}, c.score DESC, c.id`;
  const n = params.length;
  const [rows, count] = await db.batch([
    db.prepare(`${SELECT_CASE} ${sql} ORDER BY ${order} LIMIT ?${n + 1} OFFSET ?${n + 2}`).bind(...params, page.limit, page.offset),
    db.prepare(`SELECT count(*) AS n FROM sales_cases c ${sql}`).bind(...params),
  ]);
  return { items: (rows.results as CaseRow[]).map(caseSummary), total: (count.results[0] as { n: number }).n };
}

export function getCase(db: D1Database, id: string): Promise<CaseRow | null> {
  return db.prepare(`${SELECT_CASE} WHERE c.id = ?1`).bind(id).first<CaseRow>();
}

/** The case, or a 404. */
export async function requireCase(db: D1Database, id: string): Promise<CaseRow> {
  const row = await getCase(db, id);
  if (!row) throw new ApiError("not_found", `No sales case ${id}.`);
  return row;
}

/** A 400 on `to` when the filters' sale period is empty. */
export function checkPeriod(filters: Pick<CaseFilters, "from" | "to">): void {
  if (filters.from && filters.to && filters.from > filters.to) throw new ApiError("validation_failed", "The period is empty.", [{ field: "query.to", message: "must not be before from" }]);
}

const isAlreadyDecided = (error: unknown) => /sales case already decided/.test(String(error));

export async function decideCase(db: D1Database, id: string, input: { decision: Decision; note: string }, agent: ActingAgent, now = new Date()): Promise<CaseSummary> {
  const existing = await getCase(db, id);
  if (!existing) throw new ApiError("not_found", `No sales case ${id}.`);
  const decided = () => new ApiError("conflict", `Case ${id} was already decided (${existing.status}); a decision is taken once.`);
  if (existing.status !== "open") throw decided();
  const status: CaseStatus = statusAfter(input.decision);
  const at = now.toISOString();
  try {
    await withAudit(
      db,
      [{ actor: agent.id, role: agent.role, action: "sales.case-decision", subjectKind: "sales-case", subjectId: id, inputHash: await hashInput({ note: input.note }), output: { decision: input.decision, status } }],
      [
        db.prepare("UPDATE sales_cases SET status = ?2, decided_by = ?3, decided_role = ?4, decided_at = ?5, decision_note = ?6 WHERE id = ?1")
          .bind(id, status, agent.id, agent.role, at, input.note),
      ],
      () => now,
    );
  } catch (error) {
    if (isAlreadyDecided(error)) throw decided();
    throw error;
  }
  return caseSummary((await getCase(db, id)) as CaseRow);
}

const CSV_HEADER = [
  "case_id", "rule", "score", "sale_id", "sale_date", "arrondissement", "address", "declared_price_eur", "expected_price_eur",
  "declared_over_expected", "decided_by", "decided_at", "note",
];

/** A CSV cell, with a leading = + - @ neutralised so a spreadsheet never runs it. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return csvCell(typeof value === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

/** The referred cases matching the filters, as CSV (RFC 4180, CRLF), oldest decision first; audited. */
export async function referredCasesCsv(db: D1Database, filters: Omit<CaseFilters, "status">, agent: ActingAgent, now = new Date()): Promise<{ csv: string; count: number }> {
  const { sql, params } = caseFilterSql({ ...filters, status: "referred" });
  const { results } = await db.prepare(`${SELECT_CASE} ${sql} ORDER BY c.decided_at, c.id`).bind(...params).all<CaseRow>();
  const lines = results.map((row) => {
    const summary = caseSummary(row);
    return [
      row.id, row.rule, row.score.toFixed(4), row.sale_id, row.sale_date, row.arrondissement, summary.sale.address, row.price,
      row.expected_price === null ? null : Math.round(row.expected_price), row.price_ratio === null ? null : row.price_ratio.toFixed(4),
      row.decided_by, row.decided_at, row.decision_note,
    ].map(cell).join(",");
  });
  await withAudit(db, [{ actor: agent.id, role: agent.role, action: "sales.cases-export", subjectKind: "sales-case", inputHash: await hashInput(filters), output: { referred: results.length } }], [], () => now);
  return { csv: `${[CSV_HEADER.join(","), ...lines].join("\r\n")}\r\n`, count: results.length };
}
