// Oversight of the heat pipeline: the heat-call explanation (data, weights from the model, rank, human decision),
// the expiry purge with a moved clock (erasing expired people everywhere), and the roles: only heat agents and
// ops reach heat data, and each only what its work needs.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { bilingualProblems } from "../../../domain/i18n/completeness";
import type { Explanation } from "../../../domain/contracts/explanation";
import { purgeExpired } from "../../../workers/src/privacy/purge";
import { call } from "../helpers";
import { WEATHER, count, forecastFor, handled, insertPeople, postForecast } from "./fixtures";

const SEASON_END = "2027-09-15T22:00:00.000Z";
let topCall = "";

test("an episode is opened for a small register, one of whom expires earlier", async () => {
  await insertPeople([
    { id: "reg-frail", channels: ["sms"], factors: { birthYear: 1932, mobility: "bedridden", isolated: true, airConditioning: false } },
    { id: "reg-cool", channels: ["email"], factors: { birthYear: 1955, airConditioning: true, coolPlaceAccess: true } },
    { id: "reg-quiet", channels: ["voice"], factors: {} },
  ], SEASON_END);
  await insertPeople([{ id: "reg-old", channels: ["sms"], factors: { birthYear: 1940 } }], "2026-12-15T22:00:00.000Z");
  const forecast = await (await postForecast(forecastFor("2019-07-24", WEATHER.red, { replay: true }))).json<{ forecastId: string }>();
  await handled(forecast.forecastId);
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages"), { timeout: 20_000, interval: 200 }).toBe(4);
  topCall = (await env.DB.prepare("SELECT id FROM heat_calls ORDER BY risk DESC LIMIT 1").first<{ id: string }>())!.id;
  expect(topCall).toContain("reg-frail");
});

test("the heat-call explanation gives the data, each feature's weight from the model, the rank and the decision", async () => {
  await call("/api/v1/heat/calls/reg-frail/outcomes", { method: "POST", role: "heat-agent", json: { outcome: "no-answer" } });
  const res = await call(`/api/v1/explanations/heat-call/${topCall}`, { role: "heat-agent" });
  expect(res.status).toBe(200);
  const explanation = await res.json<Explanation>();
  expect(explanation.mention.fr).toMatch(/L311-3-1/);
  expect(explanation.algorithm).toMatchObject({ modelId: "heat-risk", registerUrl: "/registre" });
  expect(explanation.result.label.en).toMatch(/^Rank 1 of 4 in the call list \(round 1\)/);
  const byName = Object.fromEntries(explanation.parameters.map((p) => [p.name, p]));
  expect(byName.confinedToBed.weight).toBeCloseTo(Math.log(6.31), 1);
  expect(byName.confinedToBed.effect.en).toBe("raises the priority");
  expect(byName.airConditioning).toMatchObject({ value: 0, weight: 0 });
  const logOdds = explanation.parameters.reduce((s, p) => s + (p.weight ?? 0), 0);
  expect(logOdds).toBeGreaterThan(0);
  expect(explanation.data.find((d) => d.name === "mobility")).toMatchObject({ value: "bedridden", source: expect.stringContaining("declared") });
  expect(explanation.data.find((d) => d.name === "respiratory")).toMatchObject({ value: null, source: expect.stringContaining("not shared") });
  expect(explanation.humanDecision).toMatchObject({ decision: "no-answer", decidedBy: "test.heat-agent", role: "heat-agent" });
  expect(bilingualProblems(explanation), "every text in French and English").toEqual([]);
  expect((await call(`/api/v1/explanations/heat-call/${topCall}`, { role: "tax-agent" })).status).toBe(403);
  expect((await call("/api/v1/explanations/heat-call/nope", { role: "heat-agent" })).status).toBe(404);
});

test("only heat agents and ops reach heat data, each only what its work needs", async () => {
  const routes: [string, string, string[]][] = [
    ["GET", "/api/v1/heat/calls", ["heat-agent"]],
    ["GET", "/api/v1/heat/followups", ["heat-agent"]],
    ["POST", "/api/v1/heat/calls/reg-quiet/outcomes", ["heat-agent"]],
    ["GET", "/api/v1/heat/messages", ["ops"]],
    ["GET", "/api/v1/heat/episodes", ["heat-agent", "ops"]],
    ["POST", "/api/v1/heat/forecasts", ["heat-agent", "ops"]],
  ];
  for (const [method, path, allowed] of routes) {
    const json = method === "POST" ? (path.endsWith("outcomes") ? { outcome: "reached-fine" } : { source: "x" }) : undefined;
    expect((await call(path, { method, json })).status, `${method} ${path} anonymous`).toBe(401);
    for (const role of ["heat-agent", "ops", "social-agent", "tax-agent", "auditor"] as const) {
      const status = (await call(path, { method, role, json })).status;
      if (allowed.includes(role)) expect(status, `${method} ${path} as ${role}`).not.toBeGreaterThanOrEqual(401);
      else expect(status, `${method} ${path} as ${role}`).toBe(403);
    }
  }
  expect((await call("/api/v1/heat/status")).status).toBe(200);
});

test("ops inspect the messages the local provider recorded, with masked recipients and the pseudonymous id only", async () => {
  const page = await (await call("/api/v1/heat/messages?limit=500", { role: "ops" })).json<{ total: number; items: { recipient: string; registrationId: string; body: string; channel: string }[] }>();
  expect(page.total).toBe(4);
  const text = JSON.stringify(page);
  expect(text).not.toContain("+33639980000");
  expect(text).not.toContain("reg-cool@example.org");
  expect(page.items.find((m) => m.channel === "email")?.recipient).toBe("•••@example.org");
  expect(page.items.find((m) => m.registrationId === "reg-frail")).toMatchObject({ recipient: "+33 •• •• •• •• 00", body: expect.stringContaining("canicule") });
});

test("the purge with a moved clock erases expired registrations everywhere and keeps the others", async () => {
  expect(await count("SELECT count(*) AS n FROM heat_messages WHERE registration_id = 'reg-old'")).toBe(1);
  expect((await purgeExpired(env.DB, new Date("2026-12-16T03:15:00Z"))).classes.find((c) => c.id === "heat.register")?.deleted).toBe(0);
  const report = await purgeExpired(env.DB, new Date("2026-12-17T03:15:00Z"));
  expect(report.classes.find((c) => c.id === "heat.register")?.deleted).toBe(4);
  for (const table of ["heat_registrations WHERE id", "heat_calls WHERE registration_id", "heat_outbox WHERE registration_id", "heat_messages WHERE registration_id"]) {
    expect(await count(`SELECT count(*) AS n FROM ${table} = 'reg-old'`)).toBe(0);
  }
  expect(await count("SELECT count(*) AS n FROM heat_registrations")).toBe(3);
  await purgeExpired(env.DB, new Date("2027-09-17T03:15:00Z"));
  expect(await count("SELECT count(*) AS n FROM heat_registrations")).toBe(0);
  expect(await count("SELECT count(*) AS n FROM heat_calls") + (await count("SELECT count(*) AS n FROM heat_messages"))).toBe(0);
  expect(await count("SELECT count(*) AS n FROM heat_episodes")).toBe(1);
});
