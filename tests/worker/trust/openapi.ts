// The operations of the Worker's OpenAPI document, as the trust tests walk them: method, path, access
// declaration, parameters and request body content types.
import { inProcess, ORIGIN } from "./fetch";

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: JsonSchema;
}

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  example?: unknown;
  default?: unknown;
}

export interface Operation {
  method: string;
  path: string;
  tags: string[];
  access: "public" | string[];
  parameters: Parameter[];
  bodyTypes: string[];
  bodySchema?: JsonSchema;
  responses: Record<string, unknown>;
}

interface RawOperation {
  tags?: string[];
  "x-recoque-access": "public" | string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
}

interface Document {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** The schema with every `$ref` to a component replaced by the component itself. */
function deref(value: unknown, doc: Document, seen: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => deref(v, doc, seen));
  if (value === null || typeof value !== "object") return value;
  const ref = (value as JsonSchema).$ref;
  if (ref && !seen.includes(ref)) return deref(doc.components?.schemas?.[ref.split("/").pop()!], doc, [...seen, ref]);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deref(v, doc, seen)]));
}

export async function operations(): Promise<Operation[]> {
  const raw = await (await inProcess(new Request(`${ORIGIN}/api/openapi.json`))).json<Document>();
  const doc = { ...raw, paths: deref(raw.paths, raw) as Document["paths"] };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      tags: op.tags ?? [],
      access: op["x-recoque-access"],
      parameters: op.parameters ?? [],
      bodyTypes: Object.keys(op.requestBody?.content ?? {}),
      bodySchema: op.requestBody?.content["application/json"]?.schema,
      responses: op.responses ?? {},
    })),
  );
}

export const label = (op: Pick<Operation, "method" | "path">) => `${op.method} ${op.path}`;

/** The path with its parameters replaced (each value URL-encoded). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? `unknown-${name}`));
}
