// The request models at the edge: the pii-tagger and the request-routing model from the registry
// (inference/registry.ts), run through the shared code that the browser and the evaluation commands run
// too (models/pii-tagger/find.ts, models/request-routing/propose.ts).
import { contexts } from "../../../models/artifacts";
import type { TaggerContext } from "../../../models/pii-tagger/features";
import { findPii } from "../../../models/pii-tagger/find";
import { proposeRouting, type RoutingProposal } from "../../../models/request-routing/propose";
import { replaceSpans, type Pseudonymised } from "../../../domain/requests/pseudonymise";
import type { Span } from "../../../domain/requests/rules/patterns";
import { infer, loadModel, modelKey, type LoadedModel } from "../inference/registry";

export const TAGGER_ID = "pii-tagger";
export const ROUTING_ID = "request-routing";

const taggerContext = (model: LoadedModel) => contexts[modelKey(model.entry.id, model.entry.version)] as TaggerContext;

export interface EdgePseudonymised extends Pseudonymised {
  model: LoadedModel["entry"];
}

/**
 * The text with its personal data replaced by placeholders, and the mapping back (the replacements);
 * `known` spans (values the sender gave in a form's fields) are hidden too.
 */
export async function pseudonymiseAtEdge(text: string, known: Span[] = []): Promise<EdgePseudonymised> {
  const tagger = await loadModel(TAGGER_ID);
  const spans = await findPii(text, (rows) => infer(tagger, rows), taggerContext(tagger), known);
  return { ...replaceSpans(text, spans), model: tagger.entry };
}

/** Routing proposals for pseudonymised texts, in one model run, with the model version that made them. */
export async function routeAtEdge(texts: string[]): Promise<{ proposals: RoutingProposal[]; model: LoadedModel["entry"] }> {
  const routing = await loadModel(ROUTING_ID);
  return { proposals: await proposeRouting(texts, (rows) => infer(routing, rows)), model: routing.entry };
}
