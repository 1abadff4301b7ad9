// Writes domain/requests/data/fiches.json: the service-public.fr fiches an agent may cite (DILA, Licence
// Ouverte 2.0, from ../shared/data/admin), with what the search needs (title, description, themes, the
// first 1,000 characters of the text) and what a citation shows (id, link, date). Navigation pages
// (themes, guided searches, search tools) are left out. Node only: npx tsx domain/requests/cli/write-fiches.ts
import { writeFileSync } from "node:fs";
import { readFiches } from "../../../models/request-routing/training/fiches.ts";
import type { FicheRecord } from "../fiches.ts";

const NOT_CITED = new Set(["Theme", "Recherche guidée", "Outil de recherche"]);
const EXCERPT = 1000;

const fiches: FicheRecord[] = readFiches()
  .filter((f) => !NOT_CITED.has(f.type))
  .map((f) => ({
    id: f.id,
    title: f.title,
    description: f.description,
    themes: f.themes,
    offices: f.offices,
    date: f.date,
    url: f.url,
    excerpt: f.text.slice(0, EXCERPT).replace(/\s+\S*$/, ""),
  }));
const out = new URL("../data/fiches.json", import.meta.url);
writeFileSync(out, `[\n${fiches.map((f) => JSON.stringify(f)).join(",\n")}\n]\n`);
console.log(`${fiches.length} fiches written to ${out.pathname}`);
