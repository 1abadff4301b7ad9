// A card's recorded reference outputs as one flat list, in the order a batch of its examples' rows comes out
// of the model (models/features.ts encodeRows): an example may encode to several rows (a token tagger gives
// one per token) and record several values (one probability per class of each head). The edge and the
// device check any model the same way. Shared code.
import type { ModelCard } from "./schema.ts";

export const recordedOutputs = (card: ModelCard): number[] =>
  card.examples.flatMap((example) => (Array.isArray(example.output) ? example.output : [example.output]));
