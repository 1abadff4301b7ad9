// Synthetic heat-risk cohort: reproducible from its seed, faithful to the census shares it is built from, and
// its labels follow the generating logistic model.
import { describe, expect, test } from "vitest";
import { ASSUMPTIONS, GENERATING_ODDS_RATIOS, generateCohort, loadAlertDays, loadPlaces } from "../../../models/heat-risk/training/cohort.ts";
import { HEAT_RISK_FEATURES } from "../../../models/heat-risk/features.ts";

const n = 50_000;
const cohort = generateCohort({ seed: 11, n });
const share = (pick: (i: number) => boolean) => {
  let k = 0;
  for (let i = 0; i < n; i++) if (pick(i)) k++;
  return k / n;
};

describe("generateCohort", () => {
  test("the same seed gives the same cohort, another seed another one", () => {
    const again = generateCohort({ seed: 11, n: 2_000 });
    const first = generateCohort({ seed: 11, n: 2_000 });
    const other = generateCohort({ seed: 12, n: 2_000 });
    expect(again.features).toEqual(first.features);
    expect(again.labels).toEqual(first.labels);
    expect(other.features).not.toEqual(first.features);
  });

  test("the share of 80+ and of 80+ living alone match the census-based construction", () => {
    const old = cohort.people.filter((p) => p.age >= 80);
    expect(old.length / n).toBeCloseTo(ASSUMPTIONS.share80Plus, 2);
    // Census: 55,083 people aged 80+ living alone in Paris's IRIS, over 31 % of 367,947 people aged 65+.
    const census = 55_083 / (ASSUMPTIONS.share80Plus * 367_947);
    expect(old.filter((p) => p.livesAlone).length / old.length).toBeCloseTo(census, 1);
    expect(Math.min(...cohort.people.map((p) => p.age))).toBe(65);
    expect(Math.max(...cohort.people.map((p) => p.age))).toBeLessThanOrEqual(ASSUMPTIONS.maxAge);
  });

  test("people are placed in IRIS in proportion to their estimated 65+ population", () => {
    const places = loadPlaces();
    const total = places.reduce((s, p) => s + p.weight, 0);
    expect(total).toBeCloseTo(367_947, -2);
    const in15th = share((i) => cohort.iris[i].startsWith("75115"));
    const expected = places.filter((p) => p.iris.startsWith("75115")).reduce((s, p) => s + p.weight, 0) / total;
    expect(Math.abs(in15th - expected)).toBeLessThan(0.01);
  });

  test("every exposure is a real Paris alert day, judged against the Paris thresholds", () => {
    const days = loadAlertDays();
    expect(days.length).toBeGreaterThan(100);
    for (const e of days) {
      expect(e.heatDays).toBeGreaterThanOrEqual(1);
      expect(e.thresholds).toEqual({ ibmn: 21, ibmx: 31 });
    }
    expect(days.some((e) => e.ibmx > 38)).toBe(true); // August 2003 is among them
  });

  test("labels follow the generating probabilities, and enrichment multiplies the odds", () => {
    const meanRisk = cohort.trueRisk.reduce((s, r) => s + r, 0) / n;
    const expectedPositives = meanRisk * n;
    const positives = cohort.labels.reduce((s, l) => s + l, 0);
    expect(Math.abs(positives - expectedPositives)).toBeLessThan(4 * Math.sqrt(expectedPositives) + 1);

    const enriched = generateCohort({ seed: 11, n, enrichment: 50 });
    expect(enriched.features).toEqual(cohort.features);
    let expected = 0;
    for (const r of enriched.trueRisk) expected += (50 * r) / (1 - r + 50 * r);
    const got = enriched.labels.reduce((s, l) => s + l, 0);
    expect(Math.abs(got - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  test("generating odds ratios are those of risk-factors.json and the outcome model reproduces them", () => {
    expect(Object.keys(GENERATING_ODDS_RATIOS)).toEqual([...HEAT_RISK_FEATURES]);
    expect(GENERATING_ODDS_RATIOS.confinedToBed).toBe(6.44);
    // Two people differing only by bed confinement: odds ratio of their generating risks.
    const i = cohort.people.findIndex((p) => p.mobility === "bedridden");
    const row = cohort.features.slice(i * 14, i * 14 + 14);
    const odds = (r: number) => r / (1 - r);
    const z = (values: Float32Array) =>
      Math.log(ASSUMPTIONS.baselineRisk / (1 - ASSUMPTIONS.baselineRisk)) +
      HEAT_RISK_FEATURES.reduce((s, f, j) => s + Math.log(GENERATING_ODDS_RATIOS[f]) * values[j], 0);
    const withoutBed = row.slice();
    withoutBed[HEAT_RISK_FEATURES.indexOf("confinedToBed")] = 0;
    const risk = (values: Float32Array) => 1 / (1 + Math.exp(-z(values)));
    expect(cohort.trueRisk[i]).toBeCloseTo(risk(row), 12);
    expect(odds(risk(row)) / odds(risk(withoutBed))).toBeCloseTo(6.44, 6);
  });
});
