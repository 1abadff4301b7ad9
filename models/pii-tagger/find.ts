// The personal data of a text as the Worker, the agent's browser and the evaluation command find it: the
// tagger's features, one run of its ONNX model (whatever runtime `run` stands for), its spans decoded,
// then merged with the exact rules (domain/requests/pseudonymise.ts). Shared code.
import type { Span } from "../../domain/requests/rules/patterns.ts";
import { detectPii } from "../../domain/requests/pseudonymise.ts";
import { taggerFeatures, type TaggerContext } from "./features.ts";
import { decodeTaggerSpans } from "./decode.ts";

/** Runs the pii-tagger on feature rows ([tokens, TAGGER_SLOTS]) and gives [tokens, 3] probabilities. */
export type RunModel = (rows: Float32Array) => Promise<Float32Array>;

/** The personal-data spans of `text`; `known` spans (values the sender typed in a form's fields) join them. */
export async function findPii(text: string, runTagger: RunModel, context: TaggerContext, known: Span[] = []): Promise<Span[]> {
  const { tokens, rows } = taggerFeatures(text, context);
  const probabilities = tokens.length > 0 ? await runTagger(rows) : new Float32Array(0);
  return detectPii(text, [...decodeTaggerSpans(text, tokens, probabilities), ...known]);
}
