// Prints the cold rule's record on the real Paris-Montsouris series: every flagged episode 1950-2026, the reference
// cold waves it flags or misses, and the mildest winters. The cold rule's document (domain/climate/cold/levels.md)
// quotes this output. Run: npx tsx domain/climate/evaluation/cold-episodes.ts
import { evaluateCold } from "./cold-evaluation.ts";

const result = evaluateCold();
const fmt = (x: number) => x.toFixed(1);

console.log(`Paris-Montsouris, ${result.period.from} to ${result.period.to}: ${result.episodes.length} episodes (${result.episodes.filter((e) => e.peak === "red").length} reaching red), ${result.yellowDays} yellow days\n`);
console.log("| from | to | days | peak | coldest night °C | coldest day °C | reference cold wave |");
console.log("|---|---|---:|---|---:|---:|---|");
for (const e of result.episodes) console.log(`| ${e.from} | ${e.to} | ${e.days} | ${e.peak} | ${fmt(e.coldestNight)} | ${fmt(e.coldestDay)} | ${e.reference ?? "—"} |`);

const flagged = result.coldWaves.filter((w) => w.peak === "orange" || w.peak === "red");
console.log(`\nReference cold waves flagged (orange or red at Montsouris): ${flagged.length} of ${result.coldWaves.length}\n`);
console.log("| reference cold wave | dates | highest level |");
console.log("|---|---|---|");
for (const w of result.coldWaves) console.log(`| ${w.name} | ${w.from} – ${w.to} | ${w.peak ?? "—"} |`);

console.log("\nMildest winters (1 November – 31 March): days at each level\n");
console.log("| winter | green | yellow | orange | red |");
console.log("|---|---:|---:|---:|---:|");
for (const w of result.mildWinters) console.log(`| ${w.winter} | ${w.days.green} | ${w.days.yellow} | ${w.days.orange} | ${w.days.red} |`);

const unreferenced = result.episodes.filter((e) => !e.reference);
console.log(`\nFlagged episodes overlapping no reference cold wave: ${unreferenced.length} (${unreferenced.map((e) => e.from.slice(0, 7)).join(", ")})`);
