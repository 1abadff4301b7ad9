// Stalled imports, whatever stopped them, and their resumption. An import in progress is stalled when one of
// its steps failed for good (its chunk or finalisation event is in the dead letters: "failed") or when nothing
// has moved for STALL_AFTER_MS — no chunk done, no event put on the queue — which is what a lost event looks
// like ("no_progress"; the local queue keeps its messages in memory, and any queue may lose one). Resuming
// publishes again the events of the steps not done, drops their dead-letter records and restarts the clock;
// every step is idempotent, so a resume that meets a late original event writes nothing twice.
import type { SalesImport } from "../../../domain/contracts/sales";
import { deadEventIds, forgetDeadEvents } from "../events/dead-letters";
import { publish } from "../events/publish";
import { chunkEvent, finaliseEvent } from "./events";
import { STALL_AFTER_MS } from "./settings";

export type Stall = NonNullable<SalesImport["stall"]>;

/** What the stall check needs of an import row (see imports.ts). */
export interface ProgressRow {
  id: string;
  sha256: string;
  status: string;
  chunks_total: number;
  chunks_done: number;
  created_at: string;
  published_at: string | null;
  /** The newest processed_at of its chunks, null before the first. */
  last_chunk_at: string | null;
}

/** Which of an import's events are in the dead letters: chunk indices, and whether its finalisation is. */
export interface DeadSteps {
  chunks: number[];
  finalise: boolean;
}

export const NONE_DEAD: DeadSteps = { chunks: [], finalise: false };

/** Dead steps of the given imports (event ids derive from the import id: see events.ts). */
export async function deadSteps(db: D1Database, importIds: string[]): Promise<Map<string, DeadSteps>> {
  const found = new Map<string, DeadSteps>();
  if (!importIds.length) return found;
  const wanted = new Set(importIds);
  for (const event_id of await deadEventIds(db, ["sales.import-chunk", "sales.import-finalise"])) {
    const [kind, importId, index] = event_id.split(":");
    if (!wanted.has(importId)) continue;
    const steps = found.get(importId) ?? { chunks: [], finalise: false };
    if (kind === "sales.chunk") steps.chunks.push(Number(index));
    if (kind === "sales.finalise") steps.finalise = true;
    found.set(importId, steps);
  }
  for (const steps of found.values()) steps.chunks.sort((a, b) => a - b);
  return found;
}

/** The last time anything moved: the newest chunk done, or the events put on the queue (or the upload). */
const lastMoved = (row: ProgressRow) => [row.last_chunk_at, row.published_at, row.created_at].filter((t): t is string => t !== null).sort().at(-1)!;

/** Whether the import has stood still for too long (cheap: no query; the chunks not done are found on resume). */
function isSilent(row: ProgressRow, now: Date): boolean {
  return row.status === "processing" && now.getTime() - Date.parse(lastMoved(row)) > STALL_AFTER_MS;
}

async function chunksNotDone(db: D1Database, row: ProgressRow): Promise<number[]> {
  const { results } = await db.prepare("SELECT idx FROM sales_import_chunks WHERE import_id = ?1").bind(row.id).all<{ idx: number }>();
  const done = new Set(results.map((r) => r.idx));
  return Array.from({ length: row.chunks_total }, (_, i) => i).filter((i) => !done.has(i));
}

/** The import's stall, or null while it is completed or moving. */
export async function stallOf(db: D1Database, row: ProgressRow, dead: DeadSteps, now: Date): Promise<Stall | null> {
  if (row.status !== "processing") return null;
  const since = lastMoved(row);
  if (dead.chunks.length || dead.finalise) return { reason: "failed", chunks: dead.chunks, finalise: dead.finalise, since };
  if (!isSilent(row, now)) return null;
  const chunks = await chunksNotDone(db, row);
  return { reason: "no_progress", chunks, finalise: chunks.length === 0, since };
}

/** The chunks stored in R2 for an import, with what their events carry: every page of the listing (R2 gives
 * its keys a page at a time; reading one page left a large import's later chunks unpublished). */
async function storedChunks(bucket: R2Bucket, sha256: string) {
  const chunks = [];
  for (let cursor: string | undefined, more = true; more; ) {
    const listed = await bucket.list({ prefix: `sales/chunks/${sha256}/`, include: ["customMetadata"], cursor });
    chunks.push(...listed.objects.map((o) => ({ index: Number(o.key.split("/").pop()), key: o.key, firstDataLine: Number(o.customMetadata?.firstDataLine) })));
    more = listed.truncated;
    cursor = listed.truncated ? listed.cursor : undefined;
  }
  return chunks;
}

/** Puts the events of the given chunks on the queue and records when (the clock the stall check reads). */
export async function publishChunks(env: Env, row: Pick<ProgressRow, "id" | "sha256">, indices: number[] | "all", finalise: boolean, now: Date): Promise<void> {
  const chunks = (await storedChunks(env.UPLOADS, row.sha256)).filter((c) => indices === "all" || indices.includes(c.index));
  const events = [...chunks.map((c) => chunkEvent({ importId: row.id, ...c })), ...(finalise ? [finaliseEvent(row.id)] : [])];
  await publish(env.EVENTS, events);
  await env.DB.batch([
    ...forgetDeadEvents(env.DB, events.map((e) => e.id)),
    env.DB.prepare("UPDATE sales_imports SET published_at = ?2 WHERE id = ?1").bind(row.id, now.toISOString()),
  ]);
}

/** Resumes a stalled import; returns the stall it resumed, or null when there was nothing to resume. */
export async function resumeImport(env: Env, row: ProgressRow, now: Date): Promise<Stall | null> {
  const stall = await stallOf(env.DB, row, (await deadSteps(env.DB, [row.id])).get(row.id) ?? NONE_DEAD, now);
  if (stall) await publishChunks(env, row, stall.chunks, stall.finalise, now);
  return stall;
}
