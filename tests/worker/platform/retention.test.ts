// The retention purge, with the clock moved forward: each data class loses what is older than its period,
// the audit log loses its expired prefix while its chain stays verifiable, and the nightly cron publishes
// the purge.
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { DAY_MS as DAY } from "../../../domain/time/days";
import { schedules } from "../../../workers/src/events/schedules";
import worker from "../../../workers/src/index";
import { verifyChain, withAudit } from "../../../workers/src/platform/audit";
import { purgeExpired } from "../../../workers/src/privacy/purge";
import { AUDIT_RETENTION_DAYS } from "../../../domain/platform/audit-retention";
import { dataClasses } from "../../../workers/src/privacy/retention";
import { restartAuditChain } from "../helpers";

const count = async (table: string) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

test("every data class declares a positive retention period and a purge", () => {
  expect(new Set(dataClasses.map((d) => d.id)).size).toBe(dataClasses.length);
  for (const d of dataClasses) {
    expect(d.retentionDays).toBeGreaterThan(0);
    expect(d.purge(env.DB, new Date().toISOString()).length).toBeGreaterThan(0);
  }
});

test("moving the clock past a class's period purges it, and only it", async () => {
  const now = new Date("2026-06-01T00:00:00Z");
  await env.DB.batch([
    env.DB.prepare("INSERT INTO processed_events VALUES ('old', 'ops.probe', ?1)").bind(new Date(now.getTime() - 40 * DAY).toISOString()),
    env.DB.prepare("INSERT INTO processed_events VALUES ('recent', 'ops.probe', ?1)").bind(new Date(now.getTime() - 5 * DAY).toISOString()),
    env.DB.prepare("INSERT INTO dead_events VALUES ('dead', 'ops.probe', '{}', 6, ?1)").bind(new Date(now.getTime() - 40 * DAY).toISOString()),
  ]);
  const report = await purgeExpired(env.DB, now);
  expect(report.classes.find((c) => c.id === "platform.processed-events")?.deleted).toBe(1);
  expect(report.classes.find((c) => c.id === "platform.dead-events")?.deleted).toBe(0);
  const later = await purgeExpired(env.DB, new Date(now.getTime() + 60 * DAY));
  expect(later.classes.find((c) => c.id === "platform.dead-events")?.deleted).toBe(1);
  expect(await count("processed_events")).toBe(0);
});

test("the audit log loses its expired prefix and its chain still verifies", async () => {
  await restartAuditChain();
  const start = new Date("2020-01-01T00:00:00Z");
  for (let i = 0; i < 4; i++) {
    await withAudit(env.DB, [{ actor: "a", role: "ops", action: "t", output: { i } }], [], () => new Date(start.getTime() + i * 400 * DAY));
  }
  const asOf = new Date(start.getTime() + (AUDIT_RETENTION_DAYS + 500) * DAY);
  const report = await purgeExpired(env.DB, asOf);
  expect(report.auditEntriesRemoved).toBe(2);
  const chain = await verifyChain(env.DB);
  expect(chain.valid).toBe(true);
  expect(chain.entries).toBe(3);
});

test("the audit prefix stops at the first entry still kept, even when older entries follow it", async () => {
  await restartAuditChain();
  const asOf = new Date("2032-01-01T00:00:00Z");
  const expired = new Date(asOf.getTime() - (AUDIT_RETENTION_DAYS + 10) * DAY);
  const kept = new Date(asOf.getTime() - (AUDIT_RETENTION_DAYS - 10) * DAY);
  for (const at of [expired, kept, expired]) await withAudit(env.DB, [{ actor: "a", role: "ops", action: "t", output: {} }], [], () => at);
  const report = await purgeExpired(env.DB, asOf);
  expect(report.auditEntriesRemoved).toBe(1);
  const { results } = await env.DB.prepare("SELECT at FROM audit_log WHERE action = 't' ORDER BY seq").all<{ at: string }>();
  expect(results.map((r) => r.at)).toEqual([kept.toISOString(), expired.toISOString()]);
  expect((await verifyChain(env.DB)).valid).toBe(true);
});

test("the nightly cron publishes the purge for its scheduled time, and the queue consumer runs it", async () => {
  const controller = createScheduledController({ cron: schedules.nightly, scheduledTime: Date.parse("2026-07-01T03:15:00Z") });
  await worker.scheduled(controller, env);
  const purgedAt = async () => {
    const { results } = await env.DB.prepare("SELECT output FROM audit_log WHERE action = 'privacy.retention-purge'").all<{ output: string }>();
    return results.map((e) => (JSON.parse(e.output) as { asOf: string }).asOf);
  };
  await expect.poll(purgedAt, { timeout: 15_000, interval: 200 }).toContain("2026-07-01T03:15:00.000Z");
  await expect(worker.scheduled(createScheduledController({ cron: "1 2 3 4 5" }), env)).rejects.toThrow(/no events/);
});
