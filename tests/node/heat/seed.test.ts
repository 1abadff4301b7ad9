// The committed heat demo data is what its generator writes from the real data and the cohort generator, and
// holds no real person: fictional phone ranges, example.org addresses, synthetic names; the demo forecast is the
// real July 2019 series at Paris-Montsouris and passes the forecast checks as a replay.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { readForecast } from "../../../domain/heat/forecast.ts";
import { loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";
import { DEMO_PEOPLE, demoRegister, demoSummerCsv, registerJson } from "../../../infra/seed/data/heat/generate.ts";
import { demoForecast, heatRegisterSeed } from "../../../infra/seed/heat.ts";

const committed = (name: string) => readFileSync(new URL(`../../../infra/seed/data/heat/${name}`, import.meta.url), "utf8");

test("the committed register and Montsouris extract are what the generator writes", () => {
  expect(committed("register.json")).toBe(registerJson(demoRegister()));
  expect(committed("montsouris-2019-07.csv")).toBe(demoSummerCsv());
});

test("the demo register holds no real contact details", () => {
  const people = demoRegister();
  expect(people).toHaveLength(DEMO_PEOPLE);
  for (const p of people) {
    expect(p.phone).toMatch(/^\+3363998\d{4}$/);
    if (p.contact) expect(p.contact.phone).toMatch(/^\+3319900\d{4}$/);
    if (p.email) expect(p.email).toMatch(/@example\.org$/);
    expect(p.arrondissement).toBeGreaterThanOrEqual(1);
    expect(p.arrondissement).toBeLessThanOrEqual(20);
  }
  expect(new Set(people.map((p) => p.id)).size).toBe(DEMO_PEOPLE);
});

test("the register seed inserts each person once, idempotently", () => {
  const statements = heatRegisterSeed.statements();
  expect(statements).toHaveLength(DEMO_PEOPLE);
  expect(statements.every((s) => s.startsWith("INSERT OR IGNORE INTO heat_registrations"))).toBe(true);
});

test("the demo forecast is the real series around 24 July 2019 and passes the checks as a replay", () => {
  const forecast = demoForecast();
  const real = new Map(loadMontsouris().map((d) => [d.date, d]));
  for (const day of forecast.days) expect(day).toEqual(real.get(day.date));
  expect(readForecast(forecast, { now: new Date(), replayAllowed: true }).ok).toBe(true);
});
