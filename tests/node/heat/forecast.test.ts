// Forecast validation, shared by the intake route, the cron pull and the replay: every bad input the issue lists
// is refused with the field it concerns, several at once; the clock checks refuse future and stale issue times
// except for replays where they are allowed; the issue day is taken in Paris time.
import { describe, expect, test } from "vitest";
import { clockProblems, forecastSchema, readForecast } from "../../../domain/heat/forecast.ts";
import { addDays } from "../../../domain/time/days.ts";
import { parisDay } from "../../../domain/time/paris.ts";

const NOW = new Date("2026-07-10T08:00:00Z");
const clock = { now: NOW, replayAllowed: false };
const good = () => ({
  source: "test",
  issuedAt: "2026-07-10T06:00:00+02:00",
  days: ["2026-07-09", "2026-07-10", "2026-07-11", "2026-07-12", "2026-07-13"].map((date, i) => ({ date, tn: 18 + i, tx: 28 + i })),
});
const fields = (input: unknown, c = clock) => {
  const read = readForecast(input, c);
  return read.ok ? [] : read.problems.map((p) => p.field);
};

test("a good forecast is read, with the default département", () => {
  const read = readForecast(good(), clock);
  expect(read).toMatchObject({ ok: true, forecast: { departement: "75", replay: false } });
});

describe("bad input is refused with its field", () => {
  test.each([
    ["a missing day", (f: ReturnType<typeof good>) => f.days.splice(2, 1), "days.2.date"],
    ["a duplicate day", (f: ReturnType<typeof good>) => (f.days[3] = { ...f.days[2] }), "days.3.date"],
    ["days out of order", (f: ReturnType<typeof good>) => f.days.reverse(), "days.1.date"],
    ["a non-number", (f: ReturnType<typeof good>) => Object.assign(f.days[1], { tx: "31" }), "days.1.tx"],
    ["a missing temperature", (f: ReturnType<typeof good>) => delete (f.days[1] as { tn?: number }).tn, "days.1.tn"],
    ["TX below TN", (f: ReturnType<typeof good>) => Object.assign(f.days[0], { tn: 25, tx: 20 }), "days.0.tx"],
    ["a value above 60 °C", (f: ReturnType<typeof good>) => Object.assign(f.days[4], { tx: 60.5 }), "days.4.tx"],
    ["a value below −40 °C", (f: ReturnType<typeof good>) => Object.assign(f.days[4], { tn: -40.1 }), "days.4.tn"],
    ["an impossible date", (f: ReturnType<typeof good>) => Object.assign(f.days[0], { date: "2026-02-30" }), "days.0.date"],
    ["dates far in the past", (f: ReturnType<typeof good>) => f.days.forEach((d, i) => (d.date = addDays("2026-06-01", i))), "days.0.date"],
    ["dates far in the future", (f: ReturnType<typeof good>) => f.days.push({ date: "2026-07-14", tn: 1, tx: 2 }, ...Array.from({ length: 12 }, (_, k) => ({ date: addDays("2026-07-15", k), tn: 1, tx: 2 }))), "days.17.date"],
    ["fewer than the next 3 days", (f: ReturnType<typeof good>) => f.days.splice(3), "days"],
    ["no source", (f: ReturnType<typeof good>) => Object.assign(f, { source: " " }), "source"],
    ["an issue time without offset", (f: ReturnType<typeof good>) => Object.assign(f, { issuedAt: "2026-07-10 06:00" }), "issuedAt"],
    ["an unsourced département", (f: ReturnType<typeof good>) => Object.assign(f, { departement: "93" }), "departement"],
  ])("%s", (_, spoil, field) => {
    const f = good();
    spoil(f);
    expect(fields(f)).toContain(field);
  });

  test("every problem is reported at once", () => {
    const f = good();
    f.days[1].tx = 70;
    f.days[3] = { ...f.days[3], tn: 30, tx: 20 };
    f.days.splice(4, 1);
    expect(fields({ ...f, source: "" }).sort()).toEqual(["days.1.tx", "days.3.tx", "source"]);
    expect(fields({ ...good(), days: [good().days[0], good().days[3]] }).sort()).toEqual(["days", "days", "days.1.date"]);
  });

  test("a body that is not a forecast names the body", () => {
    expect(fields(null)).toEqual(["(body)"]);
    expect(fields([1, 2])).toEqual(["(body)"]);
  });
});

describe("the clock", () => {
  const forecast = forecastSchema.parse(good());
  test("an issue time more than an hour ahead is refused", () => {
    expect(clockProblems({ ...forecast, issuedAt: "2026-07-10T09:30:00Z" }, clock).map((p) => p.field)).toEqual(["issuedAt"]);
    expect(clockProblems({ ...forecast, issuedAt: "2026-07-10T08:30:00Z" }, clock)).toEqual([]);
  });
  test("a live forecast older than two days is refused, a replay of a past summer only where replays are allowed", () => {
    const old = { ...forecast, issuedAt: "2003-08-04T06:00:00+02:00" };
    expect(clockProblems(old, clock).map((p) => p.field)).toEqual(["issuedAt"]);
    expect(clockProblems({ ...old, replay: true }, clock).map((p) => p.field)).toEqual(["replay"]);
    expect(clockProblems({ ...old, replay: true }, { now: NOW, replayAllowed: true })).toEqual([]);
  });
  test("the issue day is the calendar day in Paris", () => {
    expect(parisDay("2026-07-09T22:30:00Z")).toBe("2026-07-10");
    expect(parisDay("2026-01-09T23:30:00Z")).toBe("2026-01-10");
    expect(parisDay("2026-01-09T22:30:00Z")).toBe("2026-01-09");
  });
});
