// The outlook of a short series (a forecast with the days before it) grades each day with the same rule as the
// full assessment: on every day of the real Paris-Montsouris series, and on 6-day slices of it as the replay
// sends them, it agrees with assessHeat; days without D−1 … D+3 have no level rather than a guessed one.
import { expect, test } from "vitest";
import { assessHeat, heatOutlook, thresholdsFor } from "../../../domain/heat/hazard.ts";
import { loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";

const paris = thresholdsFor("75");
const series = loadMontsouris();
const assessed = new Map(assessHeat(series, paris).map((d) => [d.date, d]));

test("on the whole real series, every level and window equals the full assessment", () => {
  const outlook = heatOutlook(series, paris);
  const mismatches = outlook.filter((day) => {
    const full = assessed.get(day.date);
    if (!full) return false;
    return day.level !== full.level || Math.abs(day.window!.ibmx - full.forecast.ibmx) > 1e-12 || Math.abs(day.window!.ibmn - full.forecast.ibmn) > 1e-12;
  });
  expect(mismatches.map((d) => d.date)).toEqual([]);
  expect(outlook[0].level).toBeNull();
  expect(outlook.at(-3)!.level).toBeNull();
  expect(outlook.at(-1)!.window).toBeNull();
});

test("on the 6-day forecasts of a replay (D−2 … D+3), the levels of D−1 and D are those of the full assessment", () => {
  const start = series.findIndex((d) => d.date === "2003-07-25");
  for (let i = start; i < start + 30; i++) {
    const outlook = heatOutlook(series.slice(i - 2, i + 4), paris);
    expect(outlook.map((d) => d.level === null)).toEqual([true, false, false, true, true, true]);
    expect(outlook[2].level).toBe(assessed.get(series[i].date)!.level);
    expect(outlook[1].level).toBe(assessed.get(series[i - 1].date)!.level);
    const graded = outlook[2].levelWindow!;
    const windows = [i - 1, i, i + 1].map((s) => assessed.get(series[s].date)!.forecast);
    expect(windows.some((w) => Math.abs(w.ibmx - graded.ibmx) < 1e-12 && Math.abs(w.ibmn - graded.ibmn) < 1e-12)).toBe(true);
  }
});

test("a gap in the series is an error, never filled in", () => {
  const gap = [...series.slice(100, 103), ...series.slice(104, 108)];
  expect(() => heatOutlook(gap, paris)).toThrow(/one day after another/);
});

test("a day lacking some of D−1 … D+3 gets a lower bound of its level from the windows it holds, never more", () => {
  const rank = (l: string | null) => ["green", "yellow", "orange", "red"].indexOf(l ?? "");
  let partial = 0;
  for (let i = 2; i + 3 < series.length; i += 7) {
    const outlook = heatOutlook(series.slice(i, i + 3), paris);
    for (const day of outlook) {
      const full = assessed.get(day.date);
      if (!full || day.atLeast === null) continue;
      partial++;
      expect(day.level).toBeNull();
      expect(day.missingDays.length).toBeGreaterThan(0);
      expect(rank(day.atLeast)).toBeLessThanOrEqual(rank(full.level));
    }
  }
  expect(partial).toBeGreaterThan(1000);
  const threeDays = heatOutlook([{ date: "2026-07-10", tn: 24, tx: 37 }, { date: "2026-07-11", tn: 24, tx: 37 }, { date: "2026-07-12", tn: 24, tx: 37 }], paris);
  expect(threeDays[0]).toMatchObject({ level: null, atLeast: "red", missingDays: ["2026-07-09", "2026-07-13"] });
});
