// The contact form of the citizen site (public, rate-limited): the message is pseudonymised at the edge
// before it is stored, then routed by the consumer; the sender gets the request's id and a secret, with
// which they can see and export what is held about it, or erase it.
import { createRoute, z } from "@hono/zod-openapi";
import { publicRoute, publicWrite } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { acceptContactForm } from "../intake";
import { authorizedRequest, eraseRequest, exportRequest, SECRET_HEADER } from "../subject-rights";
import { contactFormSchema } from "./schemas";

export const requestIdParams = z.object({ id: z.string().regex(/^req_[0-9a-f]{20}$/, "a request id (req_…)") });
const secretHeaders = z.object({
  [SECRET_HEADER.toLowerCase()]: z.string().max(100).optional().openapi({ description: "The secret given when the request was sent" }),
});
const secretOf = (headers: Record<string, string | undefined>) => headers[SECRET_HEADER.toLowerCase()];

export const requestExportSchema = z.record(z.string(), z.unknown()).openapi("RequestExport");
export const erasedSchema = z.object({ erased: z.record(z.string(), z.number()) });

export const contactRoutes = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/requests/contact",
      tags: ["requests"],
      summary: "Send a request to the City (contact form; pseudonymised before it is stored; returns its secret once)",
      ...publicWrite,
      request: { body: { required: true, content: { "application/json": { schema: contactFormSchema } } } },
      responses: {
        201: { description: "Received", content: { "application/json": { schema: z.object({ id: z.string(), secret: z.string() }) } } },
        ...errorResponses("validation_failed", "malformed_body", "rate_limited"),
      },
    }),
    async (c) => c.json(await acceptContactForm(c.env, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/requests/contact/{id}",
      tags: ["requests"],
      summary: "Everything held about one's own request (also the export), with its secret",
      ...publicRoute,
      request: { params: requestIdParams, headers: secretHeaders },
      responses: {
        200: { description: "The request and the personal data it holds", content: { "application/json": { schema: requestExportSchema } } },
        ...errorResponses("validation_failed", "not_found"),
      },
    }),
    async (c) => {
      const row = await authorizedRequest(c.env.DB, c.req.valid("param").id, secretOf(c.req.valid("header")));
      c.header("Cache-Control", "no-store");
      return c.json(await exportRequest(c.env.DB, row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/requests/contact/{id}",
      tags: ["requests"],
      summary: "Erase one's own request everywhere (request, review, raw message), with its secret",
      ...publicWrite,
      request: { params: requestIdParams, headers: secretHeaders },
      responses: {
        200: { description: "Erased: rows removed per table", content: { "application/json": { schema: erasedSchema } } },
        ...errorResponses("validation_failed", "not_found", "rate_limited"),
      },
    }),
    async (c) => {
      const row = await authorizedRequest(c.env.DB, c.req.valid("param").id, secretOf(c.req.valid("header")));
      return c.json({ erased: await eraseRequest(c.env, row, { actor: "citizen", role: "citizen" }) }, 200);
    },
  );
