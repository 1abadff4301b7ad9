// Météo-France's vigilance map as an input: pushed by ops (or pulled by the cron from VIGILANCE_URL), an orange or
// red for Paris opens or raises the episode of the hazard it concerns even without any rule's level — extreme cold
// calls the people who chose cold, ranked by the cold-risk model, with cold advice; wind and thunderstorms send storm
// advice to those who opted in, without calls — and a bad map is refused field by field.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { pullInputs } from "../../../workers/src/climate/pull";
import { buildVigilanceMap, parisMap } from "../../../infra/seed/data/climate/vigilance-maps";
import type { ErrorBody } from "../../../domain/contracts/errors";
import type { Explanation } from "../../../domain/contracts/explanation";
import { bilingualProblems } from "../../../domain/i18n/completeness";
import { call } from "../helpers";
import { count, insertRegistrants, push, pushed } from "./fixtures";

const people = [
  { id: "reg-v-cold", hazards: ["heat", "cold"], factors: { birthYear: 1932, poorlyHeatedHome: true, respiratory: true } },
  { id: "reg-v-cold2", hazards: ["cold"], factors: { birthYear: 1950 } },
  { id: "reg-v-heat", hazards: ["heat"] },
  { id: "reg-v-storm", hazards: ["heat", "storm"] },
];

test("an extreme-cold orange for Paris opens a cold episode on the vigilance alone and calls the people who chose cold", async () => {
  await insertRegistrants(people);
  const outcome = await pushed("vigilance", parisMap("2026-01-12", { "extreme-cold": 3 }));
  expect(outcome.cold).toMatchObject({ kind: "opened", level: "orange", round: { number: 1 } });
  expect(outcome.heat).toBeUndefined();
  expect(outcome.storm).toMatchObject({ kind: "no-alert", level: "green" });
  const episodeId = outcome.cold.episodeId!;
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_calls WHERE episode_id = ?1", episodeId), { timeout: 20_000, interval: 200 }).toBe(2);
  const calls = await env.DB.prepare("SELECT registration_id, model_id, risk FROM heat_calls WHERE episode_id = ?1 ORDER BY risk DESC").bind(episodeId).all<{ registration_id: string; model_id: string; risk: number }>();
  expect(calls.results.map((c) => [c.registration_id, c.model_id])).toEqual([["reg-v-cold", "cold-risk"], ["reg-v-cold2", "cold-risk"]]);
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE episode_id = ?1", episodeId), { timeout: 20_000, interval: 200 }).toBe(2);
  const message = await env.DB.prepare("SELECT body FROM heat_messages WHERE episode_id = ?1 LIMIT 1").bind(episodeId).first<{ body: string }>();
  expect(message!.body).toContain("grand froid à Paris");
  expect(message!.body).toContain("Un agent de la Ville va vous appeler");
});

test("a cold call's explanation gives the cold-risk features, each weight from the model, and the cold faced", async () => {
  const callId = (await env.DB.prepare("SELECT id FROM heat_calls WHERE registration_id = 'reg-v-cold' AND model_id = 'cold-risk'").first<{ id: string }>())!.id;
  const res = await call(`/api/v1/explanations/heat-call/${callId}`, { role: "heat-agent" });
  expect(res.status).toBe(200);
  const explanation = await res.json<Explanation>();
  expect(explanation.algorithm).toMatchObject({ modelId: "cold-risk" });
  const byName = Object.fromEntries(explanation.parameters.map((p) => [p.name, p]));
  expect(byName.poorlyHeatedHome).toMatchObject({ value: 1, effect: { en: "raises the priority" } });
  expect(byName.poorlyHeatedHome.weight).toBeCloseTo(Math.log(2.85), 3);
  expect(byName.respiratory.weight).toBeCloseTo(Math.log(1.2), 3);
  expect(byName.cardiovascular).toMatchObject({ value: 0, weight: 0 });
  expect(explanation.data.find((d) => d.name === "meanTemperature")).toBeDefined();
  expect(bilingualProblems(explanation), "every text in French and English").toEqual([]);
});

