// One temperature forecast grades both heat and cold: a winter forecast of the February 2012 cold at Montsouris
// opens the cold episode on the cold rule (the heat outcome stays the forecast's outcome, unchanged in shape); the
// public climate status then gives every hazard's level today with its sources and time.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { call } from "../helpers";
import { count, insertRegistrants } from "./fixtures";

// Paris-Montsouris, 3–8 February 2012 (Météo-France daily TN/TX).
const FEB_2012 = [["2012-02-03", -7.3, -1.6], ["2012-02-04", -8.0, -0.7], ["2012-02-05", -5.6, -1.2], ["2012-02-06", -7.9, -0.5], ["2012-02-07", -8.5, -0.3], ["2012-02-08", -6.0, 1.1]] as const;

test("a winter forecast opens the cold episode from the cold rule, and the heat outcome says no alert", async () => {
  await insertRegistrants([{ id: "reg-c-1", hazards: ["cold"], factors: { birthYear: 1930, poorlyHeatedHome: true } }]);
  const res = await call("/api/v1/heat/forecasts", {
    method: "POST",
    role: "ops",
    json: { source: "Montsouris February 2012", issuedAt: "2012-02-04T06:00:00+01:00", replay: true, days: FEB_2012.map(([date, tn, tx]) => ({ date, tn, tx })) },
  });
  const { forecastId } = await res.json<{ forecastId: string }>();
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_forecasts WHERE id = ?1 AND processed_at IS NOT NULL", forecastId), { timeout: 20_000, interval: 100 }).toBe(1);
  const row = await env.DB.prepare("SELECT outcome, hazard_outcomes FROM heat_forecasts WHERE id = ?1").bind(forecastId).first<{ outcome: string; hazard_outcomes: string }>();
  expect(JSON.parse(row!.outcome)).toEqual({ kind: "no-alert", level: "green" });
  expect(JSON.parse(row!.hazard_outcomes).cold).toMatchObject({ kind: "opened", level: "orange" });
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_calls WHERE registration_id = 'reg-c-1' AND model_id = 'cold-risk'"), { timeout: 20_000, interval: 200 }).toBe(1);
  const round = await env.DB.prepare("SELECT exposure FROM heat_rounds r JOIN heat_episodes e ON e.id = r.episode_id WHERE e.hazard = 'cold'").first<{ exposure: string }>();
  expect(JSON.parse(round!.exposure).meanTemperature).toBeLessThan(-2);
});

test("the public climate status lists every hazard with today's level, its sources and their time", async () => {
  const res = await call("/api/v1/climate/status");
  expect(res.status).toBe(200);
  const status = await res.json<{ today: string; hazards: { hazard: string; today: { level: string | null; sources: { kind: string; issuedAt: string; source: string }[] } | null; episode: unknown }[] }>();
  expect(status.today).toBe("2012-02-04");
  expect(status.hazards.map((h) => h.hazard)).toEqual(["heat", "cold", "flood", "pollution", "storm"]);
  const cold = status.hazards.find((h) => h.hazard === "cold")!;
  expect(cold.today).toMatchObject({ level: "orange", sources: [{ kind: "forecast", source: "Montsouris February 2012", issuedAt: "2012-02-04T06:00:00+01:00" }] });
  expect(cold.episode).toMatchObject({ peakLevel: "orange" });
  expect(status.hazards.find((h) => h.hazard === "flood")!.today).toEqual({ level: null, sources: [] });
  expect(res.headers.get("Cache-Control")).toContain("max-age=300");
});

test("agents and ops see every hazard over five days and the inputs held; citizens do not", async () => {
  const res = await call("/api/v1/climate/overview", { role: "heat-agent" });
  expect(res.status).toBe(200);
  const overview = await res.json<{ hazards: { hazard: string; days: { date: string; level: string | null }[] }[]; inputs: { kind: string; missingDays: string[] }[]; unhandled: number }>();
  expect(overview.hazards.find((h) => h.hazard === "cold")!.days.map((d) => d.date)).toEqual(["2012-02-04", "2012-02-05", "2012-02-06", "2012-02-07", "2012-02-08"]);
  expect(overview.inputs).toEqual([expect.objectContaining({ kind: "forecast", missingDays: [] })]);
  expect(overview.unhandled).toBe(0);
  expect((await call("/api/v1/climate/overview", { role: "ops" })).status).toBe(200);
  expect((await call("/api/v1/climate/overview")).status).toBe(401);
});
