// GET /register: the public algorithm register (CRPA L312-1-3) as JSON, for everyone — one entry per use case
// with its algorithms, models, data classes and access. Cacheable, tagged with the SHA-256 of its body.
import { createRoute } from "@hono/zod-openapi";
import { publishedRegisterSchema } from "../../../domain/algorithm-register/published";
import { publicRoute } from "../platform/access";
import { sha256Hex } from "../platform/hash";
import { subApp } from "../platform/openapi";
import { buildRegister } from "../algorithm-register/document";

const CACHE = "public, max-age=3600, stale-while-revalidate=86400";

let published: Promise<{ body: string; etag: string }> | undefined;

/** The register is built from code and committed artifacts only: once per isolate. */
function publishedRegister() {
  published ??= (async () => {
    const body = JSON.stringify(buildRegister());
    return { body, etag: `"${await sha256Hex(body)}"` };
  })();
  return published;
}

export const register = subApp().openapi(
  createRoute({
    method: "get",
    path: "/register",
    tags: ["register"],
    summary: "The public algorithm register: one entry per use case (UK ATRS tiers 1–2, NL standard 0.3.1, FRAIA summary) with its models",
    ...publicRoute,
    responses: {
      200: { description: "The register (schema: domain/algorithm-register/published.ts, entries: schema.ts)", content: { "application/json": { schema: publishedRegisterSchema } } },
      304: { description: "Not modified (If-None-Match)" },
    },
  }),
  async (c) => {
    const { body, etag } = await publishedRegister();
    const headers = { ETag: etag, "Cache-Control": CACHE };
    if (c.req.header("if-none-match") === etag) return c.body(null, 304, headers);
    return c.body(body, 200, { ...headers, "Content-Type": "application/json; charset=utf-8" });
  },
);
