// The cron pull from the configured provider, with the provider's fetch replaced by a stub (nothing else is
// mocked): a good forecast goes through the pipeline, a bad one is refused and audited without being stored,
// an unreachable provider makes the event retry, and forecasts left unhandled are published again.
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { forecastSchema } from "../../../domain/heat/forecast";
import { schedules } from "../../../workers/src/events/schedules";
import { receiveForecast } from "../../../workers/src/heat/forecasts";
import { pullForecast } from "../../../workers/src/heat/pull";
import worker from "../../../workers/src/index";
import { SYSTEM_ACTOR } from "../../../workers/src/platform/audit";
import { WEATHER, count, forecastFor, handled, issuedNow } from "./fixtures";

const URL = "https://forecast-provider.example/paris/daily.json";
const configured = { ...env, HEAT_FORECAST_URL: URL } as Env;

function provider(respond: () => Response) {
  const requests: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    requests.push(String(input));
    return respond();
  }) as typeof fetch;
  return { fetcher, requests };
}

test("without a provider URL the pull fetches nothing", async () => {
  const stub = provider(() => new Response("{}"));
  expect(await pullForecast(env, new Date(), stub.fetcher)).toMatchObject({ status: "not-configured" });
  expect(stub.requests).toEqual([]);
});

test("a provider's forecast in the documented format is received and goes through the pipeline", async () => {
  const { issuedAt, day } = issuedNow();
  const stub = provider(() => Response.json(forecastFor(day, WEATHER.orange, { source: "provider-stub", issuedAt })));
  const result = await pullForecast(configured, new Date(), stub.fetcher);
  expect(stub.requests).toEqual([URL]);
  expect(result).toMatchObject({ status: "received", receipt: { duplicate: false } });
  if (result.status !== "received") throw new Error("not received");
  expect(await handled(result.receipt.forecastId)).toMatchObject({ kind: "opened", level: "orange" });
  expect(await pullForecast(configured, new Date(), stub.fetcher)).toMatchObject({ status: "received", receipt: { duplicate: true } });
});

test("a bad document is refused with its field errors, audited and not stored", async () => {
  const before = await count("SELECT count(*) AS n FROM heat_forecasts");
  const { issuedAt, day } = issuedNow();
  const bad = forecastFor(day, WEATHER.orange, { source: "provider-stub-2", issuedAt });
  bad.days[2] = { ...bad.days[2], tx: 5 };
  for (const body of [Response.json(bad), new Response("<html>maintenance</html>")]) {
    const result = await pullForecast(configured, new Date(), provider(() => body).fetcher);
    expect(result.status).toBe("refused");
  }
  expect(await count("SELECT count(*) AS n FROM heat_forecasts")).toBe(before);
  const audited = await env.DB.prepare("SELECT output FROM audit_log WHERE action = 'heat.forecast-refused' ORDER BY seq").all<{ output: string }>();
  expect(audited.results.map((r) => JSON.parse(r.output).problems[0].field)).toEqual(["days.2.tx", "(body)"]);
});

test("an unreachable provider makes the pull throw, so the event retries with backoff", async () => {
  await expect(pullForecast(configured, new Date(), provider(() => new Response("busy", { status: 503 })).fetcher)).rejects.toThrow(/HTTP 503/);
});

test("a forecast stored but never handled is published again by the next pull", async () => {
  const forecast = forecastSchema.parse(forecastFor("2018-07-26", WEATHER.green, { replay: true, source: "lost-event" }));
  const receipt = await receiveForecast(env, forecast, SYSTEM_ACTOR);
  await handled(receipt.forecastId);
  await env.DB.prepare("UPDATE heat_forecasts SET processed_at = NULL, outcome = NULL WHERE id = ?1").bind(receipt.forecastId).run();
  await env.DB.prepare("DELETE FROM processed_events WHERE event_id = ?1").bind(`heat.forecast:${receipt.forecastId}`).run();
  const result = await pullForecast(env, new Date(Date.now() + 120_000), provider(() => new Response("{}")).fetcher);
  expect(result.republished).toBe(1);
  expect(await handled(receipt.forecastId)).toMatchObject({ level: "green" });
});

test("the cron trigger publishes the pull for its scheduled time and the consumer runs it", async () => {
  const scheduledTime = Date.parse("2026-07-01T06:30:00Z");
  await worker.scheduled(createScheduledController({ cron: schedules.heatForecastPull, scheduledTime }), env);
  await expect.poll(() => count("SELECT count(*) AS n FROM processed_events WHERE event_id = ?1", `cron:heat-forecast-pull:${scheduledTime}`), { timeout: 15_000, interval: 200 }).toBe(1);
});
