// A request's life after routing, inside workerd with the real queue, D1 and R2: marked waiting for the
// citizen (its own tab of the inbox), reminded by the weekday cron through the queue once past its service's
// target time, and exported then erased by an agent for an e-mail's sender (who has no secret): the row, its
// correction and its raw e-mail go, and the erasure is audited without a value.
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, expect, test } from "vitest";
import eml from "../../../infra/seed/data/requests/titre-sejour.eml?raw";
import worker from "../../../workers/src/index";
import { schedules } from "../../../workers/src/events/schedules";
import { TARGET_DAYS } from "../../../domain/requests/services";
import type { Office } from "../../../domain/requests/labels";
import type { RequestRow, RequestView } from "../../../workers/src/requests/records";
import { call } from "../helpers";
import { deliverEmail, routed, until } from "./helpers";

const agent = "requests-agent" as const;
let row: RequestRow;

beforeAll(async () => {
  expect((await deliverEmail(eml, { from: "karim.benali@example.net" })).rejected).toBeNull();
  const id = await until("the e-mail's row", async () => (await env.DB.prepare("SELECT id FROM requests WHERE channel = 'email'").first<{ id: string }>())?.id);
  row = await routed(id);
}, 60_000);

test("waiting for the citizen: its own inbox tab, and an answered request cannot go back to it", async () => {
  const waiting = await call(`/api/v1/requests/${row.id}/waiting`, { method: "POST", role: agent });
  expect(waiting.status).toBe(200);
  expect((await waiting.json<RequestView>()).status).toBe("waiting");
  const tab = await (await call(`/api/v1/requests?service=${row.service}&status=waiting`, { role: agent })).json<{ items: RequestView[] }>();
  expect(tab.items.map((r) => r.id)).toEqual([row.id]);
  const fresh = await (await call(`/api/v1/requests?service=${row.service}&status=new`, { role: agent })).json<{ items: RequestView[] }>();
  expect(fresh.items.map((r) => r.id)).not.toContain(row.id);
  const audit = await env.DB.prepare("SELECT actor FROM audit_log WHERE action = 'requests.waiting' AND subject_id = ?1").bind(row.id).first<{ actor: string }>();
  expect(audit?.actor).toBe("test.requests-agent");
  expect((await call(`/api/v1/requests/${row.id}/waiting`, { method: "POST", role: "ops" })).status).toBe(403);
});

test("the weekday cron reminds, through the queue, a waiting request past its service's target time", async () => {
  const office = row.service as Office;
  const early = Date.parse(row.received_at) + (TARGET_DAYS[office] - 1) * 86_400_000;
  const late = Date.parse(row.received_at) + (TARGET_DAYS[office] + 1) * 86_400_000;
  const remindedAt = () => env.DB.prepare("SELECT reminded_at FROM requests WHERE id = ?1").bind(row.id).first<{ reminded_at: string | null }>();
  await worker.scheduled(createScheduledController({ cron: schedules.requestsReminders, scheduledTime: early }), env);
  await until("the early reminders event consumed", () => env.DB.prepare("SELECT 1 AS done FROM processed_events WHERE event_id = ?1").bind(`cron:requests-reminders:${early}`).first());
  expect((await remindedAt())?.reminded_at).toBeNull();
  await worker.scheduled(createScheduledController({ cron: schedules.requestsReminders, scheduledTime: late }), env);
  await expect.poll(async () => (await remindedAt())?.reminded_at, { timeout: 15_000, interval: 200 }).toBe(new Date(late).toISOString());
  const audit = await env.DB.prepare("SELECT output FROM audit_log WHERE action = 'requests.reminded' AND subject_id = ?1").bind(office).first<{ output: string }>();
  expect(JSON.parse(audit!.output)).toEqual({ overdue: 1, targetDays: TARGET_DAYS[office] });
});

test("an agent exports everything held for the sender, then erases it everywhere; the audit keeps no value", async () => {
  await call(`/api/v1/requests/${row.id}/review`, { method: "POST", role: agent, json: { theme: "Étranger", whereToGo: "paris_ppp_titre_sejour" } });
  expect((await call(`/api/v1/requests/${row.id}/export`, { role: "ops" })).status).toBe(403);
  const exported = await call(`/api/v1/requests/${row.id}/export`, { role: agent });
  expect(exported.headers.get("Cache-Control")).toBe("no-store");
  const data = await exported.json<{ body: string; replyTo: string; rawMessageKept: boolean; review: { theme: string } | null; personalData: { label: string; value: string }[] }>();
  expect(data.replyTo).toBe("karim.benali@example.net");
  expect(data.personalData).toEqual(expect.arrayContaining([{ placeholder: "[NOM 1]", label: "PER", value: "Karim Benali" }, expect.objectContaining({ label: "PHONE", value: "07 81 22 45 90" })]));
  expect(data.body).not.toMatch(/Karim|Benali|07 81/);
  expect([data.rawMessageKept, data.review?.theme]).toEqual([true, "Étranger"]);
  expect(await env.UPLOADS.get(row.raw_key!)).not.toBeNull();

  const erased = await call(`/api/v1/requests/${row.id}`, { method: "DELETE", role: agent });
  expect(await erased.json()).toEqual({ erased: { requests: 1, requests_corrections: 1, raw_messages: 1 } });
  expect(await env.UPLOADS.get(row.raw_key!)).toBeNull();
  expect(await env.DB.prepare("SELECT count(*) AS n FROM requests_corrections WHERE request_id = ?1").bind(row.id).first<{ n: number }>()).toEqual({ n: 0 });
  expect((await call(`/api/v1/requests/${row.id}`, { role: agent })).status).toBe(404);
  const { results } = await env.DB.prepare("SELECT action, output FROM audit_log WHERE subject_id = ?1 AND action IN ('requests.exported', 'requests.erased') ORDER BY seq").bind(row.id).all<{ action: string; output: string }>();
  expect(results.map((r) => r.action)).toEqual(["requests.exported", "requests.erased"]);
  expect(JSON.stringify(results)).not.toMatch(/Karim|Benali|07 81|example\.net/);
});
