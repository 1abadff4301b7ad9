// Renders the OpenAPI document as one readable HTML page: operations grouped by tag, with who may call
// them, their parameters, request body and responses (schemas shown as JSON).
import type { OpenAPIHono } from "@hono/zod-openapi";

type OpenAPIObject = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

const escape = (text: unknown) =>
  String(text).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

interface Operation {
  summary?: string;
  tags?: string[];
  "x-recoque-access"?: string | string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

function resolveRefs(schema: unknown, document: OpenAPIObject, depth = 0): unknown {
  if (depth > 6 || schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map((s) => resolveRefs(s, document, depth + 1));
  const ref = (schema as { $ref?: string }).$ref;
  if (ref?.startsWith("#/components/schemas/")) {
    return resolveRefs(document.components?.schemas?.[ref.slice("#/components/schemas/".length)], document, depth + 1);
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, resolveRefs(v, document, depth + 1)]));
}

function renderOperation(method: string, path: string, op: Operation, document: OpenAPIObject): string {
  const access = op["x-recoque-access"];
  const who = access === "public" ? "public" : Array.isArray(access) ? `roles: ${access.join(", ")}` : "undeclared";
  const params = (op.parameters ?? [])
    .map((p) => `<li><code>${escape(p.name)}</code> (${escape(p.in)}${p.required ? ", required" : ""}) ${escape(JSON.stringify(p.schema ?? {}))}</li>`)
    .join("");
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, { schema }]) => `<p>Body <code>${escape(type)}</code></p><pre>${escape(JSON.stringify(resolveRefs(schema, document), null, 2))}</pre>`)
    .join("");
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => `<li><code>${escape(status)}</code> ${escape(r.description ?? "")}</li>`)
    .join("");
  return `<section class="op" id="${escape(`${method}-${path}`)}">
<h3><span class="method ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p>${escape(op.summary ?? "")} <span class="access">${escape(who)}</span></p>
${params ? `<p>Parameters</p><ul>${params}</ul>` : ""}${body}<p>Responses</p><ul>${responses}</ul></section>`;
}

export function renderApiPage(document: OpenAPIObject): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      const tag = op.tags?.[0] ?? "other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(method, path, op, document)]);
    }
  }
  const toc = [...byTag.keys()].map((tag) => `<li><a href="#tag-${escape(tag)}">${escape(tag)}</a></li>`).join("");
  const sections = [...byTag].map(([tag, ops]) => `<h2 id="tag-${escape(tag)}">${escape(tag)}</h2>${ops.join("\n")}`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(document.info.title)} ${escape(document.info.version)}</title>
<link rel="stylesheet" href="/api-docs.css"></head><body><main>
<h1>${escape(document.info.title)} <small>${escape(document.info.version)}</small></h1>
<p>${escape(document.info.description ?? "")}</p><p><a href="/api/openapi.json">OpenAPI 3.1 JSON</a></p>
<nav aria-label="Tags"><ul>${toc}</ul></nav>${sections}</main></body></html>`;
}
