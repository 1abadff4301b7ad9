// The public algorithm register's entry schema: one entry per use case, with the fields of the UK
// Algorithmic Transparency Recording Standard (tiers 1 and 2), the Dutch algorithm register standard (0.3.1)
// and the Amsterdam/Utrecht register, plus what French law asks (CRPA L311-3-1, R311-3-1-2, L312-1-3) and the
// EU AI Act's classification. Which field stands for which standard's attribute: ./fields.ts. Every text is
// French first, English second. Shared code (the Worker serves the register, the page reads it).
import { z } from "zod";
import { isIsoDay } from "../time/days.ts";
import { bilingual } from "../../models/cards/schema.ts";

const isoDate = z.string().refine(isIsoDay, "expected a calendar day YYYY-MM-DD");
/** The NL standard's "description": an explanation of 500 to 10,000 characters. */
const explanation = z.object({ fr: z.string().min(500).max(10_000), en: z.string().min(500).max(10_000) });
/** A link: an absolute https URL, or a path of this app or of the repository (docs/…, models/…). */
const link = z.string().regex(/^(https:\/\/|\/|[a-z]+\/)\S+$/);

/** NL "domain" values (English labels of the Dutch standard). */
export const registerDomains = [
  "taxes",
  "housing, living and living environment",
  "health and health care",
  "public safety",
  "subsidies, benefits and allowances",
  "family, youth and households",
  "environment, spacial planning and water",
  "organisation and business operations",
] as const;

/** NL "status", which also covers UK "phase" (idea/design/development/production/retired). */
export const registerStatuses = ["planned", "design", "development", "pilot", "evaluation", "operational", "retired"] as const;

export const algorithmSchema = z.object({
  /** A model id of the registry (its card is in the register too) or the id of a rule. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  kind: z.enum(["model", "rule"]),
  name: bilingual,
  /** What this algorithm does within the use case. */
  role: bilingual,
  /** Where its rules or code are published (CRPA L312-1-3). */
  source: link,
});

export const dataSourceEntrySchema = z.object({
  name: bilingual,
  description: bilingual,
  url: link,
  /** Amsterdam "Persoonsgegevens": identified, pseudonymised or none. */
  personalData: z.enum(["identified", "pseudonymised", "none"]),
  collection: bilingual,
  use: z.array(z.enum(["training", "evaluation", "operation"])).min(1),
});

export const riskSchema = z.object({
  name: bilingual,
  description: bilingual,
  mitigation: bilingual,
});

/** A summary of the Dutch fundamental-rights and algorithms impact assessment (FRAIA / IAMA), part by part. */
export const fundamentalRightsAssessmentSchema = z.object({
  method: z.literal("FRAIA (IAMA) 2021 — summary"),
  /** Part 1 — why: problem, objective, public values served and at stake. */
  why: bilingual,
  /** Part 2 — what: data and algorithm, their quality, bias and explainability. */
  what: bilingual,
  /** Part 3 — how: decisions on the output, the human role, effects, procedures, context, communication, audit. */
  how: bilingual,
  /** Part 4 — fundamental rights: each right affected, seriousness, efficacy, necessity and subsidiarity, balance. */
  rights: z
    .array(
      z.object({
        right: bilingual,
        seriousness: z.enum(["none", "low", "moderate", "high"]),
        assessment: bilingual,
      }),
    )
    .min(1),
  necessityAndSubsidiarity: bilingual,
  balance: bilingual,
});

/**
 * The AI Act (Regulation (EU) 2024/1689) duties of the City for this use case, each with where Recoque meets it:
 * the deployer's logs and information of the people concerned (Art. 26(6), 26(11)), the fundamental-rights impact
 * assessment points (a)–(f) (Art. 27(1)) for a high-risk use, or why none is due, the transparency of texts prepared
 * with an automated tool (Art. 50), and the right to an explanation (Art. 86).
 */
