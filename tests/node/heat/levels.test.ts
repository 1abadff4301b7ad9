// The graded levels against the real Météo-France heat vigilance for Paris, 2023–2025, with the observed
// Montsouris series as a perfect forecast: the goal (at least 12 of the 14 official orange or red days
// caught, at most 3 of our alerts on official green days), and the confusion table printed in levels.md being
// the one the code computes (the model card publishes the same table).
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { HEAT_LEVELS } from "../../../domain/heat/hazard.ts";
import { VIGILANCE_CSV } from "../../../domain/heat/evaluation/real-data.ts";
import { readCsv } from "../../../domain/evaluation/shared-data.ts";
import { LEVELS_GOAL, evaluateLevels } from "../../../domain/heat/evaluation/levels-evaluation.ts";

const outcome = evaluateLevels();

test("the official file holds 14 orange or red days for Paris, all of them compared", () => {
  const official = readCsv(VIGILANCE_CSV).filter((row) => row.departement === "75");
  expect(outcome.days).toBe(official.length);
  expect(official.filter((row) => row.niveau === "3" || row.niveau === "4")).toHaveLength(14);
  expect(outcome.officialAlerts).toBe(14);
});

test("the level rule meets the goal: at least 12 of 14 caught, at most 3 alerts on green days", () => {
  expect(outcome.caught).toBeGreaterThanOrEqual(LEVELS_GOAL.caught);
  expect(outcome.alertsOnGreen).toBeLessThanOrEqual(LEVELS_GOAL.maxAlertsOnGreen);
});

test("levels.md prints the confusion table the code computes", () => {
  const doc = readFileSync(new URL("../../../domain/heat/levels.md", import.meta.url), "utf8");
  const printed = HEAT_LEVELS.map((level) => {
    const row = new RegExp(`^\\| ${level} \\|([^\\n]+)\\|$`, "m").exec(doc);
    return row ? row[1].split("|").slice(0, 4).map((cell) => Number(cell.trim())) : null;
  });
  expect(printed).toEqual(outcome.confusion);
});
