// Paris time (domain/time/paris.ts) against the rule of EU Directive 2000/84/EC, written here independently of
// the runtime's time zone data: summer time runs from the last Sunday of March to the last Sunday of October,
// changing at 01:00 UTC, with Paris at UTC+2 during it and UTC+1 otherwise.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DAY_MS } from "../../../domain/time/days.ts";
import { parisDay, parisInstant, parisOffsetMinutes, todayInParis } from "../../../domain/time/paris.ts";

/** 01:00 UTC on the last Sunday of a month (0-based month index). */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * DAY_MS;
}

const directiveOffset = (ms: number) => {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9) ? 120 : 60;
};

const instants = fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2037, 11, 31) });

describe("offset from UTC", () => {
  test("UTC+1 in winter, UTC+2 in summer time, changing at 01:00 UTC on the last Sundays of March and October", () => {
    expect(parisOffsetMinutes(new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(parisOffsetMinutes(new Date("2026-07-15T12:00:00Z"))).toBe(120);
    expect(parisOffsetMinutes(Date.parse("2026-03-29T00:59:59Z"))).toBe(60);
    expect(parisOffsetMinutes(Date.parse("2026-03-29T01:00:00Z"))).toBe(120);
    expect(parisOffsetMinutes(Date.parse("2026-10-25T00:59:59Z"))).toBe(120);
    expect(parisOffsetMinutes(Date.parse("2026-10-25T01:00:00Z"))).toBe(60);
  });

  test("agrees with the directive at any instant from 1997 to 2037", () => {
    fc.assert(fc.property(instants, (ms) => {
      expect(parisOffsetMinutes(ms)).toBe(directiveOffset(ms));
    }), { numRuns: 3000 });
    for (let year = 1997; year <= 2037; year++) {
      for (const change of [lastSundayAtOneUtc(year, 2), lastSundayAtOneUtc(year, 9)]) {
        expect(parisOffsetMinutes(change - 1000)).toBe(directiveOffset(change - 1000));
        expect(parisOffsetMinutes(change)).toBe(directiveOffset(change));
      }
    }
  });
});

describe("the day in Paris", () => {
  test("is the next day once it is midnight in Paris", () => {
    expect(parisDay("2026-07-09T21:59:59Z")).toBe("2026-07-09");
    expect(parisDay("2026-07-09T22:00:00Z")).toBe("2026-07-10");
    expect(parisDay("2026-01-09T22:30:00Z")).toBe("2026-01-09");
    expect(parisDay("2026-01-09T23:00:00Z")).toBe("2026-01-10");
    expect(parisDay("2026-07-10T00:30:00+02:00")).toBe("2026-07-10");
    expect(todayInParis(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  test("is the UTC day of the instant moved by the directive's offset", () => {
    fc.assert(
      fc.property(instants, (ms) => {
        expect(parisDay(ms)).toBe(new Date(ms + directiveOffset(ms) * 60_000).toISOString().slice(0, 10));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the instant of a Paris wall-clock time", () => {
  test("midnight after a day is 22:00 UTC in summer time and 23:00 UTC in winter", () => {
    expect(parisInstant("2026-09-16").toISOString()).toBe("2026-09-15T22:00:00.000Z");
    expect(parisInstant("2026-12-16").toISOString()).toBe("2026-12-15T23:00:00.000Z");
    expect(parisInstant("2026-07-14", "09:30").toISOString()).toBe("2026-07-14T07:30:00.000Z");
  });

  test("a skipped time (summer time starting) is read with the winter offset; a repeated one gives the first", () => {
    expect(parisInstant("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(parisInstant("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(parisInstant("2026-10-25", "03:00").toISOString()).toBe("2026-10-25T02:00:00.000Z");
  });

  test("reads back every minute of Paris wall-clock time that exists once", () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const minute = ms - (ms % 60_000);
        const wall = new Date(minute + directiveOffset(minute) * 60_000).toISOString();
        const repeated = directiveOffset(minute - 3_600_000) !== directiveOffset(minute) || directiveOffset(minute + 3_600_000) !== directiveOffset(minute);
        if (!repeated) expect(parisInstant(wall.slice(0, 10), wall.slice(11, 16)).getTime()).toBe(minute);
      }),
      { numRuns: 3000 },
    );
  });

  test("refuses a day or a time that does not exist", () => {
    expect(() => parisInstant("2026-02-30")).toThrow(RangeError);
    expect(() => parisInstant("2026-02-28", "24:00")).toThrow(/not a time HH:MM/);
  });
});
