// Call outcomes: each is audited with the agent and role (the note stays out of the audit log); health risks go
// to the emergency doctors, social risks to the social workers, a wrong number to the home-visit list, and three
// unanswered calls in a row within 48 hours — not spread over more, nor broken by an answered one — put the person
// on the home-visit list.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import type { FollowUp } from "../../../domain/contracts/heat";
import { recordOutcome } from "../../../workers/src/heat/calls";
import { call } from "../helpers";
import { WEATHER, count, forecastFor, handled, insertPeople, postForecast } from "./fixtures";

const agent = { id: "agent.clock", roles: ["heat-agent" as const], role: "heat-agent" as const };
const HOUR = 3_600_000;
const ids = Array.from({ length: 6 }, (_, i) => `reg-o${i}`);

test("an episode opens with a call list for the six people", async () => {
  await insertPeople(ids.map((id) => ({ id, channels: ["sms"], factors: { birthYear: 1935 } })));
  const forecast = await (await postForecast(forecastFor("2025-06-30", WEATHER.red, { replay: true }))).json<{ forecastId: string }>();
  await handled(forecast.forecastId);
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_calls"), { timeout: 20_000, interval: 200 }).toBe(6);
});

test("outcomes over HTTP update the call, route help to the right team and are audited without the note", async () => {
  const post = (id: string, outcome: string, note?: string) =>
    call(`/api/v1/heat/calls/${id}/outcomes`, { method: "POST", role: "heat-agent", json: { outcome, note } }).then(async (r) => ({ status: r.status, body: await r.json<Record<string, unknown>>() }));
  expect(await post(ids[0], "reached-fine")).toMatchObject({ status: 201, body: { status: "done", followUp: null } });
  expect(await post(ids[1], "reached-needs-health-help", "dizzy, no water at home")).toMatchObject({ body: { status: "done", followUp: { kind: "health", team: "emergency-doctors" } } });
  expect(await post(ids[2], "reached-needs-social-help")).toMatchObject({ body: { followUp: { kind: "social", team: "social-workers" } } });
  expect(await post(ids[3], "wrong-number")).toMatchObject({ body: { status: "wrong-number", followUp: { kind: "visit", team: "home-visits" } } });
  expect(await post(ids[4], "no-answer")).toMatchObject({ body: { status: "retry", unansweredWithin48h: 1, followUp: null } });
  expect((await post(ids[4], "maybe")).status).toBe(400);
  expect((await post("reg-nobody", "reached-fine")).status).toBe(404);

  const entries = await env.DB.prepare("SELECT actor, role, subject_id, output FROM audit_log WHERE action = 'heat.call-outcome' ORDER BY seq").all<{ actor: string; role: string; subject_id: string; output: string }>();
  expect(entries.results).toHaveLength(5);
  expect(entries.results.every((e) => e.actor === "test.heat-agent" && e.role === "heat-agent")).toBe(true);
  expect(entries.results.some((e) => e.output.includes("dizzy"))).toBe(false);
  expect(await count("SELECT count(*) AS n FROM heat_call_outcomes WHERE note = 'dizzy, no water at home'")).toBe(1);

  const followups = await (await call("/api/v1/heat/followups", { role: "heat-agent" })).json<{ items: { registrationId: string; team: string }[] }>();
  expect(followups.items.map((f) => [f.registrationId, f.team]).sort()).toEqual([[ids[1], "emergency-doctors"], [ids[2], "social-workers"], [ids[3], "home-visits"]]);
  const open = await (await call("/api/v1/heat/calls", { role: "heat-agent" })).json<{ items: { registrationId: string; status: string }[] }>();
  expect(open.items.map((c) => c.registrationId).sort()).toEqual([ids[4], ids[5]]);
});

test("three unanswered calls within 48 hours put the person on the visit list; spread over more, they do not", async () => {
  const start = new Date("2030-07-01T08:00:00Z");
  const at = (hours: number) => new Date(start.getTime() + hours * HOUR);
  const results = [];
  for (const h of [0, 30, 60]) results.push(await recordOutcome(env.DB, { registrationId: ids[5], outcome: "no-answer" }, agent, at(h)));
  expect(results.map((r) => [r.status, r.unansweredWithin48h])).toEqual([["retry", 1], ["retry", 2], ["retry", 2]]);
  const third = await recordOutcome(env.DB, { registrationId: ids[5], outcome: "no-answer" }, agent, at(70));
  expect(third).toMatchObject({ status: "visit-needed", unansweredWithin48h: 3, followUp: { kind: "visit", team: "home-visits" } });
  const visits = await (await call("/api/v1/heat/followups?kind=visit", { role: "heat-agent" })).json<{ items: FollowUp[] }>();
  expect(visits.items.find((v) => v.registrationId === ids[5])).toMatchObject({ reason: "no-answer", unanswered: { calls: 3, withinHours: 48 } });
  const list = await (await call("/api/v1/heat/calls?status=visit-needed", { role: "heat-agent" })).json<{ items: { registrationId: string; attempts: number }[] }>();
  expect(list.items).toEqual([expect.objectContaining({ registrationId: ids[5], attempts: 4 })]);
  const again = await recordOutcome(env.DB, { registrationId: ids[5], outcome: "no-answer" }, agent, at(71));
  expect(again.status).toBe("visit-needed");
  expect(await count("SELECT count(*) AS n FROM heat_followups WHERE registration_id = ?1", ids[5])).toBe(1);
});

test("a call answered in between starts the count of unanswered calls again", async () => {
  const start = new Date("2030-08-01T08:00:00Z");
  const at = (hours: number) => new Date(start.getTime() + hours * HOUR);
  const record = (hours: number, outcome: "no-answer" | "reached-fine") => recordOutcome(env.DB, { registrationId: ids[4], outcome }, agent, at(hours));
  await record(0, "no-answer");
  await record(2, "no-answer");
  expect(await record(4, "reached-fine")).toMatchObject({ status: "done", followUp: null });
  expect(await record(30, "no-answer")).toMatchObject({ status: "retry", unansweredWithin48h: 1, followUp: null });
  expect(await record(32, "no-answer")).toMatchObject({ status: "retry", unansweredWithin48h: 2 });
  expect(await record(34, "no-answer")).toMatchObject({ status: "visit-needed", unansweredWithin48h: 3, followUp: { kind: "visit" } });
});
