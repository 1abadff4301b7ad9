// The French part of the Europeana Newspapers NER corpora (CC0; BnF, L'Ouest-Éclair 1906, via the
// repository EuropeanaNewspapers/ner-corpora), read from the shared data as passages of about 60 tokens
// (cut after a full stop) with their people's names as spans. Places (I-LOC) are not addresses, and
// organisations are not personal data: their tokens are marked so training leaves them out rather than
// teaching that "Rue du Pré-Botté" is not an address. A fifth of the passages (by hash) is held out.
// Node only.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { sharedDataFile } from "../../../domain/evaluation/shared-data.ts";
import { fnv1a } from "../../lib/feature-hashing.ts";
import type { Span } from "../../../domain/requests/rules/patterns.ts";

export const EUROPEANA_FILE = "admin/europeana_newspapers_ner_fr_bnf.bio.gz";

export interface Passage {
  text: string;
  /** Names (label PER). */
  spans: Span[];
  /** Place tokens, left out of the tagger's training and of the precision count. */
  ignored: Span[];
}

export function readPassages(heldOut: boolean): Passage[] {
  const lines = gunzipSync(readFileSync(sharedDataFile(EUROPEANA_FILE))).toString("utf8").split("\n");
  const passages: Passage[] = [];
  let current: Passage = { text: "", spans: [], ignored: [] };
  let tokens = 0;
  for (const line of lines) {
    const [token, tag] = line.trim().split(/\s+/);
    if (!token || !tag) continue;
    if (current.text) current.text += " ";
    const start = current.text.length;
    current.text += token;
    const span = { start, end: current.text.length };
    if (tag === "I-PER") {
      const previous = current.spans[current.spans.length - 1];
      if (previous && previous.end === start - 1) previous.end = span.end;
      else current.spans.push({ ...span, label: "PER" });
    } else if (tag === "I-LOC") current.ignored.push({ ...span, label: "ADDRESS" });
    tokens++;
    if (tokens >= 60 && token === ".") {
      passages.push(current);
      current = { text: "", spans: [], ignored: [] };
      tokens = 0;
    }
  }
  return passages.filter((p, i) => (fnv1a(`europeana:${i}`) % 5 === 0) === heldOut);
}
