// The Seine at Paris-Austerlitz and pollution bulletins as inputs: a height of 3.40 m (over the city's 3.20 m)
// opens a flood episode that messages, with flood advice, the registered people of the riverside arrondissements who
// kept flood alerts — nobody else — and calls nobody; 6.20 m (over June 2016's 6.10 m) turns it red; 2.10 m closes
// it. A pollution information episode sends advice to those who opted in. Bad documents are refused by field.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { count, hubeau, insertRegistrants, push, pushed } from "./fixtures";

test("a Seine height over 3.20 m messages the riverside people who chose floods, with flood advice", async () => {
  await insertRegistrants([
    { id: "reg-f-quai", hazards: ["heat", "flood"], arrondissement: 7 },
    { id: "reg-f-bercy", hazards: ["flood"], arrondissement: 12 },
    { id: "reg-f-far", hazards: ["flood"], arrondissement: 19 },
    { id: "reg-f-heat", hazards: ["heat"], arrondissement: 7 },
    { id: "reg-p-air", hazards: ["heat", "pollution"], arrondissement: 14 },
  ]);
  const outcome = await pushed("seine", hubeau([["2018-01-24T06:00:00Z", 3150], ["2018-01-24T07:00:00Z", 3400]]));
  expect(outcome.flood).toMatchObject({ kind: "opened", level: "orange" });
  const episodeId = outcome.flood.episodeId!;
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE episode_id = ?1", episodeId), { timeout: 20_000, interval: 200 }).toBe(2);
  const recipients = await env.DB.prepare("SELECT registration_id, body FROM heat_messages WHERE episode_id = ?1 ORDER BY registration_id").bind(episodeId).all<{ registration_id: string; body: string }>();
  expect(recipients.results.map((m) => m.registration_id)).toEqual(["reg-f-bercy", "reg-f-quai"]);
  expect(recipients.results[0].body).toContain("crue de la Seine à Paris");
  expect(recipients.results[0].body).not.toContain("va vous appeler");
  expect(await count("SELECT count(*) AS n FROM heat_calls WHERE episode_id = ?1", episodeId)).toBe(0);
});

test("6.20 m turns the flood red, 2.10 m ends it", async () => {
  expect((await pushed("seine", hubeau([["2018-01-27T07:00:00Z", 6200]]))).flood).toMatchObject({ kind: "updated", level: "red", round: { number: 2, reason: "red" } });
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE kind = 'red' AND body LIKE '%crue de la Seine devient majeure%'"), { timeout: 20_000, interval: 200 }).toBe(2);
  expect((await pushed("seine", hubeau([["2018-02-10T07:00:00Z", 2100]]))).flood).toMatchObject({ kind: "closed", level: "green" });
});

test("a pollution information episode sends advice to the people who opted in", async () => {
  const outcome = await pushed("pollution", {
    source: "Airparif (test bulletin)",
    issuedAt: "2019-06-28T11:00:00+02:00",
    days: [{ date: "2019-06-28", kind: "forecast", o3: 205, no2: 60, pm10: 22 }, { date: "2019-06-29", kind: "forecast", o3: 150 }],
  });
  expect(outcome.pollution).toMatchObject({ kind: "opened", level: "orange" });
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE episode_id = ?1", outcome.pollution.episodeId), { timeout: 20_000, interval: 200 }).toBe(1);
  expect(await count("SELECT count(*) AS n FROM heat_messages WHERE registration_id = 'reg-p-air' AND body LIKE '%pollution de l''air%'")).toBe(1);
});

test("another station, impossible heights and bulletins with gaps are refused by field and store nothing", async () => {
  const before = await count("SELECT count(*) AS n FROM climate_inputs");
  const other = hubeau([["2018-01-24T06:00:00Z", 3150]]);
  other.data[0].code_station = "H320000104";
  const res = await push("seine", other);
  expect(res.status).toBe(400);
  expect((await res.json<ErrorBody>()).error.fields?.[0].field).toBe("data.0.code_station");
  expect((await push("seine", hubeau([["2018-01-24T06:00:00Z", 25_000]]))).status).toBe(400);
  const gap = await push("pollution", { source: "x", issuedAt: "2019-06-28T11:00:00+02:00", days: [{ date: "2019-06-28", kind: "forecast", o3: 1 }, { date: "2019-06-30", kind: "forecast", o3: 2 }] });
  expect((await gap.json<ErrorBody>()).error.fields?.map((f) => f.field)).toEqual(["days.1.date"]);
  expect(await count("SELECT count(*) AS n FROM climate_inputs")).toBe(before);
});
