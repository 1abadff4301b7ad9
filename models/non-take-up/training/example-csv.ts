// Writes the synthetic household file shipped with the console (web/public/examples/households-10000.csv):
// 10,000 households of the synthetic Paris population (population.ts, its own seed), in the documented CSV
// format (docs/rights-household-csv.md). Half of the rights each household does claim are marked as already
// received, as a social service's records would show some of the benefits paid. Deterministic.
// Run: npx tsx models/non-take-up/training/example-csv.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRng } from "../../lib/rng.ts";
import { CSV_HEADER, householdCsvLine } from "../../../domain/rights/outreach/household-csv.ts";
import type { ModelBenefit, ReceivableBenefit } from "../../../domain/rights/outreach/stakes.ts";
import { labelledPopulation } from "./train.ts";

export const EXAMPLE = { seed: 7510, households: 10_000, receivedShare: 0.5 } as const;
export const EXAMPLE_CSV = fileURLToPath(new URL("../../../web/public/examples/households-10000.csv", import.meta.url));

const receivable = (b: ModelBenefit): ReceivableBenefit => (b === "cssFree" || b === "cssWithContribution" ? "css" : b);

export function exampleCsv(): string {
  const population = labelledPopulation({ seed: EXAMPLE.seed, n: EXAMPLE.households });
  const rng = createRng(EXAMPLE.seed + 9);
  const received = population.households.map(() => [] as ReceivableBenefit[]);
  population.units.forEach((u, i) => {
    if (!population.labels[i] && rng.next() < EXAMPLE.receivedShare) received[u.household].push(receivable(u.input.benefit));
  });
  const lines = population.households.map((s, i) => householdCsvLine(`F${String(i + 1).padStart(5, "0")}`, s.household, received[i]));
  return `${[CSV_HEADER, ...lines].join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(EXAMPLE_CSV), { recursive: true });
  writeFileSync(EXAMPLE_CSV, exampleCsv());
  console.log(`Wrote ${EXAMPLE.households} households to ${EXAMPLE_CSV}.`);
}
