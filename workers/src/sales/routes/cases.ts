// Cases for tax agents: the list (filters, sort, pages), a case with its evidence computed now at the edge, the
// decision (dismiss or refer, with a mandatory note; audited), and the CSV export of referred cases (audited).
import { createRoute, z } from "@hono/zod-openapi";
import {
  caseDetailSchema, caseFilters, caseListQuery, caseSummarySchema, decisionRequestSchema, type Evidence, type Opening,
} from "../../../../domain/contracts/sales";
import { pageOf } from "../../../../domain/contracts/common";
import type { Sale } from "../../../../domain/sales/sale";
import { agentOf, forRoles } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { caseSummary, checkPeriod, decideCase, listCases, referredCasesCsv, requireCase } from "../cases";
import { saleEvidence, type SaleEvidence } from "../evidence";
import { triageCard } from "../expected-prices";
import { triageThresholds } from "../settings";
import { CASE_RULE_TEXTS, REVIEW_NOTICE } from "../texts";

export const caseParams = z.object({ id: z.string().min(1).max(80) });

/** The evidence as the API gives it: expected and reference price, factors, comparables, signals, area. */
export function evidenceView(expectedPrice: number | null, evidence: SaleEvidence): Evidence {
  const explanation = evidence.explanation?.explanation ?? null;
  return {
    expectedPrice,
    referencePrice: explanation?.referencePrice ?? null,
    factors: (explanation?.factors ?? []).map((f) => ({ ...f, features: f.features.map((e) => ({ ...e, value: Number.isFinite(e.value) ? e.value : null })) })),
    comparables: evidence.comparables,
    comparablesPrice: evidence.comparablesPrice,
    previousSale: evidence.previousSale,
    signals: evidence.signals,
    distribution: evidence.distribution,
  };
}

export const caseRoutes = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/sales/cases",
      tags: ["sales"],
      summary: "Cases to review, highest score first (filters: status, arrondissement, sale period, minimum score, rule)",
      ...forRoles("tax-agent"),
      request: { query: caseListQuery },
      responses: {
        200: { description: "A page of cases", content: { "application/json": { schema: pageOf(caseSummarySchema) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { limit, offset, sort, order, ...filter } = c.req.valid("query");
      checkPeriod(filter);
      return c.json({ ...(await listCases(c.env.DB, filter, { sort, order, limit, offset })), limit, offset }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/sales/cases/{id}",
      tags: ["sales"],
      summary: "A case with its evidence: expected price and its TreeSHAP factors, comparable sales, earlier sale of the lot, the area's prices",
      ...forRoles("tax-agent"),
      request: { params: caseParams },
      responses: {
        200: { description: "The case", content: { "application/json": { schema: caseDetailSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const row = await requireCase(c.env.DB, id);
      const sale = JSON.parse(row.data) as Sale;
      const model = row.sale_model_id && row.sale_model_version ? { id: row.sale_model_id, version: row.sale_model_version } : null;
      const evidence = await saleEvidence(
        c.env.DB,
        sale,
        { expectedPrice: row.expected_price, modelId: model?.id ?? null, modelVersion: model?.version ?? null },
        triageThresholds(c.env),
      );
      return c.json(
        {
          case: caseSummary(row),
          rule: CASE_RULE_TEXTS[row.rule],
          opening: JSON.parse(row.evidence) as Opening,
          model,
          notice: REVIEW_NOTICE,
          mention: triageCard(model).crpa.mention,
          evidence: evidenceView(row.expected_price, evidence),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sales/cases/{id}/decision",
      tags: ["sales"],
      summary: "Decide a case once: dismiss it or refer it to the tax administration, with a note (audited)",
      ...forRoles("tax-agent"),
      request: {
        params: caseParams,
        body: {
          required: true,
          content: {
            "application/json": {
              schema: decisionRequestSchema,
            },
          },
        },
      },
      responses: {
        200: { description: "The decided case", content: { "application/json": { schema: caseSummarySchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found", "conflict"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await decideCase(c.env.DB, id, c.req.valid("json"), agentOf(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/sales/exports/referred-cases.csv",
      tags: ["sales"],
      summary: "The referred cases as CSV (filters: arrondissement, sale period, minimum score, rule); audited",
      ...forRoles("tax-agent"),
      request: { query: caseFilters },
      responses: {
        200: { description: "CSV, one referred case per line", content: { "text/csv": { schema: z.string() } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { csv, count } = await referredCasesCsv(c.env.DB, c.req.valid("query"), agentOf(c));
      return c.body(csv, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="dossiers-transmis.csv"',
        "Cache-Control": "no-store",
        "X-Row-Count": String(count),
      });
    },
  );