test("the next map turns it red: a red round with the red warning", async () => {
  const outcome = await pushed("vigilance", parisMap("2026-01-13", { "extreme-cold": 4 }));
  expect(outcome.cold).toMatchObject({ kind: "updated", level: "red", round: { number: 2, reason: "red" } });
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE kind = 'red' AND body LIKE '%froid devient extrême%'"), { timeout: 20_000, interval: 200 }).toBe(2);
});

test("wind orange sends storm advice to those who chose it, and calls nobody", async () => {
  const outcome = await pushed("vigilance", parisMap("2026-01-14", { wind: 3, "extreme-cold": 4 }));
  expect(outcome.storm).toMatchObject({ kind: "opened", level: "orange" });
  const episodeId = outcome.storm.episodeId!;
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE episode_id = ?1", episodeId), { timeout: 20_000, interval: 200 }).toBe(1);
  expect(await count("SELECT count(*) AS n FROM heat_messages WHERE episode_id = ?1 AND registration_id = 'reg-v-storm' AND body LIKE '%vent violent%'", episodeId)).toBe(1);
  expect(await count("SELECT count(*) AS n FROM heat_calls WHERE episode_id = ?1", episodeId)).toBe(0);
  expect(await count("SELECT count(*) AS n FROM heat_rounds WHERE episode_id = ?1", episodeId)).toBe(1);
});

test("a heatwave orange opens the heat episode although the temperature rule alone says yellow", async () => {
  const forecast = await (await import("../helpers")).call("/api/v1/heat/forecasts", {
    method: "POST",
    role: "ops",
    json: { source: "vigilance-test", issuedAt: "2026-07-02T06:00:00+02:00", replay: true, days: [-1, 0, 1, 2, 3].map((k) => ({ date: `2026-07-0${2 + k}`, tn: 19.5, tx: 30 })) },
  });
  expect(forecast.status).toBe(202);
  const { forecastId } = await forecast.json<{ forecastId: string }>();
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_forecasts WHERE id = ?1 AND processed_at IS NOT NULL", forecastId), { timeout: 20_000, interval: 100 }).toBe(1);
  const handled = await env.DB.prepare("SELECT outcome FROM heat_forecasts WHERE id = ?1").bind(forecastId).first<{ outcome: string }>();
  expect(JSON.parse(handled!.outcome)).toMatchObject({ kind: "no-alert", level: "yellow" });
  const outcome = await pushed("vigilance", parisMap("2026-07-02", { heatwave: 3 }));
  expect(outcome.heat).toMatchObject({ kind: "opened", level: "orange" });
});

test("a map with unknown ids or colours is refused field by field; only ops push it", async () => {
  const map = parisMap("2026-01-15", {});
  (map.product.periods[0].timelaps.domain_ids[0].phenomenon_items[0] as { phenomenon_id: string }).phenomenon_id = "12";
  const res = await push("vigilance", map);
  expect(res.status).toBe(400);
  expect((await res.json<ErrorBody>()).error.fields?.map((f) => f.field)).toEqual(["product.periods.0.timelaps.domain_ids.0.phenomenon_items.0.phenomenon_id"]);
  expect((await push("vigilance", parisMap("2026-01-15", {}), "?replay=true", "heat-agent")).status).toBe(403);
  expect((await push("vigilance", parisMap("2026-01-15", {}), "")).status).toBe(400);
});

test("the cron pull fetches VIGILANCE_URL with the API key, receives the map and hands it to the pipeline", async () => {
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const map = buildVigilanceMap({ updateTime: now.toISOString().replace(/\.\d+Z$/, "Z"), periods: [{ day, colours: { "75": { "snow-ice": 2 } } }] });
  const seen: { url: string; key: string | null }[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    seen.push({ url, key: new Headers(init?.headers).get("apikey") });
    return Response.json(map);
  }) as unknown as typeof fetch;
  const result = await pullInputs({ ...env, VIGILANCE_URL: "https://public-api.meteofrance.fr/public/DPVigilance/v1/cartevigilance/encours", VIGILANCE_API_KEY: "k-123" }, now, fetcher);
  expect(seen).toEqual([{ url: "https://public-api.meteofrance.fr/public/DPVigilance/v1/cartevigilance/encours", key: "k-123" }]);
  expect(result.feeds).toEqual([
    expect.objectContaining({ kind: "vigilance", status: "received" }),
    { kind: "flood", status: "not-configured" },
    { kind: "pollution", status: "not-configured" },
  ]);
});
