// The requests agents' console API: the inbox of a service, one request (its placeholders' values only for
// the agent it is assigned to), taking, handing over and sending it to another service, confirming or
// correcting the proposal and the pseudonymisation, the reply draft and the reply, a letter uploaded from
// the agent's browser, export and erasure for a citizen who asks, the counts per theme and week (also for
// ops: counts only) and the export of the reviews as labelled data.
import { createRoute, z } from "@hono/zod-openapi";
import { buildDraft } from "../../../../domain/requests/draft";
import { ficheById } from "../../../../domain/requests/fiches";
import { OFFICES } from "../../../../domain/requests/labels";
import { agentOf, forRoles, forRolesWithBody } from "../../platform/access";
import { withAudit } from "../../platform/audit";
import { ApiError, errorResponses } from "../../platform/errors";
import { pageOf, pageQuery } from "../../../../domain/contracts/common";
import { multiLineText, singleLineText } from "../../../../domain/contracts/text";
import { subApp } from "../../platform/openapi";
import { correctionsJsonLines } from "../corrections";
import { acceptLetter } from "../intake";
import { analyse } from "../analyse";
import { assign, correctPseudonymisation, listInbox, markWaiting, reassign, recordAnswer, requireRequest, review } from "../inbox";
import { getRequest, requestView } from "../records";
import { INBOX_STATUSES } from "../../../../domain/requests/statuses";
import { weeklyCounts } from "../stats";
import { eraseRequest, exportRequest } from "../subject-rights";
import { erasedSchema, requestExportSchema, requestIdParams } from "./contact";
import { analysisSchema, answerSchema, draftRequestSchema, letterSchema, requestSchema, reviewSchema, spanCorrectionSchema } from "./schemas";

const AGENT = "requests-agent";
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");
const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });

const view = async (c: { env: Env }, id: string, agentId: string) => requestView((await getRequest(c.env.DB, id))!, agentId);

