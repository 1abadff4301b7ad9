// Imports of geo-dvf files (tax agents and ops): upload a file as published (gzip or plain) as the request
// body, follow its progress, read its rejected lines.
import { createRoute, z } from "@hono/zod-openapi";
import { pageOf, pageQuery } from "../../../../domain/contracts/common";
import { importQuery, importSchema, importStatusSchema } from "../../../../domain/contracts/sales";
import { agentOf, forRoles, forRolesWithBody } from "../../platform/access";
import { ApiError, errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { acceptUpload, getImport, importViewOf, listImports, rejectedLines } from "../imports";
import { MAX_UPLOAD_BYTES } from "../settings";

const IMPORT_ROLES = ["tax-agent", "ops"] as const;
const fileBody = z.string().meta({ format: "binary" });

export const importRoutes = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/sales/imports",
      tags: ["sales"],
      summary: "Import a geo-dvf file (body: the file as published, gzip or plain CSV); the same file twice is one import",
      description:
        "The whole file is checked first (gzip, UTF-8, header, size): a file-level problem answers 400 or 413 and imports nothing. " +
        "The file is then kept in R2 and imported in chunks through the queue; line-level problems are reported by GET /sales/imports/{id}.",
      ...forRolesWithBody(MAX_UPLOAD_BYTES, ...IMPORT_ROLES),
      request: {
        query: importQuery,
        body: {
          required: true,
          content: { "text/csv": { schema: fileBody }, "application/gzip": { schema: fileBody }, "application/octet-stream": { schema: fileBody } },
        },
      },
      responses: {
        200: { description: "This file was already imported (or is being imported): its import", content: { "application/json": { schema: importSchema } } },
        202: { description: "Accepted: the file is valid and its chunks are queued", content: { "application/json": { schema: importSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "payload_too_large"),
      },
    }),
    async (c) => {
      const raw = await c.req.arrayBuffer();
      if (raw.byteLength === 0) throw new ApiError("validation_failed", "The request body must be the geo-dvf file.", [{ field: "file", message: "(empty_file) the body is empty", code: "empty_file" }]);
      const { created, view } = await acceptUpload(c.env, raw, c.req.valid("query").fileName ?? null, agentOf(c));
      c.header("Location", `/api/v1/sales/imports/${view.id}`);
      return created ? c.json(view, 202) : c.json(view, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/sales/imports",
      tags: ["sales"],
      summary: "The imports, newest first",
      ...forRoles(...IMPORT_ROLES),
      request: { query: pageQuery },
      responses: {
        200: { description: "A page of imports", content: { "application/json": { schema: pageOf(importSchema) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { limit, offset } = c.req.valid("query");
      return c.json({ ...(await listImports(c.env.DB, limit, offset)), limit, offset }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/sales/imports/{id}",
      tags: ["sales"],
      summary: "An import's status and progress, its counters, and a page of its rejected lines (line number and reason)",
      ...forRoles(...IMPORT_ROLES),
      request: { params: z.object({ id: z.string().min(1).max(80) }), query: pageQuery },
      responses: {
        200: { description: "The import", content: { "application/json": { schema: importStatusSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { limit, offset } = c.req.valid("query");
      const row = await getImport(c.env.DB, id);
      if (!row) throw new ApiError("not_found", `No import ${id}.`);
      return c.json({ ...(await importViewOf(c.env.DB, row)), rejectedLines: { ...(await rejectedLines(c.env.DB, id, limit, offset)), limit, offset } }, 200);
    },
  );
