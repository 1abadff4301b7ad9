// A card's reference examples as one batch and one flat list of recorded values, so the edge and the
// device check any model the same way: an example may encode to several rows (a token tagger gives one
// per token) and record several values (one probability per class of each head). Shared code.
import type { ModelCard } from "./schema.ts";

/** Every example's feature rows, one after the other (row-major float32). */
export function encodeExamples(card: ModelCard, encode: (input: unknown) => Float32Array): Float32Array {
  const rows = card.examples.map((example) => encode(example.input));
  const batch = new Float32Array(rows.reduce((n, r) => n + r.length, 0));
  let offset = 0;
  for (const row of rows) {
    batch.set(row, offset);
    offset += row.length;
  }
  return batch;
}

/** The recorded outputs, flattened in the order the batch's outputs come out. */
export const recordedOutputs = (card: ModelCard): number[] =>
  card.examples.flatMap((example) => (Array.isArray(example.output) ? example.output : [example.output]));