export const agentRoutes = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/requests/stats/weekly",
      tags: ["requests"],
      summary: "Requests per theme and week (counts only)",
      ...forRoles(AGENT, "ops"),
      request: { query: z.object({ from: isoDate, to: isoDate }) },
      responses: {
        200: { description: "Counts", content: { "application/json": { schema: z.object({ counts: z.array(z.object({ week: z.string(), theme: z.string(), requests: z.number() })) }) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { from, to } = c.req.valid("query");
      if (from > to) throw new ApiError("validation_failed", "The period ends before it starts.", [{ field: "to", message: "on or after from" }]);
      const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString();
      return c.json({ counts: await weeklyCounts(c.env.DB, `${from}T00:00:00.000Z`, end) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/requests/corrections/export",
      tags: ["requests"],
      summary: "The agents' reviews as labelled data (JSON lines: pseudonymised text, proposed and chosen labels)",
      ...forRoles(AGENT),
      request: { query: z.object({ since: isoDate.default("2000-01-01") }) },
      responses: {
        200: { description: "JSON lines (one JSON object per line), sent as text", content: { "text/plain": { schema: z.string() } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const body = await correctionsJsonLines(c.env.DB, `${c.req.valid("query").since}T00:00:00.000Z`);
      return c.text(body, 200, { "Content-Disposition": 'attachment; filename="requests-corrections.jsonl"', "Cache-Control": "no-store" });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/letters",
      tags: ["requests"],
      summary: "A letter read and pseudonymised in the agent's browser (only its pseudonymised text and mapping are sent)",
      ...forRolesWithBody(512 * 1024, AGENT),
      request: jsonBody(letterSchema),
      responses: {
        202: { description: "Accepted; routed by the queue", content: { "application/json": { schema: z.object({ id: z.string() }) } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "payload_too_large"),
      },
    }),
    async (c) => c.json(await acceptLetter(c.env, agentOf(c), c.req.valid("json")), 202),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/analyse",
      tags: ["requests"],
      summary: "Pseudonymise and route a text at the edge without storing it (a message read elsewhere; audited)",
      ...forRoles(AGENT),
      request: jsonBody(z.object({ text: multiLineText().trim().min(1).max(10_000) })),
      responses: {
        200: { description: "The masked text, its placeholders' kinds and the proposal", content: { "application/json": { schema: analysisSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => c.json(await analyse(c.env, c.executionCtx, agentOf(c), c.req.valid("json").text), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/requests",
      tags: ["requests"],
      summary: "A service's inbox: requests by status, oldest first",
      ...forRoles(AGENT),
      request: { query: pageQuery.extend({ service: z.enum(OFFICES).optional(), status: z.enum(INBOX_STATUSES).optional() }) },
      responses: {
        200: { description: "A page of requests", content: { "application/json": { schema: pageOf(requestSchema) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const agent = agentOf(c);
      const { rows, total } = await listInbox(c.env.DB, query);
      return c.json({ items: rows.map((r) => requestView(r, agent.id)), total, limit: query.limit, offset: query.offset }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/requests/{id}",
      tags: ["requests"],
      summary: "One request, pseudonymised (its placeholders' values for the agent it is assigned to)",
      ...forRoles(AGENT),
      request: { params: requestIdParams },
      responses: {
        200: { description: "The request", content: { "application/json": { schema: requestSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      c.header("Cache-Control", "no-store");
      return c.json(requestView(row, agentOf(c).id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/assign",
      tags: ["requests"],
      summary: "Take the request, or hand it to a colleague",
      ...forRoles(AGENT),
      request: { params: requestIdParams, ...jsonBody(z.object({ assignee: singleLineText().min(1).max(200).optional() })) },
      responses: {
        200: { description: "Assigned", content: { "application/json": { schema: requestSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found", "conflict"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      await assign(c.env.DB, agent, row, c.req.valid("json").assignee ?? agent.id);
      return c.json(await view(c, row.id, agent.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/reassign",
      tags: ["requests"],
      summary: "Send the request to another service's inbox (one click)",
      ...forRoles(AGENT),
      request: { params: requestIdParams, ...jsonBody(z.object({ service: z.enum(OFFICES) })) },
      responses: {
        200: { description: "Sent", content: { "application/json": { schema: requestSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found", "conflict"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      await reassign(c.env.DB, agent, row, c.req.valid("json").service);
      return c.json(await view(c, row.id, agent.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/waiting",
      tags: ["requests"],
      summary: "Mark the request waiting for the citizen (more information asked)",
      ...forRoles(AGENT),
      request: { params: requestIdParams },
      responses: {
        200: { description: "Waiting", content: { "application/json": { schema: requestSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found", "conflict"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      await markWaiting(c.env.DB, agent, row);
      return c.json(await view(c, row.id, agent.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/review",
      tags: ["requests"],
      summary: "Confirm or correct the proposed theme and office (kept, pseudonymised, as labelled data; audited)",
      ...forRoles(AGENT),
      request: { params: requestIdParams, ...jsonBody(reviewSchema) },
      responses: {
        200: { description: "Reviewed", content: { "application/json": { schema: requestSchema.extend({ corrected: z.boolean() }) } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found", "conflict"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      const { corrected } = await review(c.env.DB, agent, row, c.req.valid("json"));
      return c.json({ ...(await view(c, row.id, agent.id)), corrected }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/pseudonymisation",
      tags: ["requests"],
      summary: "Correct the pseudonymisation: hide text still readable, give back a value hidden by mistake (then routed again)",
      ...forRoles(AGENT),
      request: { params: requestIdParams, ...jsonBody(spanCorrectionSchema) },
      responses: {
        200: { description: "Corrected", content: { "application/json": { schema: requestSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found", "conflict"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      return c.json(requestView(await correctPseudonymisation(c.env, agent, row, c.req.valid("json")), agent.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/draft",
      tags: ["requests"],
      summary: "A reply draft from a template and the fiches the agent chose (says it was prepared with an automated tool; cites its sources)",
      ...forRoles(AGENT),
      request: { params: requestIdParams, ...jsonBody(draftRequestSchema) },
      responses: {
        200: { description: "The draft, to edit", content: { "application/json": { schema: z.object({ draft: z.string() }) } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      const input = c.req.valid("json");
      const fiches = await Promise.all(
        input.ficheIds.map(async (id, i) => {
          const fiche = await ficheById(id);
          if (!fiche) throw new ApiError("validation_failed", "Unknown fiche.", [{ field: `ficheIds.${i}`, message: `no fiche ${id}` }]);
          return fiche;
        }),
      );
      const name = requestView(row, agentOf(c).id).placeholders.find((p) => p.label === "PER")?.placeholder ?? null;
      const draft = buildDraft({ template: input.template, receivedOn: row.received_at.slice(0, 10), fiches, office: input.office ?? row.service, addressee: name });
      return c.json({ draft }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/{id}/answer",
      tags: ["requests"],
      summary: "Record the reply the agent sends (with its placeholders): the request is answered",
      ...forRoles(AGENT),
      request: { params: requestIdParams, ...jsonBody(answerSchema) },
      responses: {
        200: { description: "Answered", content: { "application/json": { schema: requestSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden", "not_found", "conflict"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      await recordAnswer(c.env.DB, agent, row, c.req.valid("json").reply);
      return c.json(await view(c, row.id, agent.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/requests/{id}/export",
      tags: ["requests"],
      summary: "Everything held about a request, personal data included, for the citizen who asks (audited)",
      ...forRoles(AGENT),
      request: { params: requestIdParams },
      responses: {
        200: { description: "The export", content: { "application/json": { schema: requestExportSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      await withAudit(c.env.DB, [{ actor: agent.id, role: agent.role, action: "requests.exported", subjectKind: "request", subjectId: row.id, output: {} }]);
      c.header("Cache-Control", "no-store");
      return c.json(await exportRequest(c.env.DB, row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/requests/{id}",
      tags: ["requests"],
      summary: "Erase a request everywhere on the citizen's demand (audited)",
      ...forRoles(AGENT),
      request: { params: requestIdParams },
      responses: {
        200: { description: "Erased: rows removed per table", content: { "application/json": { schema: erasedSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const agent = agentOf(c);
      const row = await requireRequest(c.env.DB, c.req.valid("param").id);
      return c.json({ erased: await eraseRequest(c.env, row, { actor: agent.id, role: agent.role }) }, 200);
    },
  );
