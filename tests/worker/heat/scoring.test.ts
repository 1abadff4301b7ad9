// An episode opening scores every registered person at the edge with the heat-risk model (chunked), records every
// score in the audit log, builds the call list highest risk first with each person's reasons, and queues one
// message per person and channel with an idempotency key: duplicated chunk and delivery events neither queue nor
// send anything twice.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { encodeRows, featureDefinition } from "../../../models/features";
import { addDays } from "../../../domain/time/days";
import { personFromFactors } from "../../../domain/heat/register-factors";
import type { Exposure } from "../../../workers/src/heat/episodes";
import { deliverEvent } from "../../../workers/src/heat/events";
import { SCORING_CHUNK } from "../../../workers/src/heat/ids";
import { registrationSchema } from "../../../domain/contracts/heat-registration";
import { register } from "../../../workers/src/heat/registrations";
import { localProvider } from "../../../workers/src/heat/provider";
import { chunkEvent } from "../../../workers/src/heat/rounds";
import worker from "../../../workers/src/index";
import { edgeModels } from "../../../workers/src/inference/registry";
import { sha256Hex } from "../../../workers/src/platform/hash";
import { call } from "../helpers";
import { WEATHER, count, forecastFor, handled, insertPeople, postForecast, type Person } from "./fixtures";

const PEOPLE = SCORING_CHUNK * 2 + 37;
const DAY = "2022-07-18";

/** Alternating profiles: every 7th person carries many risk factors, every 5th shares nothing. */
function person(i: number): Person {
  const id = `reg-t${String(i).padStart(5, "0")}`;
  if (i % 7 === 0) return { id, channels: ["sms", "email"], factors: { birthYear: 1930, mobility: "bedridden", livesAlone: true, isolated: true, cardiovascular: true, sleepsUnderRoof: true } };
  if (i % 5 === 0) return { id, channels: ["voice"], factors: {} };
  return { id, channels: ["sms"], factors: { birthYear: 1940 + (i % 20), airConditioning: i % 2 === 0, coolPlaceAccess: i % 3 === 0, respiratory: i % 4 === 0 } };
}
const people = Array.from({ length: PEOPLE }, (_, i) => person(i));
const expectedMessages = people.reduce((n, p) => n + p.channels.length, 0);

async function deliver(body: unknown) {
  const batch = createMessageBatch("recoque-events", [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body }]);
  await worker.queue(batch, env);
  return getQueueResult(batch, createExecutionContext());
}

let episodeId = "";

/** Every score in the audit log: [registration id, salted input hash, risk], from the chunks' entries. */
async function auditedScores(): Promise<[string, string, number][]> {
  const { results } = await env.DB.prepare("SELECT output FROM audit_log WHERE action = 'heat.risk-scores' AND model_id = 'heat-risk' AND model_version IS NOT NULL AND input_hash IS NOT NULL").all<{ output: string }>();
  return results.flatMap((r) => (JSON.parse(r.output) as { scores: [string, string, number][] }).scores);
}

test("opening an episode scores every registered person, in chunks, and queues and sends their messages", async () => {
  await insertPeople(people);
  const res = await postForecast(forecastFor(DAY, WEATHER.orange, { replay: true }));
  const outcome = await handled((await res.json<{ forecastId: string }>()).forecastId);
  episodeId = outcome.episodeId!;
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_calls WHERE episode_id = ?1", episodeId), { timeout: 30_000, interval: 200 }).toBe(PEOPLE);
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE episode_id = ?1", episodeId), { timeout: 30_000, interval: 200 }).toBe(expectedMessages);
  expect(await count("SELECT count(*) AS n FROM heat_outbox WHERE episode_id = ?1 AND status = 'sent'", episodeId)).toBe(expectedMessages);
  expect(await count("SELECT count(*) AS n FROM processed_events WHERE event_type = 'heat.score-chunk'")).toBe(3);
  const audited = await auditedScores();
  expect(audited).toHaveLength(PEOPLE);
  expect(new Set(audited.map(([id]) => id)).size).toBe(PEOPLE);
  const voice = await env.DB.prepare("SELECT recipient, body FROM heat_messages WHERE channel = 'voice' LIMIT 1").first<{ recipient: string; body: string }>();
  expect(voice?.recipient).toBe("+33639980000");
  expect(voice?.body).toContain("alerte canicule");
});

