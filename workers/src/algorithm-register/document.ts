// The public algorithm register (CRPA L312-1-3), generated: one entry per use case (domain/algorithm-register/entries,
// whose figures are filled from the current model cards among other sources) joined with what other files
// already say, so nothing is written twice — each model's card, the data classes and their retention periods (domain/privacy/data-classes.ts), the roles that may read the data and how a person
// exports or erases it (privacy/purposes.ts), and the kinds of individual explanations served.
import { cards, manifest } from "../../../models/artifacts";
import type { ModelCard } from "../../../models/cards/schema";
import type { ModelId } from "../../../models/features";
import { modelKey } from "../../../models/manifest";
import { registerEntries } from "../../../domain/algorithm-register/entries/index";
import { STANDARDS } from "../../../domain/algorithm-register/fields";
import type { PublishedEntry, PublishedModel, PublishedRegister } from "../../../domain/algorithm-register/published";
import type { RegisterEntry } from "../../../domain/algorithm-register/schema";
import { explainers } from "../explanations/registry";
import { purposeById, purposeReadBy } from "../privacy/purposes";
import { dataClasses } from "../privacy/retention";
import { modelSummary } from "./models";

const currentEntries = () => manifest.models.filter((m) => m.current);
const cardOf = (m: { id: string; version: string }) => cards[modelKey(m.id, m.version)] as ModelCard;

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
  const current = currentEntries();
  const models = current.map((m) => modelSummary(m, cardOf(m)));
  const currentCards = Object.fromEntries(current.map((m) => [m.id, cardOf(m)])) as Record<ModelId, ModelCard>;
  const entries = registerEntries(currentCards).map((entry) => publishedEntry(entry, models));
  return {
    title: { fr: "Registre public des algorithmes de Recoque — Ville de Paris", en: "Public algorithm register of Recoque — City of Paris" },
    publisher: "Ville de Paris",
    licence: "Licence Ouverte / Etalab 2.0",
    standards: STANDARDS,
    lastChangeDate: entries.map((e) => e.lastChangeDate).sort().at(-1)!,
    entries,
  };
}
