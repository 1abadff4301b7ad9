// Prints how fast the engine simulates 10,000 generated households (the social worker's CSV ranking case).
// Usage: npx tsx domain/rights/cli/bench.ts [count]
import { performance } from "node:perf_hooks";
import type { HouseholdInput } from "../household.ts";
import { parseHousehold, simulate } from "../simulate.ts";

/** Mulberry32: small seeded generator, so every run simulates the same households. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function households(count: number, random: () => number): HouseholdInput[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const money = (max: number) => (random() < 0.4 ? 0 : Math.round(random() * max * 100) / 100);
  const statuses = ["tenantPrivate", "tenantSocial", "owner", "hostedFree", "homeless"] as const;
  return Array.from({ length: count }, () => {
    const adults = Array.from({ length: random() < 0.4 ? 2 : 1 }, () => ({
      age: 18 + Math.floor(random() * 75),
      earnedIncomeMonthly: money(2500),
      pensionsMonthly: money(1200),
      otherIncomeMonthly: money(900),
      disabilityRecognised: random() < 0.1,
    }));
    const children = Array.from({ length: Math.floor(random() * 4) }, () => ({ age: Math.floor(random() * 22) }));
    const receivesHousingAid = random() < 0.5;
    return {
      adults,
      children,
      housing: {
        status: pick(statuses),
        rentMonthly: money(1500),
        receivesHousingAid,
        housingAidMonthly: receivesHousingAid && random() < 0.8 ? money(500) : undefined,
      },
      savings: money(20000),
      lawfulResidence: random() < 0.95,
      arrondissement: 1 + Math.floor(random() * 20),
      parisResidenceYears: Math.floor(random() * 6),
    };
  });
}

const count = Number(process.argv[2] ?? 10_000);
const inputs = households(count, seededRandom(42));
const date = "2025-06-01";

simulate(parseHousehold(inputs[0]), { date });
for (let round = 1; round <= 3; round++) {
  const t0 = performance.now();
  const parsed = inputs.map((input) => parseHousehold(input));
  const t1 = performance.now();
  let eligible = 0;
  for (const h of parsed) for (const r of simulate(h, { date }).results) if (r.eligible !== false) eligible++;
  const t2 = performance.now();
  console.log(
    `round ${round}: ${count} households, validation ${(t1 - t0).toFixed(1)} ms, simulation ${(t2 - t1).toFixed(1)} ms, ` +
      `total ${(t2 - t0).toFixed(1)} ms (${(((t2 - t0) * 1000) / count).toFixed(1)} µs/household), ${eligible} possible rights`,
  );
}
