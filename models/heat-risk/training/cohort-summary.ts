// Prints the figures of COHORT.md: factor prevalences of the synthetic cohort, its population-scale risk on
// the historical alert days, and what the generating model gives if the whole cohort faced a threshold day,
// the peak of July 2019 or the peak of August 2003 (the calibration anchor of the baseline risk).
// Run: npx tsx models/heat-risk/training/cohort-summary.ts
import { assessHeat, consecutiveAlertDays, thresholdsFor } from "../../../domain/heat/hazard.ts";
import { HEAT_RISK_FEATURES } from "../features.ts";
import { ASSUMPTIONS, GENERATING_ODDS_RATIOS, generateCohort, loadAlertDays } from "./cohort.ts";
import { loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";

const n = 100_000;
const cohort = generateCohort({ seed: 2026, n });
const width = HEAT_RISK_FEATURES.length;
const logOdds = HEAT_RISK_FEATURES.map((f) => Math.log(GENERATING_ODDS_RATIOS[f]));
const intercept = Math.log(ASSUMPTIONS.baselineRisk / (1 - ASSUMPTIONS.baselineRisk));
const hazardColumns = ["ibmxExcess", "ibmnExcess", "heatDays"].map((f) => HEAT_RISK_FEATURES.indexOf(f as never));

const pct = (v: number, digits = 1) => `${(100 * v).toFixed(digits)} %`;
const meanOf = (values: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
};

console.log(`Synthetic cohort, n = ${n}, seed 2026\n\n| feature | mean value |\n|---|---:|`);
HEAT_RISK_FEATURES.forEach((f, j) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += cohort.features[i * width + j];
  console.log(`| ${f} | ${(s / n).toFixed(3)} |`);
});
const old = cohort.people.filter((p) => p.age >= 80);
console.log(`\naged 80+: ${pct(old.length / n)}; living alone: 65-79 ${pct(
  cohort.people.filter((p) => p.age < 80 && p.livesAlone).length / (n - old.length),
)}, 80+ ${pct(old.filter((p) => p.livesAlone).length / old.length)}`);
console.log(`historical alert days drawn from: ${loadAlertDays().length}`);
console.log(`mean population risk over the cohort's alert days: ${pct(meanOf(cohort.trueRisk), 3)}`);

/** Mean generating risk if every person of the cohort faced this exposure. */
function meanRiskFacing(ibmxExcess: number, ibmnExcess: number, heatDays: number): number {
  const hazard = [ibmxExcess, ibmnExcess, heatDays];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let z = intercept;
    for (let j = 0; j < width; j++) {
      const k = hazardColumns.indexOf(j);
      z += logOdds[j] * (k >= 0 ? hazard[k] : cohort.features[i * width + j]);
    }
    sum += 1 / (1 + Math.exp(-z));
  }
  return sum / n;
}

const thresholds = thresholdsFor("75");
const days = assessHeat(loadMontsouris(), thresholds);
console.log(`\n| whole cohort facing | IBMx − 31 | IBMn − 21 | alert day | mean risk |\n|---|---:|---:|---:|---:|`);
console.log(`| a first alert day at the thresholds | 0 | 0 | 1 | ${pct(meanRiskFacing(0, 0, 1), 3)} |`);
for (const date of ["2019-07-24", "2003-08-11"]) {
  const i = days.findIndex((d) => d.date === date);
  const d = days[i];
  const x = d.forecast.ibmx - thresholds.ibmx;
  const nn = d.forecast.ibmn - thresholds.ibmn;
  const k = consecutiveAlertDays(days, i);
  console.log(`| ${date} (Montsouris) | ${x.toFixed(1)} | ${nn.toFixed(1)} | ${k} | ${pct(meanRiskFacing(x, nn, k), 3)} |`);
}
