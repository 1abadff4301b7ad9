// Features of the request-routing model (theme and where to go of a citizen request), the same in training,
// at the edge (e-mails, the contact form) and in the agent's browser (letters): the text without its
// pseudonymisation placeholders, folded (no accents, lower case: people often write without them), as word
// unigrams and bigrams and the character 3- to 5-grams of each word (fastText-style, robust to typos and
// inflections), hashed into BUCKETS and kept as at most SLOTS distinct ids. Shared code.
import { fillHashedRow, hashedSlots } from "../lib/feature-hashing.ts";
import { foldText } from "../../domain/requests/text.ts";

export const ROUTING_BUCKETS = 1 << 16;
export const ROUTING_SLOTS = 512;
const routingSlots = hashedSlots("ngram", ROUTING_SLOTS, {
  fr: "Identifiants hachés des mots, bigrammes et n-grammes de caractères du message pseudonymisé (sans accents, en minuscules, espaces réservés retirés).",
  en: "Hashed ids of the words, bigrams and character n-grams of the pseudonymised message (no accents, lower case, placeholders removed).",
});
export const ROUTING_FEATURES = routingSlots.names;
export const ROUTING_FEATURE_LABELS = routingSlots.labels;

const PLACEHOLDER = /\[[A-ZÉÈ\- ]+ \d+\]/g;
const WORD = /[a-z0-9]+/g;

/**
 * The feature strings of a text: every word first, then every bigram, then the words' character n-grams,
 * so that a long message keeps its whole vocabulary within the slots before the n-grams fill the rest.
 */
export function* routingFeatureStrings(text: string): Generator<string> {
  const words = foldText(text.replace(PLACEHOLDER, " ")).match(WORD) ?? [];
  for (const word of words) yield `w:${word}`;
  for (let i = 1; i < words.length; i++) yield `b:${words[i - 1]}_${words[i]}`;
  for (const word of words) {
    if (word.length < 3 || /^\d+$/.test(word)) continue;
    const marked = `<${word}>`;
    for (let n = 3; n <= 5; n++) {
      for (let start = 0; start + n <= marked.length; start++) yield `c:${marked.slice(start, start + n)}`;
    }
  }
}

/** The text's row on its own (training and evaluation keep one row per text). */
export function routingFeatures(text: string): Float32Array {
  const row = new Float32Array(ROUTING_SLOTS);
  encodeRouting(text, row, 0);
  return row;
}

/** Writes the text's row at `row` of the row-major batch `out`. */
export function encodeRouting(text: string, out: Float32Array, row: number): void {
  fillHashedRow(routingFeatureStrings(text), ROUTING_BUCKETS, out.subarray(row * ROUTING_SLOTS, (row + 1) * ROUTING_SLOTS));
}
