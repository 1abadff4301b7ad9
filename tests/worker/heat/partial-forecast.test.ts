// A forecast of the issue day and the two after it (the official D..D+2 window) lacks D−1 and D+3: it is graded on
// the windows it holds, which can only under-state the level (the level is the highest over the windows). At red
// heat (TN 24 °C, TX 37 °C) it opens the episode at red; a cool one changes nothing but says why. Either way the
// missing days are in the receipt, the forecast's handling and the public status — never a silent no-op.
import { expect, test } from "vitest";
import { addDays } from "../../../domain/time/days";
import { call } from "../helpers";
import { handled, postForecast } from "./fixtures";

const DAY = "2019-07-23";
const threeDays = (issueDay: string, tn: number, tx: number, source: string) => ({
  source,
  issuedAt: `${issueDay}T06:00:00+02:00`,
  replay: true,
  days: [0, 1, 2].map((k) => ({ date: addDays(issueDay, k), tn, tx })),
});

test("a 3-day red forecast opens the episode at red, graded on what it has, and says which days it lacks", async () => {
  const res = await postForecast(threeDays(DAY, 24, 37, "three-days-red"));
  expect(res.status).toBe(202);
  const receipt = await res.json<{ forecastId: string; grading: unknown }>();
  expect(receipt.grading).toEqual({ issueDay: DAY, level: null, atLeast: "red", missingDays: [addDays(DAY, -1), addDays(DAY, 3)] });
  const outcome = await handled(receipt.forecastId);
  expect(outcome).toMatchObject({ kind: "opened", level: "red", grading: "partial", missingDays: [addDays(DAY, -1), addDays(DAY, 3)] });
  const handling = await (await call(`/api/v1/heat/forecasts/${receipt.forecastId}`, { role: "ops" })).json<{ outcome: { kind: string } }>();
  expect(handling.outcome).toMatchObject({ kind: "opened", grading: "partial" });
  const status = await (await call("/api/v1/heat/status")).json<{ today: string; days: { date: string; level: string | null; atLeast: string | null; missingDays: string[] }[]; episode: unknown }>();
  expect(status.days.find((d) => d.date === DAY)).toMatchObject({ level: null, atLeast: "red", missingDays: [addDays(DAY, -1), addDays(DAY, 3)] });
  expect(status.episode).toMatchObject({ peakLevel: "red" });
});

test("a 3-day cool forecast cannot prove the alert is over: nothing changes, and the outcome says why", async () => {
  const res = await postForecast(threeDays(addDays(DAY, 10), 15, 24, "three-days-cool"));
  const receipt = await res.json<{ forecastId: string; grading: { atLeast: string } }>();
  expect(receipt.grading).toMatchObject({ level: null, atLeast: "green" });
  const outcome = await handled(receipt.forecastId);
  expect(outcome).toMatchObject({ kind: "insufficient-days", level: null, atLeast: "green", missingDays: [addDays(DAY, 9), addDays(DAY, 13)] });
  const status = await (await call("/api/v1/heat/status")).json<{ episode: { peakLevel: string } | null }>();
  expect(status.episode).toMatchObject({ peakLevel: "red" });
});
