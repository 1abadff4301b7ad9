// Measures Recoque's heat levels against the real Météo-France heat vigilance for Paris (75), 2023-2025,
// using the observed Paris-Montsouris series as a perfect forecast. Prints the 4×4 confusion table, the goal
// figures and the sensitivity of the result to the rule's margins and to the day-to-window mapping.
// Run: npx tsx domain/heat/evaluation/evaluate-levels.ts
import {
  DEFAULT_LEVEL_RULE,
  HEAT_LEVELS,
  assessHeat,
  gradeWindow,
  thresholdsFor,
  type HeatDay,
  type HeatLevel,
  type LevelRule,
} from "../hazard.ts";
import { loadMontsouris, loadVigilance } from "./real-data.ts";
import { LEVELS_GOAL, evaluateLevels } from "./levels-evaluation.ts";

const thresholds = thresholdsFor("75");
const official = loadVigilance("75");

/** Level of day D from the windows starting at D + each offset (the library uses −1, 0, +1: windows holding D+1). */
function levelFromWindows(days: readonly HeatDay[], i: number, starts: readonly number[], rule: LevelRule): HeatLevel {
  const ranks = starts.map((k) => HEAT_LEVELS.indexOf(gradeWindow(days[i + k].forecast, thresholds, rule)));
  return HEAT_LEVELS[Math.max(...ranks)];
}

function withOrange(ibmn: number, ibmx: number): LevelRule {
  return { ...DEFAULT_LEVEL_RULE, orange: { ibmn, ibmx } };
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : x === 0 ? "0" : `−${Math.abs(x)}`;
}

const days = assessHeat(loadMontsouris(), thresholds);
const main = evaluateLevels();
const goalMet = main.caught >= LEVELS_GOAL.caught && main.alertsOnGreen <= LEVELS_GOAL.maxAlertsOnGreen;

console.log(`Paris (75), thresholds IBMn ${thresholds.ibmn} °C / IBMx ${thresholds.ibmx} °C, ${official.size} vigilance days 2023-2025`);
console.log(
  "\nRule: the level issued on day D is the highest grade of the 3-day windows that contain D+1 — red if IBMn ≥ Sn and " +
    "IBMx ≥ Sx+4 °C, orange if IBMn ≥ Sn−1 °C and IBMx ≥ Sx, yellow if IBMn ≥ Sn−2 °C and IBMx ≥ Sx−2 °C, green otherwise.",
);
console.log("\nConfusion table (rows: our level, columns: official Météo-France level)\n");
console.log(`| ours \\ official | ${HEAT_LEVELS.join(" | ")} | total |`);
console.log(`|---|${HEAT_LEVELS.map(() => "---:").join("|")}|---:|`);
main.confusion.forEach((row, r) => {
  console.log(`| ${HEAT_LEVELS[r]} | ${row.join(" | ")} | ${row.reduce((a, b) => a + b, 0)} |`);
});
console.log(
  `\nGoal: official orange-or-red days caught (ours orange or red): ${main.caught} of ${main.officialAlerts} (goal ≥ 12)`,
);
console.log(`Goal: our orange-or-red days on official green days: ${main.alertsOnGreen} (goal ≤ 3)`);
console.log(`Our orange-or-red days on official yellow days: ${main.alertsOnYellow}`);
console.log(`Goal met: ${goalMet ? "yes" : "NO"}`);

console.log("\nSensitivity to the orange offsets (caught of 14 / alerts on green / alerts on yellow)\n");
const ibmxOffsets = [0, -0.5, -1];
console.log(`| IBMn offset \\ IBMx offset | ${ibmxOffsets.map(signed).join(" | ")} |`);
console.log(`|---|${ibmxOffsets.map(() => "---").join("|")}|`);
for (const ibmnOffset of [0, -0.5, -0.75, -1, -1.25, -1.5, -2]) {
  const cells = ibmxOffsets.map((ibmxOffset) => {
    const rule = withOrange(ibmnOffset, ibmxOffset);
    const o = evaluateLevels((d, i) => levelFromWindows(d, i, [-1, 0, 1], rule));
    return `${o.caught} / ${o.alertsOnGreen} / ${o.alertsOnYellow}`;
  });
  console.log(`| ${signed(ibmnOffset)} | ${cells.join(" | ")} |`);
}

console.log("\nSensitivity to the day-to-window mapping (default offsets; caught / alerts on green / alerts on yellow)\n");
const mappings: [string, number[]][] = [
  ["forecast window D..D+2 only", [0]],
  ["windows starting D or D+1 (the two days of the map)", [0, 1]],
  ["windows containing D+1 (chosen)", [-1, 0, 1]],
  ["windows containing D", [-2, -1, 0]],
  ["windows containing D or D+1", [-2, -1, 0, 1]],
];
console.log("| mapping | result |\n|---|---|");
for (const [name, starts] of mappings) {
  const inRange = (d: readonly HeatDay[], i: number) => starts.every((k) => i + k >= 0 && i + k < d.length);
  const o = evaluateLevels((d, i) => (inRange(d, i) ? levelFromWindows(d, i, starts, DEFAULT_LEVEL_RULE) : "green"));
  console.log(`| ${name} | ${o.caught} / ${o.alertsOnGreen} / ${o.alertsOnYellow} |`);
}

console.log("\nSensitivity of red to its IBMx offset (official red days rated red / our red days on official non-red days)\n");
for (const redOffset of [3, 4, 5]) {
  const rule: LevelRule = { ...DEFAULT_LEVEL_RULE, red: { ibmn: 0, ibmx: redOffset } };
  const o = evaluateLevels((d, i) => levelFromWindows(d, i, [-1, 0, 1], rule));
  const overRed = o.confusion[3][0] + o.confusion[3][1] + o.confusion[3][2];
  const redYears = new Set(
    days.filter((_, i) => i > 0 && i + 1 < days.length && levelFromWindows(days, i, [-1, 0, 1], rule) === "red")
      .map((d) => d.date.slice(0, 4)),
  );
  console.log(
    `- red at IBMx ≥ Sx${signed(redOffset)}: ${o.confusion[3][3]} of 2 official red days, ${overRed} red on other days; ` +
      `summers 1950-2025 with a red day at Montsouris: ${redYears.size} (${[...redYears].join(", ")})`,
  );
}
