// The synthetic Paris population of the non-take-up model: seeded, census-based where the census speaks,
// households the rules accept, protected attributes carried but never model inputs.
import { describe, expect, test } from "vitest";
import { householdProblems } from "../../../domain/rights/consistency.ts";
import { NON_TAKE_UP_FEATURES } from "../../../models/non-take-up/features.ts";
import { Household } from "../../../domain/rights/household.ts";
import { generatePopulation, loadArrondissements } from "../../../models/non-take-up/training/population.ts";

const population = generatePopulation({ seed: 42, n: 40_000 });

describe("generatePopulation", () => {
  test("is reproducible from its seed and changes with it", () => {
    expect(generatePopulation({ seed: 42, n: 200 })).toEqual(population.slice(0, 200));
    expect(generatePopulation({ seed: 43, n: 200 })).not.toEqual(population.slice(0, 200));
  });

  test("draws arrondissements in proportion to their census population", () => {
    const arrondissements = loadArrondissements();
    const total = arrondissements.reduce((s, a) => s + a.weight, 0);
    for (const a of arrondissements) {
      const share = population.filter((s) => s.household.arrondissement === a.number).length / population.length;
      expect(Math.abs(share - a.weight / total)).toBeLessThan(0.006);
    }
  });

  test("the share of households whose oldest adult is 65+ follows each arrondissement's census age structure", () => {
    for (const a of loadArrondissements().filter((x) => [7, 16, 19].includes(x.number))) {
      const members = population.filter((s) => s.household.arrondissement === a.number);
      const older = members.filter((s) => Math.max(...s.household.adults.map((x) => x.age)) >= 65).length / members.length;
      expect(Math.abs(older - (a.ageBands[2] + a.ageBands[3]))).toBeLessThan(0.03);
    }
    const seventh = loadArrondissements().find((a) => a.number === 7)!;
    const nineteenth = loadArrondissements().find((a) => a.number === 19)!;
    expect(seventh.ageBands[2] + seventh.ageBands[3]).toBeGreaterThan(nineteenth.ageBands[2] + nineteenth.ageBands[3]);
  });

  test("every household is valid for the rules and consistent", () => {
    for (const s of population.slice(0, 5_000)) {
      expect(Household.parse(s.household)).toEqual(s.household);
      expect(householdProblems(s.household)).toEqual([]);
    }
  });

  test("carries sex, nationality, disability and origin, none of which is a model input", () => {
    const share = (f: (s: (typeof population)[number]) => boolean) => population.filter(f).length / population.length;
    expect(share((s) => s.attributes.sex === "female")).toBeGreaterThan(0.45);
    expect(share((s) => s.attributes.nationality === "nonEu")).toBeGreaterThan(0.05);
    expect(share((s) => s.attributes.disability)).toBeGreaterThan(0.03);
    expect(share((s) => s.attributes.immigrant)).toBeGreaterThan(0.1);
    // Non-EU households hold a residence permit; French and EU ones do not declare any.
    for (const s of population.slice(0, 2_000)) expect(s.household.residencePermitYears !== undefined).toBe(s.attributes.nationality === "nonEu");
    for (const name of NON_TAKE_UP_FEATURES) expect(name).not.toMatch(/sex|female|nationality|foreign|disab|origin|immigr|arrondissement|permit/i);
  });
});
