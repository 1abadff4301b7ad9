// The fuzzing harness: for one operation of the OpenAPI document, at least 1,000 generated malformed or hostile
// requests (fast-check, seeded), each run in-process through the Worker's fetch with the real D1 and R2. Every
// answer must be below 500, carry the security headers, and every refusal must be the standard error body and
// leave every table's row count, the R2 bucket and the event queue untouched.
//
// Events published by accepted requests are recorded here instead of being delivered, so that no queue consumer
// writes while rows are counted (the real queue and consumers are tested in each use case's tests); a refused
// request must publish nothing at all.
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { expect } from "vitest";
import worker from "../../../workers/src/index";
import { errorBodySchema } from "../../../domain/contracts/errors";
import { securityHeaders } from "../../../domain/platform/security-headers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { bearer, ORIGIN } from "./fetch";
import { csvBody, encodeCsv, headerSafe, hostileParameter, hostileString, jsonBody } from "./hostile";
import { label, type Operation } from "./openapi";

export const RUNS_PER_OPERATION = 1_000;

const published: unknown[] = [];
const recordingQueue = {
  async send(body: unknown) {
    published.push(body);
  },
  async sendBatch(messages: Iterable<{ body: unknown }>) {
    for (const m of messages) published.push(m.body);
  },
} as unknown as Queue;

const fuzzEnv = { ...env, EVENTS: recordingQueue } as Env;

async function tablesOf(): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name").all<{ name: string }>();
  return results.map((r) => r.name);
}

async function r2Objects(): Promise<number> {
  let objects = 0;
  let cursor: string | undefined;
  do {
    const page = await env.UPLOADS.list({ cursor, limit: 1000 });
    objects += page.objects.length;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return objects;
}

/** Row counts of every table, the events published and (for operations with a body) the R2 objects. */
export async function snapshotter(withR2: boolean) {
  const tables = await tablesOf();
  const counts = env.DB.prepare(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`);
  return async () => {
    const rows = await counts.first<Record<string, number>>();
    return JSON.stringify({ ...rows, eventsPublished: published.length, r2Objects: withR2 ? await r2Objects() : null });
  };
}

interface FuzzRequest {
  path: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string | undefined>;
  auth: "role" | "hostile-token";
  token: string;
  body: { bytes: Uint8Array<ArrayBuffer> | string; contentType: string | null } | null;
}

let clients = 0;

function requestArbitrary(op: Operation, csvTemplate: string): fc.Arbitrary<Promise<FuzzRequest>> {
  const pathNames = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
  const queryNames = op.parameters.filter((p) => p.in === "query").map((p) => p.name);
  const headerNames = op.parameters.filter((p) => p.in === "header").map((p) => p.name);
  const path = fc.record(Object.fromEntries(pathNames.map((n) => [n, hostileParameter])) as Record<string, fc.Arbitrary<string>>);
  const query = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...(queryNames.length ? queryNames : ["q"])), hostileParameter), { maxLength: 4 }),
      fc.array(fc.tuple(hostileString.map((s) => s.slice(0, 200)), hostileParameter), { maxLength: 2 }),
    )
    .map(([declared, extra]) => [...declared, ...extra]);
  const headers = fc.record(Object.fromEntries(headerNames.map((n) => [n, hostileParameter.map(headerSafe)])) as Record<string, fc.Arbitrary<string>>, { requiredKeys: [] });
  const auth = fc.oneof({ weight: 9, arbitrary: fc.constant<"role">("role") }, { weight: 1, arbitrary: fc.constant<"hostile-token">("hostile-token") });
  const isCsv = op.bodyTypes.some((t) => t !== "application/json");
  const body: fc.Arbitrary<Promise<FuzzRequest["body"]>> = !op.bodyTypes.length
    ? fc.constant(Promise.resolve(null))
    : isCsv
      ? csvBody(csvTemplate).map(async (csv) => ({ bytes: await encodeCsv(csv), contentType: csv.contentType }))
      : jsonBody(op.bodySchema).map(async (json) => ({ bytes: json.body, contentType: json.contentType }));
  return fc.record({ path, query, headers, auth, token: hostileString.map(headerSafe), body }).map(async (r) => ({ ...r, body: await r.body }));
}

/** Percent-encodes a path segment byte by byte (lone surrogates become U+FFFD, as any client would send). */
const encodeSegment = (value: string) =>
  [...new TextEncoder().encode(value)].map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");

async function toRequest(op: Operation, input: FuzzRequest): Promise<Request> {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(input.path[name] ?? ""));
  const url = new URL(`${ORIGIN}${path}`);
  for (const [k, v] of input.query) url.searchParams.append(k, v);
  const given = Object.entries(input.headers).filter((e): e is [string, string] => e[1] !== undefined);
  const headers = new Headers({ ...Object.fromEntries(given), "cf-connecting-ip": `10.9.${Math.floor(++clients / 250) % 250}.${clients % 250}` });
  if (op.access !== "public") headers.set("Authorization", `Bearer ${input.auth === "role" ? await bearer(op.access[0] as never) : input.token}`);
  if (input.body?.contentType) headers.set("Content-Type", input.body.contentType);
  return new Request(url, { method: op.method, headers, body: input.body ? input.body.bytes : undefined });
}

export interface FuzzReport {
  runs: number;
  statuses: Record<number, number>;
}

/** Runs the fuzz property on one operation; returns the statuses seen. */
export async function fuzzOperation(op: Operation, csvTemplate: string, seed: number): Promise<FuzzReport> {
  const snapshot = await snapshotter(op.bodyTypes.length > 0);
  const statuses: Record<number, number> = {};
  let runs = 0;
  let before = await snapshot();
  await fc.assert(
    fc.asyncProperty(requestArbitrary(op, csvTemplate), async (pending) => {
      const input = await pending;
      const ctx = createExecutionContext();
      const res = await worker.fetch(await toRequest(op, input), fuzzEnv, ctx);
      await waitOnExecutionContext(ctx);
      const text = new TextDecoder().decode(await res.arrayBuffer());
      runs++;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const what = `${label(op)} → ${res.status} ${text.slice(0, 300)}`;
      expect(res.status, what).toBeLessThan(500);
      for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
      const after = await snapshot();
      if (res.status >= 400) {
        expect(res.headers.get("Content-Type"), what).toContain("application/json");
        expect(errorBodySchema.safeParse(JSON.parse(text)).success, what).toBe(true);
        expect(after, `${what}: a refused request changed rows, objects or events`).toBe(before);
      }
      before = after;
    }),
    { numRuns: RUNS_PER_OPERATION, seed, endOnFailure: true },
  );
  return { runs, statuses };
}
