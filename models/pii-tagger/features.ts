// Features of the pii-tagger (a token tagger for people's names and postal addresses), the same in
// training, at the edge and in the agent's browser: for each token, hashed strings describing it and its
// neighbours (folded word, shape such as "Xx" or "XX", prefix and suffix, the two words on each side,
// whether it is a known first name, whether a street type or a civility comes just before, whether it
// starts a line). One row of TAGGER_SLOTS bucket ids per token. The feature context is the first-name
// gazetteer (folded). Shared code.
import { fillHashedRow, hashedSlots } from "../lib/feature-hashing.ts";
import { foldText, tokenise, type Token } from "../../domain/requests/text.ts";
import { STREET_TYPES } from "../../domain/requests/rules/streets.ts";

export const TAGGER_BUCKETS = 1 << 16;
export const TAGGER_SLOTS = 28;
const taggerSlots = hashedSlots("token_feature", TAGGER_SLOTS, {
  fr: "Identifiants hachés du mot (sans accents, minuscules), de sa forme (Xx, XX), préfixe, suffixe, des deux mots de chaque côté, prénom connu ou non, civilité ou type de voie juste avant, début de ligne.",
  en: "Hashed ids of the word (no accents, lower case), its shape (Xx, XX), prefix, suffix, the two words on each side, known first name or not, civility or street type just before, line start.",
});
export const TAGGER_FEATURES = taggerSlots.names;
export const TAGGER_FEATURE_LABELS = taggerSlots.labels;
/** The tagger's classes, in output order (one label per token: inside a name, an address, or neither). */
export const TAGGER_CLASSES = ["O", "PER", "ADDRESS"] as const;

export interface TaggerContext {
  /** Known first names, folded (no accents, lower case). */
  firstNames: string[];
}

const CIVILITIES = new Set(["m", "mr", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "docteur", "me", "maitre", "pr"]);

/** "Jean-Pierre" → "Xx-Xx", "DUPONT" → "X", "06" → "d": character classes with runs collapsed. */
export function shapeOf(word: string): string {
  let shape = "";
  for (const char of word) {
    const c = /\p{Lu}/u.test(char) ? "X" : /\p{Ll}/u.test(char) ? "x" : /\p{N}/u.test(char) ? "d" : char;
    if (!shape.endsWith(c)) shape += c;
  }
  return shape;
}

const cache = new WeakMap<TaggerContext, Set<string>>();
const gazetteer = (context: TaggerContext) => {
  let set = cache.get(context);
  if (!set) cache.set(context, (set = new Set(context.firstNames)));
  return set;
};

export interface TaggedText {
  tokens: Token[];
  /** Row-major [tokens, TAGGER_SLOTS] bucket ids. */
  rows: Float32Array;
}

/** A token's folded word and shape, computed once for the features of it and of its neighbours. */
interface TokenView {
  word: string;
  shape: string;
}

function featureStrings(text: string, tokens: Token[], views: TokenView[], i: number, firstNames: Set<string>): string[] {
  const word = (j: number) => (j >= 0 && j < tokens.length ? views[j].word : j < 0 ? "<s>" : "</s>");
  const shape = (j: number) => (j >= 0 && j < tokens.length ? views[j].shape : "_");
  const w = word(i);
  const lineStart = i === 0 || text.slice(tokens[i - 1].end, tokens[i].start).includes("\n");
  const features = [
    "bias",
    `w=${w}`,
    `s=${shape(i)}`,
    `p=${w.slice(0, 3)}`,
    `x=${w.slice(-3)}`,
    `len=${Math.min(w.length, 8)}`,
    `w-1=${word(i - 1)}`,
    `w+1=${word(i + 1)}`,
    `w-2=${word(i - 2)}`,
    `w+2=${word(i + 2)}`,
    `s-1=${shape(i - 1)}`,
    `s+1=${shape(i + 1)}`,
    `ss=${shape(i - 1)}|${shape(i)}|${shape(i + 1)}`,
    `ws-1=${word(i - 1)}|${shape(i)}`,
    `sw+1=${shape(i)}|${word(i + 1)}`,
  ];
  if (firstNames.has(w)) features.push("first-name");
  if (firstNames.has(word(i - 1))) features.push("first-name-1");
  if (firstNames.has(word(i + 1))) features.push("first-name+1");
  if (CIVILITIES.has(word(i - 1)) || (word(i - 1) === "." && CIVILITIES.has(word(i - 2)))) features.push("civility-1");
  for (let back = 1; back <= 4; back++) if (STREET_TYPES[word(i - back)]) features.push(`street-type-${back}`);
  if (STREET_TYPES[w]) features.push("street-type");
  if (/^\d{5}$/.test(w)) features.push(w.startsWith("75") ? "paris-postcode" : "postcode");
  if (/^\d{5}$/.test(word(i - 1))) features.push("postcode-1");
  if (lineStart) features.push(`line-start|${shape(i)}`);
  return features;
}

/** Writes the rows of `tokens` (one per token) into `out` from row `row` on. */
function encodeTokens(text: string, tokens: Token[], context: TaggerContext, out: Float32Array, row: number): void {
  const folded = foldText(text);
  const views = tokens.map((t) => ({ word: folded.slice(t.start, t.end), shape: shapeOf(t.text) }));
  const names = gazetteer(context);
  for (let i = 0; i < tokens.length; i++) {
    const at = (row + i) * TAGGER_SLOTS;
    fillHashedRow(featureStrings(text, tokens, views, i, names), TAGGER_BUCKETS, out.subarray(at, at + TAGGER_SLOTS));
  }
}

/** The number of rows a text encodes to: its tokens. */
export const tokenCount = (text: string) => tokenise(text).length;

/** Writes the text's rows (one per token) into the row-major batch `out` from row `row` on. */
export function encodeTagger(text: string, context: TaggerContext, out: Float32Array, row: number): void {
  encodeTokens(text, tokenise(text), context, out, row);
}

/** The tokens of `text` and their feature rows (for decoding the tagger's output back onto the text). */
export function taggerFeatures(text: string, context: TaggerContext): TaggedText {
  const tokens = tokenise(text);
  const rows = new Float32Array(tokens.length * TAGGER_SLOTS);
  encodeTokens(text, tokens, context, rows, 0);
  return { tokens, rows };
}
