// Checks the household schema: the committed JSON Schema is up to date, examples validate, extra fields fail.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { Household, householdJsonSchema } from "../../../domain/rights/household.ts";

const root = new URL("../../../domain/rights/", import.meta.url);

describe("household schema", () => {
  test("household.schema.json is what the zod schema exports (run domain/rights/cli/write-schema.ts)", () => {
    const committed = JSON.parse(readFileSync(new URL("household.schema.json", root), "utf8"));
    expect(committed).toEqual(householdJsonSchema());
  });

  const examples = readdirSync(new URL("examples/", root)).filter((f) => f.endsWith(".json"));
  test("there are example households", () => expect(examples.length).toBeGreaterThanOrEqual(3));
  for (const name of examples) {
    test(`example ${name} validates`, () => {
      const raw = JSON.parse(readFileSync(new URL(`examples/${name}`, root), "utf8"));
      expect(Household.safeParse(raw).success).toBe(true);
    });
  }

  const minimal = {
    adults: [{ age: 30, earnedIncomeMonthly: 0 }],
    housing: { status: "tenantPrivate", receivesHousingAid: false },
    lawfulResidence: true,
  };

  test("fills defaults for the optional answers", () => {
    const h = Household.parse(minimal);
    expect(h.children).toEqual([]);
    expect(h.adults[0].pensionsMonthly).toBe(0);
    expect(h.housing.rentMonthly).toBe(0);
  });

  test("rejects unknown fields such as a name, and impossible answers", () => {
    expect(Household.safeParse({ ...minimal, name: "Jeanne" }).success).toBe(false);
    expect(Household.safeParse({ ...minimal, adults: [] }).success).toBe(false);
    expect(Household.safeParse({ ...minimal, adults: [{ age: 30, earnedIncomeMonthly: -5 }] }).success).toBe(false);
    expect(Household.safeParse({ ...minimal, arrondissement: 21 }).success).toBe(false);
  });
});
