// Forecast intake: every bad input listed by the issue answers 400 with the field at fault and applies nothing;
// a good forecast is stored, audited and queued; the same forecast twice is one; an older live forecast is refused.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { addDays } from "../../../domain/time/days";
import { call } from "../helpers";
import type { ErrorBody } from "../../../domain/contracts/errors";
import { WEATHER, count, forecastFor, handled, issuedNow, postForecast } from "./fixtures";

const stored = () => count("SELECT count(*) AS n FROM heat_forecasts");

async function refused(body: unknown, field: RegExp, status = 400) {
  const before = await stored();
  const res = await postForecast(body);
  expect(res.status).toBe(status);
  const error = (await res.json<ErrorBody>()).error;
  expect(error.fields?.map((f) => f.field).join(" ")).toMatch(field);
  expect(await stored()).toBe(before);
  return error;
}

const { issuedAt: NOW, day } = issuedNow();
const good = () => forecastFor(day, WEATHER.green, { issuedAt: NOW });

test("missing days, duplicates, non-numbers, TX below TN and out-of-range values are refused field by field", async () => {
  const gap = good();
  gap.days.splice(2, 1);
  await refused(gap, /days\.2\.date/);
  const duplicate = good();
  duplicate.days[2] = { ...duplicate.days[1] };
  await refused(duplicate, /days\.2\.date/);
  await refused({ ...good(), days: good().days.map((d, i) => (i === 1 ? { ...d, tx: "31" } : d)) }, /days\.1\.tx/);
  await refused({ ...good(), days: good().days.map((d, i) => (i === 3 ? { ...d, tn: null } : d)) }, /days\.3\.tn/);
  await refused({ ...good(), days: good().days.map((d, i) => (i === 0 ? { ...d, tn: 30, tx: 20 } : d)) }, /days\.0\.tx/);
  await refused({ ...good(), days: good().days.map((d, i) => (i === 4 ? { ...d, tx: 61 } : d)) }, /days\.4\.tx/);
  await refused({ ...good(), days: good().days.map((d, i) => (i === 2 ? { ...d, tn: -41 } : d)) }, /days\.2\.tn/);
  await refused({ ...good(), days: good().days.map((d, i) => (i === 2 ? { ...d, date: "2026-02-30" } : d)) }, /days\.2\.date/);
});

test("several problems are reported together, each with its field", async () => {
  const body = good();
  body.days[1] = { ...body.days[1], tx: 70 };
  body.days[3] = { ...body.days[3], tn: 40, tx: 30 };
  const error = await refused({ ...body, source: "" }, /source/);
  expect(error.fields!.map((f) => f.field).sort()).toEqual(["days.1.tx", "days.3.tx", "source"]);
});

test("dates far in the past or future, too few days ahead, a future or stale issue time are refused", async () => {
  await refused({ ...good(), days: good().days.map((d, i) => ({ ...d, date: addDays("2003-08-01", i) })) }, /days\.0\.date/);
  const far = good();
  far.days.push(...Array.from({ length: 14 }, (_, k) => ({ date: addDays(far.days.at(-1)!.date, k + 1), tn: 15, tx: 25 })));
  await refused(far, /days\.18\.date/);
  await refused({ ...good(), days: good().days.slice(0, 3) }, /^days$/);
  await refused(forecastFor(addDays(day, 3), WEATHER.green), /issuedAt/);
  await refused(forecastFor(addDays(day, -5), WEATHER.green), /issuedAt/);
  await refused({ ...good(), issuedAt: "yesterday" }, /issuedAt/);
  await refused({ ...good(), departement: "92" }, /departement/);
});

test("a good forecast is stored with its days, audited, queued and handled; the same forecast twice is one", async () => {
  const body = forecastFor(addDays(day, -1), WEATHER.green);
  const first = await postForecast(body);
  expect(first.status).toBe(202);
  const receipt = await first.json<{ forecastId: string; duplicate: boolean; issueDay: string }>();
  expect(receipt).toMatchObject({ duplicate: false, issueDay: addDays(day, -1) });
  expect(await handled(receipt.forecastId)).toMatchObject({ kind: "no-alert", level: "green" });
  const again = await (await postForecast(body)).json<{ forecastId: string; duplicate: boolean; queued: boolean }>();
  expect(again).toMatchObject({ forecastId: receipt.forecastId, duplicate: true, queued: false });
  expect(await count("SELECT count(*) AS n FROM heat_forecasts WHERE id = ?1", receipt.forecastId)).toBe(1);
  expect(await count("SELECT count(*) AS n FROM heat_daily WHERE date BETWEEN ?1 AND ?2", body.days[0].date, body.days[4].date)).toBe(5);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'heat.forecast-received' AND subject_id = ?1", receipt.forecastId)).toBe(1);
  expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'heat.levels' AND subject_id = ?1", receipt.forecastId)).toBe(1);

  const older = await postForecast({ ...body, issuedAt: `${addDays(day, -1)}T04:00:00+02:00`, source: "late-provider" });
  expect(older.status).toBe(409);
  expect((await older.json<ErrorBody>()).error.fields?.[0].field).toBe("issuedAt");
});

test("the status is public and cacheable, with levels, indicators, thresholds and the forecast's time", async () => {
  await postForecast(forecastFor(day, [[20, 30], [21, 32], [21, 32], [21, 31], [20, 30]], { source: "status-check", issuedAt: NOW }));
  const res = await call("/api/v1/heat/status");
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
  const status = await res.json<{ today: string; thresholds: { ibmn: number }; forecast: { source: string; issuedAt: string }; days: { date: string; ibmx: number | null; level: string | null }[] }>();
  expect(status.today).toBe(day);
  expect(status.thresholds).toEqual({ ibmn: 21, ibmx: 31 });
  expect(status.forecast).toMatchObject({ source: "status-check", issuedAt: NOW });
  const todayRow = status.days.find((d) => d.date === day)!;
  expect(todayRow.ibmx).toBeCloseTo((32 + 32 + 31) / 3, 9);
  expect(todayRow.level).toBe("orange");
  expect(status.days.find((d) => d.date === addDays(day, 1))?.level).toBeNull();
  expect((await call("/api/v1/heat/status?departement=93")).status).toBe(404);
});

test("replays of a past summer are accepted outside production only when asked for", async () => {
  const summer = forecastFor("2003-08-04", WEATHER.orange, { source: "replay-test" });
  await refused(summer, /issuedAt/);
  expect(env.ENVIRONMENT).not.toBe("production");
  expect((await postForecast({ ...summer, replay: true })).status).toBe(202);
});