test("each score is the edge model's output for the person's shared factors and the round's heat", async () => {
  const round = await env.DB.prepare("SELECT exposure FROM heat_rounds WHERE episode_id = ?1 AND round = 1").bind(episodeId).first<{ exposure: string }>();
  const exposure = JSON.parse(round!.exposure) as Exposure;
  expect(exposure.thresholds).toEqual({ ibmn: 21, ibmx: 31 });
  expect(exposure.heatDays).toBe(1);
  const sample = [0, 5, 7, 12, PEOPLE - 1].map((i) => people[i]);
  const model = await edgeModels.load("heat-risk");
  const rows = encodeRows(featureDefinition("heat-risk"), sample.map((p) => ({ person: personFromFactors(p.factors, 2022), exposure })), null);
  const expected = await model.run(rows);
  const audited = new Map((await auditedScores()).map(([id, hash, risk]) => [id, { hash, risk }]));
  for (const [i, p] of sample.entries()) {
    const row = await env.DB.prepare("SELECT risk FROM heat_calls WHERE registration_id = ?1").bind(p.id).first<{ risk: number }>();
    expect(row!.risk).toBeCloseTo(expected[i], 7);
    expect(audited.get(p.id)?.risk).toBe(row!.risk);
    const features = Array.from(rows.subarray(i * 14, (i + 1) * 14)).join(",");
    expect(audited.get(p.id)?.hash).toBe(await sha256Hex(`salt-${p.id}\n${features}`));
  }
});

test("the call list comes highest risk first, with each person's reasons", async () => {
  const res = await call("/api/v1/heat/calls?limit=500", { role: "heat-agent" });
  expect(res.status).toBe(200);
  const list = await res.json<{ total: number; round: number; items: { rank: number; risk: number; registrationId: string; reasons: { code: string; labels: { fr: string } }[]; person: { name: string } }[] }>();
  expect(list.total).toBe(PEOPLE);
  expect(list.round).toBe(1);
  list.items.forEach((item, i) => {
    expect(item.rank).toBe(i + 1);
    if (i) expect(item.risk).toBeLessThanOrEqual(list.items[i - 1].risk);
  });
  const top = list.items[0];
  expect(Number(top.registrationId.slice(5)) % 7).toBe(0);
  expect(top.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["confinedToBed", "isolated", "cardiovascular", "sleepsUnderRoof"]));
  expect(top.reasons.find((r) => r.code === "confinedToBed")?.labels.fr).toBe("Alité ou alitée");
  const lastPage = await (await call(`/api/v1/heat/calls?limit=10&offset=${PEOPLE - 10}`, { role: "heat-agent" })).json<{ items: { rank: number; reasons: unknown[] }[] }>();
  expect(lastPage.items.at(-1)!.rank).toBe(PEOPLE);
  expect((await call("/api/v1/heat/calls?arrondissement=3", { role: "heat-agent" }).then((r) => r.json<{ total: number }>())).total).toBe(people.filter((_, i) => 1 + (i % 20) === 3).length);
});

