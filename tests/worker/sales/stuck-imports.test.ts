// What left imports hanging on the local stack, each case reproduced in workerd:
// - a consumer batch of chunk events is a chain of in-process I/O (local D1 and R2 answer inside workerd) that
//   never lets the event loop poll: timers and incoming requests waited for the whole batch (a status request
//   held for minutes). The consumer now yields between events: a timer set when the batch starts fires before
//   the batch ends.
// - a chunk event lost without being dead-lettered (the local queue keeps its messages in memory): the import is
//   reported stalled once nothing has moved for STALL_AFTER_MS, with the chunks not done; it resumes on request
//   or when the same file is sent again (which used to answer "processing" and publish nothing).
// - the same chunk handled twice at once (a resumed event meeting the original): the second batch aborts on the
//   chunk's record, so its scores are not audited twice.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import worker from "../../../workers/src/index";
import { SaleChunker } from "../../../domain/sales/geodvf";
import { importChunk } from "../../../workers/src/sales/chunks";
import { chunkEvent } from "../../../workers/src/sales/events";
import { STALL_AFTER_MS } from "../../../workers/src/sales/settings";
import { sha256Hex } from "../../../workers/src/platform/hash";
import { call } from "../helpers";
import { completed, count, fileOf, lines, PARIS_14, status, upload } from "./fixtures";

const [HEADER, ...DATA] = lines(PARIS_14);

/** The 14th arrondissement's file with new sale ids (a digit prefix), so that each copy imports afresh. */
const copyOf = (prefix: string, data = DATA) => fileOf(HEADER, data.map((line) => line.replace(/^2020-/, `2020-${prefix}`)));

/**
 * An import as an accepted upload leaves it — the file cut by the upload's own chunker into chunks of about
 * `chunkBytes`, stored in R2, the row published at `publishedAt` — but whose events never arrived.
 */
async function acceptedWithoutEvents(text: string, chunkBytes: number, publishedAt: string) {
  const sha = await sha256Hex(new TextEncoder().encode(text));
  const id = `imp-${sha.slice(0, 24)}`;
  const chunker = new SaleChunker(chunkBytes);
  const chunks = [...chunker.push(text), ...chunker.end()];
  const refs = [];
  for (const [index, chunk] of chunks.entries()) {
    const key = `sales/chunks/${sha}/${index}`;
    await env.UPLOADS.put(key, chunk.text, { customMetadata: { firstDataLine: String(chunk.firstDataLine) } });
    refs.push({ importId: id, index, key, firstDataLine: chunk.firstDataLine });
  }
  await env.DB.prepare(
    `INSERT INTO sales_imports (id, sha256, raw_key, bytes, text_bytes, compressed, max_date, status, chunks_total, created_by, created_at, published_at)
     VALUES (?1, ?2, ?3, ?4, ?4, 0, '2026-01-01', 'processing', ?5, 'test', ?6, ?6)`,
  ).bind(id, sha, `sales/raw/${sha}`, text.length, chunks.length, publishedAt).run();
  return { id, refs };
}

test("the consumer yields between events: a timer set as a batch of chunk events starts fires before the batch ends", async () => {
  const text = copyOf("61");
  const { refs } = await acceptedWithoutEvents(text, text.length / 4, new Date().toISOString());
  const batch = createMessageBatch("recoque-events", refs.map((ref) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body: chunkEvent(ref) })));
  const order: string[] = [];
  const handled = worker.queue(batch, env).then(() => order.push("batch done"));
  setTimeout(() => order.push("timer"), 1);
  await handled;
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(order).toEqual(["timer", "batch done"]);
  expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toHaveLength(refs.length);
});

