// Prints the figures quoted in POPULATION.md: the synthetic population's composition, the rights the rules
// find, the generating model of non-take-up and its rates against the DREES figures.
// Run: npx tsx models/non-take-up/training/population-summary.ts [households] [seed]
import { ageBand, householdType } from "../../../domain/rights/outreach/groups.ts";
import { MODEL_BENEFITS } from "../../../domain/rights/outreach/stakes.ts";
import { ASPA_STAKE_BANDS, rateTable } from "./outcomes.ts";
import { labelledPopulation } from "./train.ts";

const n = Number(process.argv[2] ?? 600_000);
const seed = Number(process.argv[3] ?? 2025);
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const p = labelledPopulation({ seed, n });
const { households, units } = p;

const share = (f: (i: number) => boolean) => pct(households.filter((_, i) => f(i)).length / households.length);
const tally = (key: (i: number) => string) => {
  const counts = new Map<string, number>();
  households.forEach((_, i) => counts.set(key(i), (counts.get(key(i)) ?? 0) + 1));
  return [...counts].sort().map(([k, v]) => `${k} ${pct(v / households.length)}`).join(", ");
};

console.log(`${n} households, seed ${seed}`);
console.log(`household type: ${tally((i) => householdType(households[i].household))}`);
console.log(`age band of the oldest adult: ${tally((i) => ageBand(households[i].household))}`);
console.log(`housing: ${tally((i) => households[i].household.housing.status)}`);
console.log(`housing aid: ${share((i) => households[i].household.housing.receivesHousingAid)}`);
console.log(`sex of the oldest adult: ${tally((i) => households[i].attributes.sex)}`);
console.log(`nationality group: ${tally((i) => households[i].attributes.nationality)}`);
console.log(`disability (an adult): ${share((i) => households[i].attributes.disability)}; immigrant (an adult): ${share((i) => households[i].attributes.immigrant)}`);

const withRight = new Set(units.map((u) => u.household));
console.log(`\nhouseholds with at least one claimable right: ${pct(withRight.size / n)}; with a national right left "maybe": ${pct(p.uncertain.reduce((s, v) => s + v, 0) / n)}`);
for (const b of MODEL_BENEFITS) {
  const mine = units.filter((u) => u.input.benefit === b);
  const stakes = mine.map((u) => u.input.monthlyStake).sort((a, z) => a - z);
  console.log(`  ${b}: ${pct(mine.length / n)} of households, median stake ${stakes[Math.floor(stakes.length / 2)].toFixed(2)} €/month`);
}

console.log(`\ngenerating model: household effect sd ${p.generatingModel.householdEffectSd}, ASPA stake slope ${p.generatingModel.aspaStakeSlopePer100.toFixed(3)} per 100 €`);
for (const b of MODEL_BENEFITS) {
  console.log(`  ${b}: ${p.generatingModel.coefficients[b].map((c) => `${c.group} ${c.coefficient.toFixed(3)}`).join(", ")}`);
}

console.log("\n| right | group | DREES | generating | drawn | rights | imposed |\n|---|---|---:|---:|---:|---:|---|");
for (const r of rateTable(units, households, p.generating, p.labels)) {
  console.log(`| ${r.benefit} | ${r.group} | ${pct(r.rate)}${r.interpolated ? " (interpolated)" : ""} | ${pct(r.generating)} | ${pct(r.drawn)} | ${r.count} | ${r.constraint ? "yes" : "no"} |`);
}

const aspa = units.flatMap((u, i) => (u.input.benefit === "aspa" ? [i] : []));
const meanOf = (rows: number[], f: (i: number) => number) => rows.reduce((s, i) => s + f(i), 0) / rows.length;
const above = aspa.filter((i) => units[i].input.monthlyStake >= ASPA_STAKE_BANDS[ASPA_STAKE_BANDS.length - 1].to);
console.log(`
ASPA due of 600 € or more (no published rate): generating ${pct(meanOf(above, (i) => p.generating[i]))}, ${above.length} rights`);
const stake = (i: number) => units[i].input.monthlyStake;
console.log(`ASPA mean amount due: non-claimants ${meanOf(aspa.filter((i) => p.labels[i]), stake).toFixed(0)} €, claimants ${meanOf(aspa.filter((i) => !p.labels[i]), stake).toFixed(0)} € (DREES 2016: 205 € and 337 €)`);