test("duplicated chunk and delivery events queue and send nothing twice", async () => {
  const auditBefore = await count("SELECT count(*) AS n FROM audit_log");
  const firstChunk = await env.DB.prepare("SELECT min(seq) AS lo FROM heat_registrations").first<{ lo: number }>();
  const chunk = chunkEvent(episodeId, 1, firstChunk!.lo, firstChunk!.lo + SCORING_CHUNK);
  for (const body of [chunk, { ...chunk, id: `${chunk.id}:copy` }]) expect((await deliver(body)).explicitAcks).toHaveLength(1);
  const batchKey = (await env.DB.prepare("SELECT batch_key FROM heat_outbox LIMIT 1").first<{ batch_key: string }>())!.batch_key;
  await env.DB.prepare("UPDATE heat_outbox SET status = 'pending' WHERE batch_key = ?1").bind(batchKey).run();
  for (const body of [deliverEvent(batchKey), { ...deliverEvent(batchKey), id: "heat.deliver:again" }]) await deliver(body);
  expect(await count("SELECT count(*) AS n FROM heat_calls")).toBe(PEOPLE);
  expect(await count("SELECT count(*) AS n FROM heat_outbox")).toBe(expectedMessages);
  expect(await count("SELECT count(*) AS n FROM heat_messages")).toBe(expectedMessages);
  expect(await count("SELECT count(*) AS n FROM heat_outbox WHERE status = 'pending'")).toBe(0);
  expect(await auditedScores()).toHaveLength(PEOPLE);
  expect(await count("SELECT count(*) AS n FROM audit_log")).toBe(auditBefore + 1);

  const provider = localProvider(env.DB);
  const sample = await env.DB.prepare("SELECT * FROM heat_messages LIMIT 1").first<Record<string, string>>();
  const message = { idempotencyKey: sample!.idempotency_key, registrationId: sample!.registration_id, episodeId, kind: "opening" as const, channel: "sms" as const, recipient: "+33600000000", subject: null, body: "x" };
  await provider.send([message, message], new Date());
  expect(await count("SELECT count(*) AS n FROM heat_messages")).toBe(expectedMessages);
});

test("a person registering during the alert is scored and messaged at once", async () => {
  const res = await call("/api/v1/heat/registrations", {
    method: "POST",
    headers: { "cf-connecting-ip": "scoring-test" },
    json: { name: "Late Comer", phone: "06 39 98 55 55", channels: ["sms"], arrondissement: 4, factors: { mobility: "bedridden" }, consent: true },
  });
  expect(res.status).toBe(201);
  const { id, alertUnderWay } = await res.json<{ id: string; alertUnderWay: boolean }>();
  expect(alertUnderWay).toBe(true);
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE registration_id = ?1", id), { timeout: 20_000, interval: 200 }).toBe(1);
  expect(await count("SELECT count(*) AS n FROM heat_calls WHERE registration_id = ?1 AND episode_id = ?2 AND round = 1", id, episodeId)).toBe(1);
});

test("a later round sends nobody the warning twice, and someone registering then still gets it", async () => {
  const res = await postForecast(forecastFor(addDays(DAY, 2), WEATHER.orange, { replay: true }));
  const outcome = await handled((await res.json<{ forecastId: string }>()).forecastId);
  expect(outcome).toMatchObject({ kind: "updated", episodeId, round: { number: 2, reason: "every-two-days" } });
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_calls WHERE episode_id = ?1 AND round = 2", episodeId), { timeout: 30_000, interval: 200 }).toBe(PEOPLE + 1);
  expect(await count("SELECT count(*) AS n FROM heat_outbox")).toBe(expectedMessages + 1);

  const late = await call("/api/v1/heat/registrations", {
    method: "POST",
    headers: { "cf-connecting-ip": "scoring-test-round-2" },
    json: { name: "Later Comer", phone: "06 39 98 66 66", channels: ["sms"], arrondissement: 5, factors: {}, consent: true },
  });
  const { id } = await late.json<{ id: string }>();
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE registration_id = ?1", id), { timeout: 20_000, interval: 200 }).toBe(1);
  const message = await env.DB.prepare("SELECT kind, day FROM heat_outbox WHERE registration_id = ?1").bind(id).first();
  expect(message).toEqual({ kind: "opening", day: DAY });
  expect(await count("SELECT count(*) AS n FROM heat_calls WHERE registration_id = ?1 AND round = 2", id)).toBe(1);
  expect(await count("SELECT count(*) AS n FROM heat_messages")).toBe(expectedMessages + 2);
});

test("with the queue down during an alert, a registration is still stored and its secret returned", async () => {
  const down = { send: () => Promise.reject(new Error("queue down")), sendBatch: () => Promise.reject(new Error("queue down")) } as unknown as Queue;
  const registration = registrationSchema.parse({ name: "Queue Down", phone: "06 39 98 77 77", channels: ["sms"], arrondissement: 3, consent: true });
  const created = await register({ ...env, EVENTS: down }, registration);
  expect(created).toMatchObject({ alertUnderWay: true, secret: expect.any(String) });
  expect(await count("SELECT count(*) AS n FROM heat_registrations WHERE id = ?1", created.id)).toBe(1);
});
