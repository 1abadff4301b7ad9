// A model's entry in the public register, taken from its card (one source): what it is for, its data, how
// well it does overall and by group, its fairness checks summarised per attribute, its proxy checks and what
// could not be measured, its limits and what the CRPA asks to be told.
import type { ModelCard } from "../../../models/cards/schema";
import type { FairnessSummary, PublishedModel } from "../../../domain/algorithm-register/published";
import type { ModelEntry } from "../../../models/manifest";

/** One line per (attribute, metric): the largest gap of its groups against the allowed gap. */
export function fairnessSummary(checks: ModelCard["fairness"]["checks"]): FairnessSummary[] {
  const byKey = new Map<string, FairnessSummary>();
  for (const check of checks) {
    const key = `${check.attribute}|${check.metric}`;
    const gap = Math.abs(check.value - check.reference);
    const line = byKey.get(key);
    if (!line) {
      byKey.set(key, { attribute: check.attribute, metric: check.metric, groups: 1, reference: check.reference, worstGroup: check.group, worstGap: gap, maxGap: check.maxGap, passed: check.passed });
      continue;
    }
    line.groups++;
    line.passed &&= check.passed;
    line.maxGap = Math.min(line.maxGap, check.maxGap);
    if (gap > line.worstGap) Object.assign(line, { worstGroup: check.group, worstGap: gap });
  }
  return [...byKey.values()];
}

export function modelSummary(entry: ModelEntry, card: ModelCard): PublishedModel {
  return {
    id: card.id,
    version: card.version,
    current: entry.current,
    useCase: card.useCase,
    name: card.name,
    description: card.details.description,
    modelType: card.details.modelType,
    owners: card.details.owners,
    licences: card.details.licences,
    runsOn: card.details.runsOn,
    intendedUse: card.intendedUse,
    data: {
      sources: card.data.sources,
      training: { window: card.data.training.window, rows: card.data.training.rows },
      evaluation: card.data.evaluation,
      features: card.data.features.map((f) => ({ name: f.name, description: f.description, source: f.source })),
    },
    metrics: { overall: card.metrics.overall, notes: card.metrics.notes },
    fairness: {
      protectedAttributes: card.fairness.protectedAttributes,
      checks: fairnessSummary(card.fairness.checks),
      proxies: card.fairness.proxies,
      unmeasured: card.fairness.unmeasured ?? [],
      notGated: card.fairness.notGated ?? [],
      notes: card.fairness.notes,
    },
    limits: card.limits,
    ethicalConsiderations: card.ethicalConsiderations,
    crpa: card.crpa,
    sha256: card.artifact.sha256,
    cardUrl: `/api/v1/models/${card.id}`,
    page: `/modeles#model-${card.id}`,
  };
}
