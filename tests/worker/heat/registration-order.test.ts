// People who register during an alert are scored and called even after someone else's erasure: erasing the
// newest registration must not hand its order number (seq) to the next one, whose scoring event would then carry
// the id of an event already processed (heat.chunk:<episode>:<round>:<seq>-<seq+1>) and be skipped.
import { expect, test } from "vitest";
import { call } from "../helpers";
import { WEATHER, count, forecastFor, handled, postForecast, registerViaApi, validRegistration } from "./fixtures";

const withSecret = (secret: string) => ({ "X-Registration-Secret": secret });
const callOf = (id: string) => count("SELECT count(*) AS n FROM heat_calls WHERE registration_id = ?1", id);

test("a registration after the newest one was erased is scored in the open round", async () => {
  const res = await postForecast(forecastFor("2019-07-24", WEATHER.orange, { replay: true, source: "order-test" }));
  expect((await handled((await res.json<{ forecastId: string }>()).forecastId)).kind).toBe("opened");

  const first = await (await registerViaApi(validRegistration({ name: "Première Inscrite" }))).json<{ id: string; secret: string }>();
  await expect.poll(() => callOf(first.id), { timeout: 20_000, interval: 100 }).toBe(1);
  const newest = await (await registerViaApi(validRegistration({ name: "Dernière Inscrite" }))).json<{ id: string; secret: string }>();
  await expect.poll(() => callOf(newest.id), { timeout: 20_000, interval: 100 }).toBe(1);
  expect((await call(`/api/v1/heat/registrations/${newest.id}`, { method: "DELETE", headers: withSecret(newest.secret) })).status).toBe(200);

  const next = await (await registerViaApi(validRegistration({ name: "Inscrite Après" }))).json<{ id: string }>();
  await expect.poll(() => callOf(next.id), { timeout: 20_000, interval: 100 }).toBe(1);
  const seqs = await count("SELECT count(DISTINCT seq) AS n FROM heat_registrations");
  expect(seqs).toBe(2);
  const reused = await count(
    "SELECT count(*) AS n FROM heat_registrations WHERE id = ?1 AND seq <= (SELECT max(seq) FROM heat_registrations WHERE id <> ?1)", next.id,
  );
  expect(reused).toBe(0);
});
