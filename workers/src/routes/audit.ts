// The audit log for auditors: entries (pseudonymous ids, input hashes, outputs — nothing personal) and
// the verification of the hash chain.
import { createRoute } from "@hono/zod-openapi";
import { auditEntriesQuery, auditEntrySchema, chainReportSchema } from "../../../domain/contracts/platform";
import { verifyChain, type AuditRow } from "../platform/audit";
import { forRoles } from "../platform/access";
import { errorResponses } from "../platform/errors";
import { pageOf } from "../../../domain/contracts/common";
import { subApp } from "../platform/openapi";

const toEntry = (r: AuditRow) => ({
  seq: r.seq, at: r.at, actor: r.actor, role: r.role, action: r.action,
  subjectKind: r.subject_kind, subjectId: r.subject_id, modelId: r.model_id, modelVersion: r.model_version,
  inputHash: r.input_hash, output: JSON.parse(r.output) as unknown, prevHash: r.prev_hash, hash: r.hash,
});

export const audit = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/audit/entries",
      tags: ["audit"],
      summary: "Audit log entries, newest first",
      ...forRoles("auditor"),
      request: { query: auditEntriesQuery },
      responses: {
        200: { description: "A page of entries", content: { "application/json": { schema: pageOf(auditEntrySchema) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { limit, offset, action } = c.req.valid("query");
      const filter = action ? "WHERE action = ?3" : "";
      const [rows, total] = await c.env.DB.batch([
        c.env.DB.prepare(`SELECT * FROM audit_log ${filter} ORDER BY seq DESC LIMIT ?1 OFFSET ?2`).bind(limit, offset, ...(action ? [action] : [])),
        c.env.DB.prepare(`SELECT count(*) AS n FROM audit_log ${action ? "WHERE action = ?1" : ""}`).bind(...(action ? [action] : [])),
      ]);
      return c.json({ items: (rows.results as AuditRow[]).map(toEntry), total: (total.results[0] as { n: number }).n, limit, offset }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/audit/verify",
      tags: ["audit"],
      summary: "Recompute the hash chain and report the first broken link",
      ...forRoles("auditor"),
      responses: {
        200: { description: "Chain report", content: { "application/json": { schema: chainReportSchema } } },
        ...errorResponses("unauthenticated", "forbidden"),
      },
    }),
    async (c) => c.json(await verifyChain(c.env.DB), 200),
  );
