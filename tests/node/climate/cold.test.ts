// The cold rule grades days as Paris's Plan Grand Froid does and windows by impact; on the real Paris-Montsouris
// series it raises orange or red in the known Paris cold waves of the independent reference list (February 1956,
// January 1963, January 1985, January 1987, winter 1996-97, February 2012, February 2018) and nothing above yellow
// in Météo-France's mildest winters; days without D−1 … D+3 have no level, and a gap is an error.
import { expect, test } from "vitest";
import { coldGrade, coldOutlook, windowImpact } from "../../../domain/climate/cold/rule.ts";
import { evaluateCold } from "../../../domain/climate/evaluation/cold-evaluation.ts";
import { loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";

const day = (date: string, tn: number, tx: number) => ({ date, tn, tx });

test("Plan Grand Froid grades: the night's minimum, and a day below zero for grand froid and froid extrême", () => {
  expect([coldGrade(day("d", 1, 8)), coldGrade(day("d", 0, 5)), coldGrade(day("d", -4.9, 2))]).toEqual([0, 1, 1]);
  expect([coldGrade(day("d", -5, -0.1)), coldGrade(day("d", -10, -2)), coldGrade(day("d", -10.1, -3))]).toEqual([2, 2, 3]);
  expect([coldGrade(day("d", -8, 0)), coldGrade(day("d", -12, 1.5))]).toEqual([1, 1]);
});

test("window impact: cold-wave criterion low, two grand-froid days medium, with a froid extrême day high", () => {
  expect(windowImpact([day("a", -1, 2), day("b", -5, 0.5), day("c", -3, 3)])).toBe("low");
  expect(windowImpact([day("a", -1, 3), day("b", -4, 1), day("c", -3, 3)])).toBe("very-low");
  expect(windowImpact([day("a", -6, -1), day("b", -7, -2), day("c", 0, 4)])).toBe("medium");
  expect(windowImpact([day("a", -6, -1), day("b", -11, -2), day("c", 0, 4)])).toBe("high");
  expect(windowImpact([day("a", 2, 6), day("b", -11, -2), day("c", 3, 7)])).toBe("very-low");
});

const series = loadMontsouris();
const outlook = coldOutlook(series);
const evaluation = evaluateCold();

test.each(["February 1956", "January 1963", "January 1985", "January 1987", "Winter 1996-1997", "February 2012", "February 2018"])(
  "the known Paris cold wave of %s is flagged orange or red",
  (name) => {
    expect(["orange", "red"]).toContain(evaluation.coldWaves.find((w) => w.name === name)!.peak);
  },
);

test("the strongest waves reach red, February 2012 and 2018 stay orange", () => {
  const peak = (name: string) => evaluation.coldWaves.find((w) => w.name === name)!.peak;
  expect(["February 1956", "January 1963", "January 1985", "January 1987"].map(peak)).toEqual(["red", "red", "red", "red"]);
  expect([peak("February 2012"), peak("February 2018")]).toEqual(["orange", "orange"]);
});

test("each of Météo-France's mildest winters stays below orange from November to March", () => {
  expect(evaluation.mildWinters).toHaveLength(6);
  for (const w of evaluation.mildWinters) {
    expect(w.days.green + w.days.yellow).toBeGreaterThan(140);
    expect([w.winter, w.days.orange + w.days.red]).toEqual([w.winter, 0]);
  }
});

test("days without D−1 … D+3 have no level; a gap is an error", () => {
  expect(outlook[0].level).toBeNull();
  expect(outlook.at(-3)!.level).toBeNull();
  expect(outlook.at(-4)!.level).not.toBeNull();
  const short = coldOutlook(series.slice(100, 105));
  expect(short.map((d) => d.level === null)).toEqual([true, false, true, true, true]);
  expect(() => coldOutlook([...series.slice(10, 13), ...series.slice(14, 18)])).toThrow(/one day after another/);
});
