// The service-public.fr fiches an agent can cite in a reply (domain/requests/data/fiches.json: DILA,
// Licence Ouverte 2.0), searched with MiniSearch's BM25 over titles, descriptions and the start of each
// text. The index is built once per isolate, on first use. For a request: the 3 most relevant fiches,
// those of the proposed theme a little ahead. Shared code.
import MiniSearch from "minisearch";
import type { Office, Theme } from "./labels.ts";
import { foldText } from "./text.ts";

export interface FicheRecord {
  id: string;
  title: string;
  description: string;
  themes: Theme[];
  offices: Office[];
  /** The date the fiche states (its last update), YYYY-MM-DD. */
  date: string;
  url: string;
  excerpt: string;
}

/** What a citation shows: title, link, date (and the id, to fetch it again). */
export interface FicheCitation {
  id: string;
  title: string;
  url: string;
  date: string;
  score: number;
}

const PLACEHOLDER = /\[[A-ZÉÈ\- ]+ \d+\]/g;
const STOP_WORDS = new Set(
  "a au aux avec ce ces dans de des du elle en et il je la le les leur lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y est suis ai bonjour merci madame monsieur cordialement svp".split(" "),
);

let index: MiniSearch<FicheRecord> | undefined;
let records: Map<string, FicheRecord> | undefined;

async function load(): Promise<{ index: MiniSearch<FicheRecord>; records: Map<string, FicheRecord> }> {
  if (!index || !records) {
    const fiches = (await import("./data/fiches.json", { with: { type: "json" } })).default as FicheRecord[];
    const search = new MiniSearch<FicheRecord>({
      fields: ["title", "description", "excerpt"],
      storeFields: [],
      processTerm: (term) => {
        const folded = foldText(term);
        return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
      },
      searchOptions: { boost: { title: 3, description: 2 }, prefix: (term) => term.length > 4, fuzzy: (term) => (term.length > 5 ? 0.2 : false) },
    });
    search.addAll(fiches);
    index = search;
    records = new Map(fiches.map((f) => [f.id, f]));
  }
  return { index, records };
}

export async function ficheById(id: string): Promise<FicheRecord | undefined> {
  return (await load()).records.get(id);
}

/** The `count` fiches most relevant to a (pseudonymised) request, the proposed theme's fiches boosted. */
export async function relevantFiches(text: string, theme: Theme | null, count = 3): Promise<FicheCitation[]> {
  const { index: search, records: byId } = await load();
  const query = text.replace(PLACEHOLDER, " ");
  const results = search.search(query, {
    combineWith: "OR",
    boostDocument: (id) => (theme && byId.get(String(id))?.themes.includes(theme) ? 1.5 : 1),
  });
  return results.slice(0, count).map((r) => {
    const fiche = byId.get(String(r.id))!;
    return { id: fiche.id, title: fiche.title, url: fiche.url, date: fiche.date, score: Math.round(r.score * 100) / 100 };
  });
}
