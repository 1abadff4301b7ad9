// The request models at the edge: the pii-tagger and the request-routing model from the Worker's model
// runtime (inference/registry.ts), run through the shared code that the browser and the evaluation commands
// run too (models/pii-tagger/find.ts, models/request-routing/propose.ts).
import { findPii } from "../../../models/pii-tagger/find";
import { proposeRouting, type RoutingProposal } from "../../../models/request-routing/propose";
import { replaceSpans, type Pseudonymised } from "../../../domain/requests/pseudonymise";
import type { Span } from "../../../domain/requests/rules/patterns";
import { edgeModels, type LoadedModel } from "../inference/registry";

export interface EdgePseudonymised extends Pseudonymised {
  model: LoadedModel["entry"];
}

/**
 * The text with its personal data replaced by placeholders, and the mapping back (the replacements);
 * `known` spans (values the sender gave in a form's fields) are hidden too.
 */
export async function pseudonymiseAtEdge(text: string, known: Span[] = []): Promise<EdgePseudonymised> {
  const tagger = await edgeModels.load("pii-tagger");
  const spans = await findPii(text, tagger.run, tagger.context, known);
  return { ...replaceSpans(text, spans), model: tagger.entry };
}

/** Routing proposals for pseudonymised texts, in one model run, with the model version that made them. */
export async function routeAtEdge(texts: string[]): Promise<{ proposals: RoutingProposal[]; model: LoadedModel["entry"] }> {
  const routing = await edgeModels.load("request-routing");
  return { proposals: await proposeRouting(texts, routing.run), model: routing.entry };
}
