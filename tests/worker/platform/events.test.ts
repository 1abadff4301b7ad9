// The event pipeline: idempotent consumer, retries with backoff, dead letters recorded and listed, and
// delivery through the real local queue.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { makeEvent } from "../../../workers/src/events/envelope";
import { retryDelaySeconds } from "../../../workers/src/events/consumer";
import { cronEvents } from "../../../workers/src/events/cron";
import { schedules } from "../../../workers/src/events/schedules";
import { publish } from "../../../workers/src/events/publish";
import worker from "../../../workers/src/index";
import { call } from "../helpers";

const count = async (sql: string, ...params: unknown[]) => (await env.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n;

async function deliver(queue: string, body: unknown, attempts = 1) {
  const batch = createMessageBatch(queue, [{ id: crypto.randomUUID(), timestamp: new Date(), attempts, body }]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

test("an event processed twice is handled once and acknowledged both times", async () => {
  const event = makeEvent("ops.probe", { mode: "ok" as const });
  const first = await deliver("recoque-events", event);
  const second = await deliver("recoque-events", event);
  expect(first.explicitAcks).toHaveLength(1);
  expect(second.explicitAcks).toHaveLength(1);
  expect(await count("SELECT count(*) AS n FROM processed_events WHERE event_id = ?1", event.id)).toBe(1);
});

test("a failing handler is retried with a growing delay, and not marked processed", async () => {
  const event = makeEvent("ops.probe", { mode: "fail" as const });
  const result = await deliver("recoque-events", event, 3);
  expect(result.retryMessages).toHaveLength(1);
  expect(await count("SELECT count(*) AS n FROM processed_events WHERE event_id = ?1", event.id)).toBe(0);
  expect(retryDelaySeconds(1)).toBeLessThanOrEqual(6);
  expect(retryDelaySeconds(4)).toBeGreaterThanOrEqual(32);
  expect(retryDelaySeconds(50)).toBeLessThanOrEqual(360);
});

test("dead letters are recorded once and listed for ops", async () => {
  const event = makeEvent("ops.probe", { mode: "fail" as const, note: "drill" });
  await deliver("recoque-events-dead", event, 6);
  await deliver("recoque-events-dead", event, 6);
  expect(await count("SELECT count(*) AS n FROM dead_events WHERE event_id = ?1", event.id)).toBe(1);
  const res = await call("/api/v1/ops/dead-events?type=ops.probe", { role: "ops" });
  const page = await res.json<{ items: { eventId: string; attempts: number; body: { payload: { note: string } } }[]; total: number }>();
  expect(page.items.find((i) => i.eventId === event.id)).toMatchObject({ attempts: 6, body: { payload: { note: "drill" } } });
});

test("a malformed message goes to the dead letters instead of looping", async () => {
  const result = await deliver("recoque-events", { hello: "world" });
  expect(result.explicitAcks).toHaveLength(1);
  expect(await count("SELECT count(*) AS n FROM dead_events WHERE event_type = '(malformed)'")).toBeGreaterThanOrEqual(1);
});

test("a probe published over HTTP travels through the real queue to the consumer", async () => {
  const res = await call("/api/v1/ops/probe", { method: "POST", role: "ops", json: { mode: "ok" } });
  expect(res.status).toBe(202);
  const { eventId } = await res.json<{ eventId: string }>();
  await expect.poll(() => count("SELECT count(*) AS n FROM processed_events WHERE event_id = ?1", eventId), { timeout: 15_000, interval: 200 }).toBe(1);
});

test("publish splits batches under the queue's limits, counted in UTF-8 bytes", async () => {
  const batches: MessageSendRequest[][] = [];
  const queue = { sendBatch: async (messages: MessageSendRequest[]) => void batches.push(messages) } as unknown as Queue;
  // 50,000 "é" are 50 KB as JavaScript counts them, 100 KB as the queue does (2 bytes each).
  const accented = (i: number) => makeEvent("ops.probe", { mode: "ok" as const, note: "é".repeat(50_000) }, { id: `accented-${i}` });
  await publish(queue, [accented(1), accented(2), accented(3)]);
  expect(batches.map((b) => b.length)).toEqual([2, 1]);
  await publish(queue, Array.from({ length: 250 }, (_, i) => makeEvent("ops.probe", { mode: "ok" as const }, { id: `small-${i}` })));
  expect(batches.slice(2).map((b) => b.length)).toEqual([100, 100, 50]);
  await expect(publish(queue, makeEvent("ops.probe", { mode: "ok" as const, note: "é".repeat(65_000) }))).rejects.toThrow(/over the queue limit/);
  expect(batches).toHaveLength(5);
});

test("every schedule of wrangler.toml publishes events, with ids that collapse a trigger fired twice", () => {
  expect(Object.keys(cronEvents).sort()).toEqual(Object.values(schedules).sort());
  const time = Date.parse("2026-07-01T03:15:00Z");
  for (const events of Object.values(cronEvents)) {
    expect(events(time).length).toBeGreaterThan(0);
    expect(events(time).map((e) => e.id)).toEqual(events(time).map((e) => e.id));
    expect(events(time + 60_000).map((e) => e.id)).not.toEqual(events(time).map((e) => e.id));
  }
});
