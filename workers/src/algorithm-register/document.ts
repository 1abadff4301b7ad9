// The public algorithm register (CRPA L312-1-3), generated: one entry per use case (domain/algorithm-register/entries)
// joined with what other files already say, so nothing is written twice — each model's card, the data classes
// and their retention periods (privacy/retention.ts), the roles that may read the data and how a person
// exports or erases it (privacy/purposes.ts), and the kinds of individual explanations served.
import { cards, manifest } from "../../../models/artifacts";
import type { ModelCard } from "../../../models/cards/schema";
import { registerEntries } from "../../../domain/algorithm-register/entries/index";
import { STANDARDS } from "../../../domain/algorithm-register/fields";
import type { PublishedEntry, PublishedModel, PublishedRegister } from "../../../domain/algorithm-register/published";
import type { RegisterEntry } from "../../../domain/algorithm-register/schema";
import { explainers } from "../explanations/registry";
import { purposeById, purposeReadBy } from "../privacy/purposes";
import { dataClasses } from "../privacy/retention";
import { modelSummary } from "./models";

const currentModels = (): PublishedModel[] =>
  manifest.models.filter((m) => m.current).map((m) => modelSummary(m, cards[`${m.id}@${m.version}`] as ModelCard));

function publishedEntry(entry: RegisterEntry, models: PublishedModel[]): PublishedEntry {
  const purpose = purposeById(entry.useCase);
  if (!purpose) throw new Error(`register entry ${entry.id}: no purpose "${entry.useCase}" in privacy/purposes.ts`);
  return {
    ...entry,
    lang: ["fr", "en"],
    standards: STANDARDS,
    models: models.filter((m) => entry.algorithms.some((a) => a.kind === "model" && a.id === m.id)),
    dataClasses: dataClasses
      .filter((d) => d.id.startsWith(purpose.dataClassPrefix))
      .map((d) => ({ id: d.id, description: d.description, personal: d.personal, retentionDays: d.retentionDays, justification: d.justification })),
    access: { readers: purpose.readers, operators: purpose.operators },
    subjectRights: purpose.subjectRights,
    explanations: Object.entries(explainers)
      .filter(([, explainer]) => purposeReadBy(explainer.roles)?.id === purpose.id)
      .map(([kind, explainer]) => ({ kind, route: `/api/v1/explanations/${kind}/{id}`, roles: explainer.roles })),
  };
}

export function buildRegister(): PublishedRegister {
  const models = currentModels();
  const entries = registerEntries.map((entry) => publishedEntry(entry, models));
  return {
    title: { fr: "Registre public des algorithmes de Recoque — Ville de Paris", en: "Public algorithm register of Recoque — City of Paris" },
    publisher: "Ville de Paris",
    licence: "Licence Ouverte / Etalab 2.0",
    standards: STANDARDS,
    lastChangeDate: entries.map((e) => e.lastChangeDate).sort().at(-1)!,
    entries,
  };
}