export const aiActSchema = z.object({
  /** Provider (it builds its models itself, Art. 3(3)), deployer (Art. 3(4)), or both. */
  role: bilingual,
  logs: z.object({
    article: z.literal("26(6)"),
    /** How long the audit log keeps each entry (at least six months). */
    retentionDays: z.number().int().min(183),
    where: bilingual,
  }),
  informed: z.object({ article: z.literal("26(11)"), how: bilingual }),
  fria: z.discriminatedUnion("due", [
    z.object({
      due: z.literal(true),
      article: z.literal("27"),
      /** (a) the deployer's processes that use the system. */
      processes: bilingual,
      /** (b) the period and frequency of use. */
      periodAndFrequency: bilingual,
      /** (c) the categories of people and groups affected. */
      affectedPersons: bilingual,
      /** (d) the specific risks of harm to them. */
      risksOfHarm: bilingual,
      /** (e) the human oversight measures. */
      humanOversight: bilingual,
      /** (f) the measures if the risks materialise: internal governance and complaints. */
      ifRisksMaterialise: bilingual,
      /** Art. 27(3): the notification of the results to the market surveillance authority. */
      notification: bilingual,
    }),
    z.object({ due: z.literal(false), article: z.literal("27"), why: bilingual }),
  ]),
  transparency: z.object({ article: z.literal("50"), applies: z.boolean(), how: bilingual }),
  explanation: z.object({
    article: z.literal("86"),
    /** How a person asks for the explanation of a decision that concerns them. */
    howToAsk: bilingual,
    /** What the answer contains, and where it comes from. */
    answer: bilingual,
  }),
});

export const impactAssessmentSchema = z.object({
  name: bilingual,
  description: bilingual,
  date: isoDate,
  link,
});

export const registerEntrySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  useCase: z.enum(["heat", "rights", "sales", "requests"]),

  // Overview (UK tier 1; NL basic information)
  name: bilingual,
  summary: z.object({ fr: z.string().min(1).max(150), en: z.string().min(1).max(150) }),
  description: explanation,
  website: link,
  keywords: z.object({ fr: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }),

  // Owner and responsibility
  organisation: z.string().min(1),
  team: bilingual,
  seniorResponsibleOwner: bilingual,
  contact: z.object({ email: z.email(), phone: z.string().optional(), name: bilingual }),
  supplier: z.object({
    name: z.string().min(1),
    identifier: z.string().optional(),
    role: bilingual,
    dataAccessTerms: bilingual,
  }),
  area: z.string().min(1),
  domain: z.enum(registerDomains),
  status: z.enum(registerStatuses),

  // Description and use case
  algorithms: z.array(algorithmSchema).min(1),
  scope: bilingual,
  benefit: bilingual,
  decisionMakingProcess: bilingual,
  impact: bilingual,
  proportionality: bilingual,
  alternativesConsidered: bilingual,
  legalBasis: z.object({ text: bilingual, references: z.array(z.object({ label: z.string().min(1), url: link })).min(1) }),
  algorithmType: z.enum(["self-learning", "rule-based", "hybrid"]),
  useType: z.enum(["descriptive", "diagnostic", "predictive", "prescriptive"]),
  modelType: bilingual,
  frequencyOfUse: bilingual,
  maintenance: bilingual,
  systemArchitecture: link,
  codebase: link,

  // Oversight
  processIntegration: bilingual,
  providedInformation: bilingual,
  humanDecisions: bilingual,
  requiredTraining: bilingual,
  appealsAndReview: bilingual,
  monitoring: bilingual,
  rollback: bilingual,

  // Data
  data: z.object({
    sources: z.array(dataSourceEntrySchema).min(1),
    training: bilingual,
    collection: bilingual,
    sharingAgreements: bilingual,
    accessAndStorage: bilingual,
    connectedSources: bilingual,
    bias: bilingual,
  }),

  // Risks, impact assessments, non-discrimination
  riskCategory: z.object({ level: z.enum(["minimal risk", "limited risk", "high risk", "unacceptable"]), reason: bilingual }),
  risks: z.array(riskSchema).min(1),
  nonDiscrimination: bilingual,
  protectedAttributesUsed: z.array(z.object({ attribute: z.string().min(1), why: bilingual })),
  impactAssessments: z.array(impactAssessmentSchema).min(1),
  fundamentalRights: fundamentalRightsAssessmentSchema,
  aiAct: aiActSchema,

  // French law
  crpa: z.object({
    /** Does an algorithm here found an individual administrative decision (L311-3-1)? */
    individualDecision: z.boolean(),
    mention: bilingual,
    /** How a person obtains the rules and how they applied to them (R311-3-1-2). */
    explanation: bilingual,
  }),

  // Metadata (NL)
  publicationDate: isoDate,
  lastChangeDate: isoDate,
  revisionDate: isoDate,
  revisionNote: bilingual,
});

export type RegisterEntry = z.infer<typeof registerEntrySchema>;
