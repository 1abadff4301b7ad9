// Calendar days (domain/time/days.ts): validation against the Gregorian calendar, day ↔ Date, days and
// calendar months added (clamped at month end), whole days and average months between two days.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addDays, addMonths, DAY_MS, dayFromNumber, dayNumber, daysBetween, daysInMonth, dayToDate, isIsoDay, monthsBetween, utcDay,
} from "../../../domain/time/days.ts";

/** A day drawn between 1900 and 2100, as the Date of its UTC midnight. */
const anyDay = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS }).map(dayFromNumber);

describe("validation", () => {
  test("days that exist are accepted, others and other forms refused", () => {
    for (const day of ["2024-02-29", "2000-02-29", "2026-12-31", "0050-03-01", "1970-01-01"]) expect(isIsoDay(day), day).toBe(true);
    for (const text of ["2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "2026-01-01T00:00", " 2026-01-01", ""]) {
      expect(isIsoDay(text), text).toBe(false);
    }
  });

  test("a day is valid exactly when the JavaScript calendar writes it back unchanged", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const parsed = Date.parse(`${text}T00:00:00Z`);
        const writtenBack = Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
        expect(isIsoDay(text)).toBe(writtenBack === text);
      }),
      { numRuns: 5000 },
    );
  });

  test("arithmetic on a text that is not a day throws a RangeError naming it", () => {
    expect(() => dayNumber("2026-02-30")).toThrow(new RangeError("not an ISO calendar day: 2026-02-30"));
    expect(() => addDays("soon", 1)).toThrow(RangeError);
    expect(() => addMonths("2026-02-30", 1)).toThrow(RangeError);
  });

  test("months have their Gregorian lengths", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([1900, 2000, 2024, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28]);
  });
});

describe("days and dates", () => {
  test("a day is its UTC midnight, and the UTC day of an instant is read back", () => {
    expect(dayToDate("2026-07-14").toISOString()).toBe("2026-07-14T00:00:00.000Z");
    expect(utcDay(new Date("2026-07-14T23:59:59.999Z"))).toBe("2026-07-14");
    fc.assert(fc.property(anyDay, (day) => {
      expect(utcDay(dayToDate(day))).toBe(day);
    }));
  });

  test("adding days crosses months, years and 29 February", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(addDays(day, n)).toBe(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10));
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
});

describe("calendar months", () => {
  test("a month later or earlier, clamped to the end of a shorter month", () => {
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-05-31", 1)).toBe("2024-06-30");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", -12)).toBe("2023-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2025-12-15", 1)).toBe("2026-01-15");
    expect(addMonths("2026-01-15", -13)).toBe("2024-12-15");
    expect(addMonths("2026-01-15", 0)).toBe("2026-01-15");
  });

  test("the result is n months away, on the same day of the month or the last day of a shorter month", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -600, max: 600 }), (day, n) => {
        const [y, m, d] = day.split("-").map(Number);
        const [y2, m2, d2] = addMonths(day, n).split("-").map(Number);
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(n);
        expect(d2).toBe(Math.min(d, daysInMonth(y2, m2)));
      }),
    );
  });
});

describe("average months", () => {
  test("a year of 365.25 days is 12 months; the order of the days gives the sign", () => {
    expect(monthsBetween("2024-01-01", "2025-01-01")).toBeCloseTo(366 / 30.4375, 12);
    expect(monthsBetween("2020-01-01", "2024-01-01")).toBe(48);
    expect(monthsBetween("2024-01-01", "2020-01-01")).toBe(-48);
  });

  test("it is bit for bit the formula the expected-price model was trained with", () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        const trained = (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000 / (365.25 / 12);
        expect(monthsBetween(a, b)).toBe(trained);
      }),
      { numRuns: 2000 },
    );
  });
});
