// The shape of the published register (GET /api/v1/register), shared by the Worker that builds it
// (workers/src/algorithm-register/document.ts) and the page that shows it (web/src/pages/register/).
import type { Bilingual } from "../i18n/index.ts";
import type { ModelCard } from "../../models/cards/schema.ts";
import type { STANDARDS } from "./fields.ts";
import type { RegisterEntry } from "./schema.ts";

export interface FairnessSummary {
  attribute: string;
  metric: string;
  groups: number;
  reference: number;
  /** The group furthest from the reference, and by how much. */
  worstGroup: string;
  worstGap: number;
  maxGap: number;
  passed: boolean;
}

export interface PublishedModel {
  id: string;
  version: string;
  current: boolean;
  useCase: ModelCard["useCase"];
  name: Bilingual;
  description: Bilingual;
  modelType: Bilingual;
  owners: ModelCard["details"]["owners"];
  licences: ModelCard["details"]["licences"];
  runsOn: ModelCard["details"]["runsOn"];
  intendedUse: ModelCard["intendedUse"];
  data: {
    sources: ModelCard["data"]["sources"];
    training: { window: string; rows: number };
    evaluation: ModelCard["data"]["evaluation"];
    features: { name: string; description: Bilingual; source: string }[];
  };
  metrics: { overall: Record<string, number>; notes: Bilingual[] };
  fairness: {
    protectedAttributes: string[];
    checks: FairnessSummary[];
    proxies: ModelCard["fairness"]["proxies"];
    unmeasured: NonNullable<ModelCard["fairness"]["unmeasured"]>;
    notGated: NonNullable<ModelCard["fairness"]["notGated"]>;
    notes: Bilingual[];
  };
  limits: Bilingual[];
  ethicalConsiderations: Bilingual[];
  crpa: ModelCard["crpa"];
  sha256: string;
  cardUrl: string;
  page: string;
}

export interface PublishedDataClass {
  id: string;
  description: Bilingual;
  personal: boolean;
  retentionDays: number;
  justification: Bilingual;
}

export type PublishedSubjectRights = { export: string; erasure: string; how: Bilingual } | { none: Bilingual };

export interface PublishedEntry extends RegisterEntry {
  lang: string[];
  standards: typeof STANDARDS;
  models: PublishedModel[];
  dataClasses: PublishedDataClass[];
  access: { readers: string[]; operators: string[] };
  subjectRights: Record<string, PublishedSubjectRights>;
  explanations: { kind: string; route: string; roles: string[] }[];
}

export interface PublishedRegister {
  title: Bilingual;
  publisher: string;
  licence: string;
  standards: typeof STANDARDS;
  lastChangeDate: string;
  entries: PublishedEntry[];
}
