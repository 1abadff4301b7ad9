// Writes domain/requests/data/paris-streets.json: the canonical names of the streets of the Paris sales in
// the DGFiP's DVF file (../shared/data/dvf, Licence Ouverte 2.0), for the pseudonymiser's address rule.
// Only street names are kept (no number, no sale). Node only: npx tsx domain/requests/cli/write-streets.ts
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { sharedDataFile } from "../../evaluation/shared-data.ts";
import { canonicalStreet } from "../rules/streets.ts";

const csv = gunzipSync(readFileSync(sharedDataFile("dvf/geodvf_paris_2023_2025H1.csv.gz"))).toString("utf8");
const [header, ...lines] = csv.split("\n");
const column = header.split(",").indexOf("adresse_nom_voie");
const names = new Set<string>();
for (const line of lines) {
  const street = line.split(",")[column];
  const canonical = street ? canonicalStreet(street) : null;
  if (canonical) names.add(canonical);
}
const out = new URL("../data/paris-streets.json", import.meta.url);
writeFileSync(out, `${JSON.stringify([...names].sort(), null, 0).replaceAll('","', '",\n"')}\n`);
console.log(`${names.size} street names written to ${out.pathname}`);
