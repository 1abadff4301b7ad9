// The routing proposal of a (pseudonymised) request from the request-routing model's outputs: the most
// probable theme and office, and the top 3 of each with their calibrated probabilities. The same code in
// the Worker, the agent's browser and the evaluation command (`run` is whichever ORT session). Shared code.
import { OFFICES, THEMES, type Office, type Theme } from "../../domain/requests/labels.ts";
import type { RunModel } from "../pii-tagger/find.ts";
import { encodeRows, featureDefinition } from "../features.ts";

export interface Ranked<L extends string> {
  label: L;
  p: number;
}

export interface RoutingProposal {
  theme: Theme;
  whereToGo: Office;
  /** Where to go: the 3 most probable offices. */
  top3: Ranked<Office>[];
  themeTop3: Ranked<Theme>[];
}

const WIDTH = THEMES.length + OFFICES.length;
const round = (p: number) => Math.round(p * 10_000) / 10_000;

function top3<L extends string>(labels: readonly L[], probabilities: ArrayLike<number>): Ranked<L>[] {
  return labels
    .map((label, i) => ({ label, p: probabilities[i] }))
    .sort((a, b) => b.p - a.p || labels.indexOf(a.label) - labels.indexOf(b.label))
    .slice(0, 3)
    .map((r) => ({ label: r.label, p: round(r.p) }));
}

/** One row of model output ([theme probabilities, office probabilities]) as a proposal. */
export function proposalOf(row: ArrayLike<number>): RoutingProposal {
  const themes = top3(THEMES, Array.prototype.slice.call(row, 0, THEMES.length));
  const offices = top3(OFFICES, Array.prototype.slice.call(row, THEMES.length, WIDTH));
  return { theme: themes[0].label, whereToGo: offices[0].label, top3: offices, themeTop3: themes };
}

/** Proposals for several texts in one model run. */
export async function proposeRouting(texts: string[], runRouting: RunModel): Promise<RoutingProposal[]> {
  if (texts.length === 0) return [];
  const output = await runRouting(encodeRows(featureDefinition("request-routing"), texts, null));
  return texts.map((_, i) => proposalOf(output.subarray(i * WIDTH, (i + 1) * WIDTH)));
}
