// Writes domain/requests/data/fiches-index.json: the MiniSearch index of the service-public.fr fiches an
// agent may cite (DILA, Licence Ouverte 2.0, from ../shared/data/admin), built from what the search needs
// (title, description, the first 1,000 characters of the text) and storing what a citation shows (id,
// title, link, date, themes). Navigation pages (themes, guided searches, search tools) are left out.
// Node only: npx tsx models/request-routing/training/write-fiches.ts (training code reads the fiches, so the script lives here)
import { writeFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { readFiches } from "./fiches.ts";
import { FICHE_INDEX_OPTIONS, type FicheRecord } from "../../../domain/requests/fiches.ts";

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
const index = new MiniSearch<FicheRecord>(FICHE_INDEX_OPTIONS);
index.addAll(fiches);
const out = new URL("../../../domain/requests/data/fiches-index.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(index)}\n`);
console.log(`${fiches.length} fiches indexed in ${out.pathname}`);