test("an import whose chunk event was lost (not dead-lettered) is reported stalled with the chunks not done, and resumes on request", async () => {
  const text = copyOf("62");
  const { id, refs } = await acceptedWithoutEvents(text, text.length / 3, new Date(Date.now() - STALL_AFTER_MS - 60_000).toISOString());
  await importChunk(env, refs[0]);
  // The chunk just handled is progress: the import is not stalled yet.
  expect(await status(id)).toMatchObject({ status: "processing", chunksDone: 1, stall: null });
  await env.DB.prepare("UPDATE sales_import_chunks SET processed_at = ?2 WHERE import_id = ?1").bind(id, new Date(Date.now() - STALL_AFTER_MS - 1000).toISOString()).run();
  const stalled = await status(id);
  expect(refs.length).toBeGreaterThan(2);
  const notDone = refs.slice(1).map((r) => r.index);
  expect(stalled).toMatchObject({ status: "stalled", failedChunks: [], stall: { reason: "no_progress", chunks: notDone, finalise: false } });
  const listed = await (await call("/api/v1/sales/imports?limit=100", { role: "tax-agent" })).json<{ items: { id: string; status: string }[] }>();
  expect(listed.items.find((i) => i.id === id)?.status).toBe("stalled");

  const resumed = await call(`/api/v1/sales/imports/${id}/resume`, { method: "POST", role: "tax-agent" });
  expect(resumed.status).toBe(202);
  const done = await completed(id);
  expect(done).toMatchObject({ status: "completed", chunksDone: refs.length, stall: null });
  expect(done.salesImported).toBe(new Set(DATA.map((l) => l.split(",")[0])).size);
  const again = await call(`/api/v1/sales/imports/${id}/resume`, { method: "POST", role: "tax-agent" });
  expect(again.status).toBe(409);
});

test("an import still progressing is not resumed: 409, and nothing is published", async () => {
  const text = copyOf("63", DATA.slice(0, 40));
  const { id } = await acceptedWithoutEvents(text, text.length * 2, new Date().toISOString());
  const res = await call(`/api/v1/sales/imports/${id}/resume`, { method: "POST", role: "tax-agent" });
  expect(res.status).toBe(409);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect(await status(id)).toMatchObject({ status: "processing", chunksDone: 0 });
});

test("sending the same file again resumes an import whose events were lost, instead of answering processing", async () => {
  const text = copyOf("64", DATA.slice(0, 300));
  const { id, refs } = await acceptedWithoutEvents(text, text.length / 2, new Date(Date.now() - STALL_AFTER_MS - 1000).toISOString());
  expect((await status(id)).status).toBe("stalled");
  const res = await upload(text);
  expect(res.status).toBe(200);
  expect((await res.json<{ id: string; status: string }>()).id).toBe(id);
  const done = await completed(id);
  expect(done.chunksDone).toBe(refs.length);
  expect(done.salesImported).toBe(new Set(DATA.slice(0, 300).map((l) => l.split(",")[0])).size);
});

test("the same chunk handled twice at once writes and audits it once", async () => {
  const text = copyOf("65", DATA.slice(0, 80));
  const { id, refs } = await acceptedWithoutEvents(text, text.length * 2, new Date().toISOString());
  const before = await count("SELECT count(*) AS n FROM audit_log");
  const outcomes = await Promise.allSettled([importChunk(env, refs[0]), importChunk(env, refs[0])]);
  const scored = await count("SELECT count(*) AS n FROM sales WHERE import_id = ?1 AND expected_price IS NOT NULL", id);
  const cases = await count("SELECT count(*) AS n FROM sales_cases WHERE import_id = ?1", id);
  expect(scored).toBeGreaterThan(0);
  expect(await count("SELECT count(*) AS n FROM audit_log")).toBe(before + scored + cases);
  expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
});

test("a resume publishes every missing chunk of an import of more than a page of R2 keys (over 100 chunks)", async () => {
  const text = copyOf("66");
  const { id, refs } = await acceptedWithoutEvents(text, text.length / 130, new Date(Date.now() - STALL_AFTER_MS - 1000).toISOString());
  expect(refs.length).toBeGreaterThan(100);
  expect((await status(id)).stall?.chunks).toHaveLength(refs.length);
  expect((await call(`/api/v1/sales/imports/${id}/resume`, { method: "POST", role: "ops" })).status).toBe(202);
  const done = await completed(id, "", 120_000);
  expect(done.chunksDone).toBe(refs.length);
}, 180_000);
