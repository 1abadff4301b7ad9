// Trains the pii-tagger: one example per token of the synthetic training letters (labels from their
// PER and ADDRESS spans) and of the training Europeana passages (names only; place tokens left out),
// softmax over O / PER / ADDRESS on the hashed token features. Node only.
import { fitHashedSoftmax, type HashedExample, type HashedSoftmaxModel } from "../../lib/hashed-softmax.ts";
import type { Span } from "../../../domain/requests/rules/patterns.ts";
import { TAGGER_BUCKETS, TAGGER_CLASSES, TAGGER_SLOTS, taggerFeatures, type TaggerContext } from "../features.ts";

export const TAGGER_SEED = 17;
export const TAGGER_EPOCHS = 6;

export interface TaggerText {
  text: string;
  spans: Span[];
  ignored?: Span[];
}

const inside = (spans: Span[] | undefined, start: number, end: number) => spans?.find((s) => start < s.end && s.start < end);

/** Token examples of a text: class from the span covering the token, none for ignored tokens. */
export function tokenExamples(item: TaggerText, context: TaggerContext): HashedExample[] {
  const { tokens, rows } = taggerFeatures(item.text, context);
  const examples: HashedExample[] = [];
  tokens.forEach((token, i) => {
    if (inside(item.ignored, token.start, token.end)) return;
    const span = inside(item.spans, token.start, token.end);
    const label = span && (span.label === "PER" || span.label === "ADDRESS") ? span.label : "O";
    const target = new Float32Array(TAGGER_CLASSES.length);
    target[TAGGER_CLASSES.indexOf(label)] = 1;
    examples.push({ ids: rows.subarray(i * TAGGER_SLOTS, (i + 1) * TAGGER_SLOTS), target });
  });
  return examples;
}

export function trainTagger(texts: TaggerText[], context: TaggerContext): HashedSoftmaxModel {
  const examples = texts.flatMap((t) => tokenExamples(t, context));
  return fitHashedSoftmax(examples, {
    buckets: TAGGER_BUCKETS,
    classes: TAGGER_CLASSES.length,
    epochs: TAGGER_EPOCHS,
    learningRate: 0.5,
    l2: 1e-6,
    seed: TAGGER_SEED,
  });
}
