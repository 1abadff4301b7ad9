// Writes the heat demo data of this folder from the real data and the cohort generator: register.json, a demo
// register of synthetic people drawn with models/heat-risk/training/cohort.ts (no real person: names are drawn from
// lists of common names, phone numbers from the range ARCEP reserves for fiction, e-mails at example.org), and
// montsouris-2019-07.csv, the real Paris-Montsouris TN/TX of the July 2019 heatwave for the demo forecast.
// Run: npx tsx infra/seed/data/heat/generate.ts (a test checks the committed files are what it writes).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRng } from "../../../../models/lib/rng.ts";
import { factorsFromPerson, type SharedFactors } from "../../../../domain/heat/register-factors.ts";
import { generateCohort } from "../../../../models/heat-risk/training/cohort.ts";
import { loadMontsouris } from "../../../../domain/heat/evaluation/real-data.ts";

export const DEMO_PEOPLE = 500;
const SEED = 7503;
const YEAR = 2019;
export const DEMO_SUMMER = { from: "2019-07-18", to: "2019-07-31" };

const FIRST_NAMES = ["Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nicole", "Jacqueline", "Anne", "Sylvie", "Christiane", "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel", "Gérard", "Fatima", "Yvonne", "Simone", "Paulette", "Lucien", "Roger", "Denise", "Colette", "Henri", "Suzanne"];
const LAST_NAMES = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André"];

export interface DemoPerson {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  channels: ("sms" | "voice" | "email")[];
  arrondissement: number;
  contact: { name: string; phone: string } | null;
  factors: SharedFactors;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The demo register. Phone numbers are in the ranges ARCEP reserves for fiction: 06 39 98 xx xx, 01 99 00 xx xx. */
export function demoRegister(): DemoPerson[] {
  const cohort = generateCohort({ seed: SEED, n: DEMO_PEOPLE });
  const rng = createRng(SEED + 1);
  return cohort.people.map((person, i) => {
    const first = FIRST_NAMES[rng.int(FIRST_NAMES.length)];
    const last = LAST_NAMES[rng.int(LAST_NAMES.length)];
    const u = rng.next();
    const channels: DemoPerson["channels"] = u < 0.6 ? ["sms"] : u < 0.85 ? ["voice"] : ["sms", "email"];
    const hasContact = rng.next() < 0.4;
    return {
      id: `reg-demo-${String(i + 1).padStart(4, "0")}`,
      name: `${first} ${last}`,
      phone: `+336399${String(80000 + i).padStart(5, "0")}`,
      email: channels.includes("email") ? `${first}.${last}.${i + 1}`.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "") + "@example.org" : null,
      channels,
      arrondissement: Number(cohort.iris[i].slice(3, 5)),
      contact: hasContact ? { name: `${FIRST_NAMES[rng.int(FIRST_NAMES.length)]} ${last}`, phone: `+33199${String(i).padStart(6, "0")}` } : null,
      factors: factorsFromPerson(person, YEAR),
    };
  });
}

/** One person per line, so diffs stay readable. */
export const registerJson = (people: DemoPerson[]) => `[\n${people.map((p) => JSON.stringify(p)).join(",\n")}\n]\n`;

export function demoSummerCsv(): string {
  const rows = loadMontsouris().filter((d) => d.date >= DEMO_SUMMER.from && d.date <= DEMO_SUMMER.to);
  return `date,TN,TX\n${rows.map((d) => `${d.date},${d.tn},${d.tx}`).join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(here("./register.json"), registerJson(demoRegister()));
  writeFileSync(here("./montsouris-2019-07.csv"), demoSummerCsv());
  console.log(`wrote ${DEMO_PEOPLE} synthetic people and the ${DEMO_SUMMER.from}..${DEMO_SUMMER.to} Montsouris extract`);
}
