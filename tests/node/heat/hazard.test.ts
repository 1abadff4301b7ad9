// Heat hazard rule: the library against an independent integer recomputation on every day of the real
// Paris-Montsouris series (1950-2026), known heatwaves, and hand-made edge cases.
import { describe, expect, test } from "vitest";
import {
  assessHeat,
  assessHeatOn,
  consecutiveAlertDays,
  thresholdsFor,
  type DailyTemperature,
  type HeatLevel,
} from "../../../domain/heat/hazard.ts";
import { MONTSOURIS_CSV, loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";
import { readCsv } from "../../../domain/evaluation/shared-data.ts";
import { addDays } from "../../../domain/time/days.ts";

const paris = thresholdsFor("75");

/** TN and TX in tenths of a degree straight from the CSV text, so sums and comparisons are exact integers. */
function tenthsFromCsv(): { date: string; tn: number; tx: number }[] {
  const toTenths = (cell: string) => {
    const [whole, fraction = "0"] = cell.split(".");
    const sign = whole.startsWith("-") ? -1 : 1;
    return sign * (Math.abs(Number(whole)) * 10 + Number(fraction.padEnd(1, "0").slice(0, 1)));
  };
  return readCsv(MONTSOURIS_CSV).map((row) => ({ date: row.date, tn: toTenths(row.TN), tx: toTenths(row.TX) }));
}

/** The level rule of levels.md written again in integer tenths: windows D−1.., D.., D+1.. (those holding D+1). */
function referenceLevel(rows: { tn: number; tx: number }[], i: number): HeatLevel {
  const ranks = [i - 1, i, i + 1].map((start) => {
    const sumN = rows[start].tn + rows[start + 1].tn + rows[start + 2].tn;
    const sumX = rows[start].tx + rows[start + 1].tx + rows[start + 2].tx;
    if (sumN >= 3 * 210 && sumX >= 3 * 350) return 3;
    if (sumN >= 3 * 200 && sumX >= 3 * 310) return 2;
    if (sumN >= 3 * 190 && sumX >= 3 * 290) return 1;
    return 0;
  });
  return (["green", "yellow", "orange", "red"] as const)[Math.max(...ranks)];
}

function series(tn: number[], tx: number[], firstDay = "2024-07-01"): DailyTemperature[] {
  return tn.map((t, i) => ({ date: addDays(firstDay, i), tn: t, tx: tx[i] }));
}

describe("on every day of the real Paris-Montsouris series", () => {
  const rows = tenthsFromCsv();
  const days = assessHeat(loadMontsouris(), paris);

  test("covers every day that has two days before and three after", () => {
    expect(rows.length).toBe(27_828);
    expect(days.length).toBe(rows.length - 5);
    expect(days[0].date).toBe(rows[2].date);
    expect(days.at(-1)?.date).toBe(rows.at(-4)?.date);
  });

  test("indicators, threshold flags and levels equal the integer recomputation", () => {
    const mismatches: string[] = [];
    days.forEach((day, k) => {
      const i = k + 2;
      const obsN = rows[i - 2].tn + rows[i - 1].tn + rows[i].tn;
      const obsX = rows[i - 2].tx + rows[i - 1].tx + rows[i].tx;
      const fcN = rows[i].tn + rows[i + 1].tn + rows[i + 2].tn;
      const fcX = rows[i].tx + rows[i + 1].tx + rows[i + 2].tx;
      const ok =
        day.date === rows[i].date &&
        Math.abs(day.observed.ibmn - obsN / 30) < 1e-9 &&
        Math.abs(day.observed.ibmx - obsX / 30) < 1e-9 &&
        Math.abs(day.forecast.ibmn - fcN / 30) < 1e-9 &&
        Math.abs(day.forecast.ibmx - fcX / 30) < 1e-9 &&
        day.observed.ibmnReached === obsN >= 630 &&
        day.observed.ibmxReached === obsX >= 930 &&
        day.forecast.alert === (fcN >= 630 && fcX >= 930) &&
        day.level === referenceLevel(rows, i);
      if (!ok) mismatches.push(day.date);
    });
    expect(mismatches).toEqual([]);
  });

  test("known heatwaves: temperatures, official alert criterion and level", () => {
    const on = (date: string) => days.find((d) => d.date === date);
    expect(on("2003-08-11")).toMatchObject({ tx: 39.5, level: "red", observed: { alert: true } });
    expect(on("2019-07-25")).toMatchObject({ tx: 42.6, level: "red", observed: { alert: true } });
    // 19 July 2022: hottest day, but cooler nights kept IBMn at Montsouris below 21 °C (20.43 °C).
    expect(on("2022-07-19")).toMatchObject({ tx: 40.5, level: "orange", observed: { ibmnReached: false, ibmxReached: true } });
    expect(on("2022-07-19")?.observed.ibmn).toBeCloseTo(20.433, 3);
  });

  test("the 2003 episode is an unbroken run of alert days", () => {
    const i = days.findIndex((d) => d.date === "2003-08-13");
    expect(consecutiveAlertDays(days, i)).toBe(12);
    expect(consecutiveAlertDays(days, i + 1)).toBe(0);
  });
});

describe("hand-made edge cases", () => {
  test("means exactly on the thresholds reach them", () => {
    const [day] = assessHeat(series([21, 21, 21, 21, 21, 21], [31, 31, 31, 31, 31, 31]), paris);
    expect(day.observed).toMatchObject({ ibmn: 21, ibmx: 31, ibmnReached: true, ibmxReached: true, alert: true });
    expect(day.level).toBe("orange");
  });

  test("a mean equal to the threshold in decimals but below it in binary still reaches it", () => {
    expect((15.2 + 21.9 + 25.9) / 3).toBeLessThan(21);
    const [day] = assessHeat(series([15.2, 21.9, 25.9, 10, 10, 10], [31, 31, 31, 20, 20, 20]), paris);
    expect(day.observed.ibmnReached).toBe(true);
  });

  test("one tenth below a threshold does not reach it", () => {
    const [day] = assessHeat(series([21, 21, 20.9, 10, 10, 10], [31, 31, 30.9, 20, 20, 20]), paris);
    expect(day.observed).toMatchObject({ ibmnReached: false, ibmxReached: false, alert: false });
  });

  test("each level starts exactly at its offsets", () => {
    const flat = (tn: number, tx: number) => assessHeat(series(Array(6).fill(tn), Array(6).fill(tx)), paris)[0].level;
    expect(flat(21, 35)).toBe("red");
    expect(flat(20.9, 35)).toBe("orange");
    expect(flat(20, 31)).toBe("orange");
    expect(flat(19.9, 31)).toBe("yellow");
    expect(flat(20, 30.9)).toBe("yellow");
    expect(flat(19, 29)).toBe("yellow");
    expect(flat(18.9, 40)).toBe("green");
    expect(flat(25, 28.9)).toBe("green");
  });

  test("the level looks at the windows holding the next day, not further", () => {
    const hotFrom = (k: number) => series([0, 1, 2, 3, 4, 5, 6].map((i) => (i >= k ? 22 : 10)), Array(7).fill(32));
    expect(assessHeat(hotFrom(3), paris)[0].level).toBe("orange"); // D = 2nd index: D+1..D+3 is hot
    expect(assessHeat(hotFrom(6), paris)[0].level).toBe("green"); // only D+4 is hot
  });

  test("a missing day is an error, never filled in", () => {
    const gap = series([20, 20, 20, 20, 20, 20, 20], Array(7).fill(30)).filter((_, i) => i !== 3);
    expect(() => assessHeat(gap, paris)).toThrow(/not one day after another/);
    const unordered = series([20, 20, 20, 20, 20, 20], Array(6).fill(30)).reverse();
    expect(() => assessHeat(unordered, paris)).toThrow(/not one day after another/);
    const duplicated = series([20, 20, 20, 20, 20, 20], Array(6).fill(30));
    duplicated[3] = { ...duplicated[2] };
    expect(() => assessHeat(duplicated, paris)).toThrow(/not one day after another/);
  });

  test("a missing temperature or a malformed date is an error", () => {
    const blank = series([20, 20, Number.NaN, 20, 20, 20], Array(6).fill(30));
    expect(() => assessHeat(blank, paris)).toThrow(/missing temperature/);
    const badDate = series([20, 20, 20, 20, 20, 20], Array(6).fill(30));
    badDate[0] = { ...badDate[0], date: "2024-02-30" };
    expect(() => assessHeat(badDate, paris)).toThrow(/not an ISO calendar day/);
  });

  test("a day without its two previous and three next days cannot be assessed", () => {
    const six = series([20, 20, 20, 20, 20, 20], Array(6).fill(30));
    expect(assessHeatOn(six, "2024-07-03", paris).date).toBe("2024-07-03");
    expect(() => assessHeatOn(six, "2024-07-04", paris)).toThrow(/does not hold 2024-07-04/);
    expect(assessHeat(six.slice(0, 5), paris)).toEqual([]);
  });

  test("unsourced départements are refused rather than guessed", () => {
    expect(thresholdsFor("75")).toEqual({ ibmn: 21, ibmx: 31 });
    expect(() => thresholdsFor("92")).toThrow(/no sourced heat thresholds/);
  });
});
