// The service-public.fr fiches an agent can cite in a reply (DILA, Licence Ouverte 2.0), searched with
// MiniSearch's BM25 over their titles, descriptions and the start of their texts. The index is built once,
// by models/request-routing/training/write-fiches.ts, into data/fiches-index.json (with each fiche's title, link, date
// and themes as stored fields), and loaded once per isolate on first use: loading it takes a tenth of the
// time indexing takes. For a request: the 3 most relevant fiches, those of the proposed theme a little
// ahead. Shared code.
import MiniSearch, { type Options } from "minisearch";
import type { Office, Theme } from "./labels.ts";
import { foldText } from "./text.ts";

/** A fiche as it is indexed (the excerpt is searched, not stored). */
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

export type StoredFiche = Pick<FicheRecord, "id" | "title" | "url" | "date" | "themes">;

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

/** The index's options: the same when it is written and when it is loaded. */
export const FICHE_INDEX_OPTIONS: Options<FicheRecord> = {
  fields: ["title", "description", "excerpt"],
  storeFields: ["id", "title", "url", "date", "themes"],
  processTerm: (term) => {
    const folded = foldText(term);
    return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
  },
  searchOptions: { boost: { title: 3, description: 2 }, prefix: (term) => term.length > 4, fuzzy: (term) => (term.length > 5 ? 0.2 : false) },
};

let index: Promise<MiniSearch<FicheRecord>> | undefined;

function load(): Promise<MiniSearch<FicheRecord>> {
  index ??= import("./data/fiches-index.json", { with: { type: "json" } }).then((data) =>
    MiniSearch.loadJS(data.default as unknown as Parameters<typeof MiniSearch.loadJS>[0], FICHE_INDEX_OPTIONS),
  );
  return index;
}

export async function ficheById(id: string): Promise<StoredFiche | undefined> {
  return (await load()).getStoredFields(id) as StoredFiche | undefined;
}

/** The `count` fiches most relevant to a (pseudonymised) request, the proposed theme's fiches boosted. */
export async function relevantFiches(text: string, theme: Theme | null, count = 3): Promise<FicheCitation[]> {
  const search = await load();
  const results = search.search(text.replace(PLACEHOLDER, " "), {
    combineWith: "OR",
    boostDocument: (_id, _term, stored) => (theme && (stored as StoredFiche | undefined)?.themes.includes(theme) ? 1.5 : 1),
  });
  return results.slice(0, count).map((r) => ({ id: String(r.id), title: String(r.title), url: String(r.url), date: String(r.date), score: Math.round(r.score * 100) / 100 }));
}
