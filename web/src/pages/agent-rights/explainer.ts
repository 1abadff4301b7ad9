/// <reference types="vite/client" />
// The non-take-up model's trees, for the rank explanations computed in the browser (TreeSHAP). They are
// bundled with the app as a lazy chunk per model version, loaded only when an agent asks for an explanation.
import type { GbdtModel } from "../../../../models/lib/gbdt-model";

const files = import.meta.glob<GbdtModel>("../../../../models/artifacts/non-take-up/*/explainer.json", { import: "default" });

export async function nonTakeUpTrees(version: string): Promise<GbdtModel> {
  const load = files[`../../../../models/artifacts/non-take-up/${version}/explainer.json`];
  if (!load) throw new Error(`no explainer trees for non-take-up ${version}`);
  return load();
}
