// Alert episodes driven by forecasts through the real queue: opened by an orange day, updated by later alert
// days (a new call round every two days and when it turns red), closed when the level falls; the same forecast
// twice, as an HTTP duplicate or as a redelivered event, opens nothing new.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { addDays } from "../../../domain/time/days";
import { applyForecast } from "../../../workers/src/heat/episodes";
import { forecastEvent } from "../../../workers/src/heat/forecasts";
import worker from "../../../workers/src/index";
import { WEATHER, count, forecastFor, handled, postForecast } from "./fixtures";

const START = "2019-07-22";

async function replay(day: string, weather: readonly [number, number], source = "episode-test") {
  const res = await postForecast(forecastFor(day, weather, { replay: true, source }));
  expect(res.status).toBe(202);
  const { forecastId } = await res.json<{ forecastId: string }>();
  return { forecastId, outcome: await handled(forecastId) };
}

const episodes = () => env.DB.prepare("SELECT * FROM heat_episodes ORDER BY opened_at, id").all<Record<string, unknown>>().then((r) => r.results);
const rounds = (episodeId: string) =>
  env.DB.prepare("SELECT round, day, reason, message_kind FROM heat_rounds WHERE episode_id = ?1 ORDER BY round").bind(episodeId).all().then((r) => r.results);

test("a green day opens nothing; an orange day opens one episode with its first call round", async () => {
  expect((await replay(addDays(START, -1), WEATHER.green)).outcome).toMatchObject({ kind: "no-alert", level: "green" });
  expect(await episodes()).toHaveLength(0);
  const { outcome } = await replay(START, WEATHER.orange);
  expect(outcome).toMatchObject({ kind: "opened", level: "orange", round: { number: 1, reason: "opening" } });
  const [episode] = await episodes();
  expect(episode).toMatchObject({ id: outcome.episodeId, status: "open", start_date: START, peak_level: "orange", current_round: 1, next_round_date: addDays(START, 2) });
  expect(await rounds(outcome.episodeId!)).toEqual([{ round: 1, day: START, reason: "opening", message_kind: "opening" }]);
});

test("the same forecast twice opens nothing new, over HTTP or as a redelivered or duplicated event", async () => {
  const body = forecastFor(START, WEATHER.orange, { replay: true, source: "episode-test" });
  expect(await (await postForecast(body)).json()).toMatchObject({ duplicate: true });
  const [{ opened_by: forecastId }] = (await episodes()) as { opened_by: string }[];
  const batch = createMessageBatch("recoque-events", [{ id: "m1", timestamp: new Date(), attempts: 1, body: forecastEvent(forecastId) }]);
  await worker.queue(batch, env);
  expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual(["m1"]);
  expect(await applyForecast(env.DB, forecastId)).toMatchObject({ kind: "opened" });
  expect(await episodes()).toHaveLength(1);
  expect(await count("SELECT count(*) AS n FROM heat_rounds")).toBe(1);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'heat.episode-opened'")).toBe(1);
});

test("later alert days update the episode: a round every two days, another when it turns red", async () => {
  const [{ id }] = (await episodes()) as { id: string }[];
  expect((await replay(addDays(START, 1), WEATHER.orange)).outcome).toEqual({ kind: "updated", level: "orange", episodeId: id });
  expect((await replay(addDays(START, 2), WEATHER.orange)).outcome).toMatchObject({ kind: "updated", round: { number: 2, reason: "every-two-days" } });
  expect((await replay(addDays(START, 3), WEATHER.red)).outcome).toMatchObject({ kind: "updated", level: "red", round: { number: 3, reason: "red" } });
  expect((await replay(addDays(START, 4), WEATHER.red)).outcome).toMatchObject({ kind: "updated", level: "red" });
  expect((await rounds(id)).map((r) => [r.round, r.reason, r.message_kind])).toEqual([[1, "opening", "opening"], [2, "every-two-days", null], [3, "red", "red"]]);
  expect((await episodes())[0]).toMatchObject({ status: "open", peak_level: "red", last_alert_date: addDays(START, 4), current_round: 3 });
});

test("a day below orange closes the episode, and the next alert opens a new one", async () => {
  const [{ id }] = (await episodes()) as { id: string }[];
  expect((await replay(addDays(START, 5), WEATHER.green)).outcome).toEqual({ kind: "closed", level: "green", episodeId: id });
  expect((await episodes())[0]).toMatchObject({ status: "closed", end_date: addDays(START, 5) });
  expect((await replay(addDays(START, 6), WEATHER.green)).outcome).toMatchObject({ kind: "no-alert" });
  const reopened = (await replay(addDays(START, 9), WEATHER.orange)).outcome;
  expect(reopened).toMatchObject({ kind: "opened" });
  expect(reopened.episodeId).not.toBe(id);
  expect((await episodes()).map((e) => e.status)).toEqual(["closed", "open"]);
});

test("a forecast handled after a later one changes nothing, and one missing days leaves the episode as it is", async () => {
  const first = await (await postForecast(forecastFor(addDays(START, 10), WEATHER.green, { replay: true, source: "order-a" }))).json<{ forecastId: string }>();
  const second = await (await postForecast(forecastFor(addDays(START, 11), WEATHER.orange, { replay: true, source: "order-b" }))).json<{ forecastId: string }>();
  await handled(first.forecastId);
  await handled(second.forecastId);
  const before = await episodes();
  await env.DB.prepare("UPDATE heat_forecasts SET processed_at = NULL, outcome = NULL WHERE id = ?1").bind(first.forecastId).run();
  expect(await applyForecast(env.DB, first.forecastId)).toMatchObject({ kind: "superseded" });
  const short = forecastFor(addDays(START, 30), WEATHER.green, { replay: true, source: "short" });
  short.days = short.days.slice(1, 4);
  const res = await postForecast(short);
  expect((await handled((await res.json<{ forecastId: string }>()).forecastId)).kind).toBe("insufficient-days");
  expect(await episodes()).toEqual(before);
});
