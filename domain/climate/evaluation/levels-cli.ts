// Levels of a hazard on the real Paris-Montsouris series, one JSON line per day {"date", "level"} — level green,
// yellow, orange or red, or null when the day cannot be graded (the rule needs D−1 … D+3, or the day is outside the
// series) — with the code the Worker runs (heatOutlook, coldOutlook).
//   npm run -s climate:levels -- --hazard heat|cold --from YYYY-MM-DD --to YYYY-MM-DD
import { parseArgs } from "node:util";
import { coldOutlook } from "../cold/rule.ts";
import type { Level } from "../levels.ts";
import { addDays, isIsoDay } from "../../time/days.ts";
import { heatOutlook, thresholdsFor } from "../../heat/hazard.ts";
import { loadMontsouris } from "../../heat/evaluation/real-data.ts";

const RULES: Record<string, () => { date: string; level: Level | null }[]> = {
  heat: () => heatOutlook(loadMontsouris(), thresholdsFor("75")),
  cold: () => coldOutlook(loadMontsouris()),
};

const { values } = parseArgs({ options: { hazard: { type: "string" }, from: { type: "string" }, to: { type: "string" } } });
const { hazard = "", from = "", to = "" } = values;
if (!Object.hasOwn(RULES, hazard) || !isIsoDay(from) || !isIsoDay(to) || to < from) {
  console.error("Usage: npm run -s climate:levels -- --hazard heat|cold --from YYYY-MM-DD --to YYYY-MM-DD");
  process.exit(2);
}
const levels = new Map(RULES[hazard]().map((d) => [d.date, d.level]));
const lines: string[] = [];
for (let date = from; date <= to; date = addDays(date, 1)) lines.push(JSON.stringify({ date, level: levels.get(date) ?? null }));
process.stdout.write(`${lines.join("\n")}\n`);
