// The kinds of individual results that can be explained, who may read each explanation (the agents of the
// use case), and the function that builds it. Use cases register their explainers here.
import type { Role } from "../../../domain/contracts/roles";
import type { Explanation } from "../../../domain/contracts/explanation";
import { heatCallExplainer } from "../heat/explainer";
import { salesCaseExplainer } from "../sales/explainer";

export interface Explainer {
  roles: Role[];
  /** The explanation of result `id`, or null when there is none. */
  explain(env: Env, id: string): Promise<Explanation | null>;
}

export const explainers: Record<string, Explainer> = {
  "heat-call": heatCallExplainer,
  "sales-case": salesCaseExplainer,
};
