// Catalogue keys for the register's enumerated values (status, risk level, roles…), and small formatters.
import type { RegisterEntry } from "../../../../domain/algorithm-register/schema";
import type { Role } from "../../../../domain/contracts/roles";
import { dateTimeFormat, type CatalogueKey, type Language } from "../../../../domain/i18n";
import { dayToDate } from "../../../../domain/time/days";
import type { registerTranslations } from "./translations";

type Key = CatalogueKey<typeof registerTranslations>;

export const statusKey: Record<RegisterEntry["status"], Key> = {
  planned: "statusPlanned",
  design: "statusDesign",
  development: "statusDevelopment",
  pilot: "statusPilot",
  evaluation: "statusEvaluation",
  operational: "statusOperational",
  retired: "statusRetired",
};

export const riskKey: Record<RegisterEntry["riskCategory"]["level"], Key> = {
  "minimal risk": "riskMinimal",
  "limited risk": "riskLimited",
  "high risk": "riskHigh",
  unacceptable: "riskUnacceptable",
};

export const personalKey: Record<RegisterEntry["data"]["sources"][number]["personalData"], Key> = {
  identified: "personalIdentified",
  pseudonymised: "personalPseudonymised",
  none: "personalNone",
};

export const useKey: Record<RegisterEntry["data"]["sources"][number]["use"][number], Key> = {
  training: "useTraining",
  evaluation: "useEvaluation",
  operation: "useOperation",
};

export const seriousnessKey: Record<RegisterEntry["fundamentalRights"]["rights"][number]["seriousness"], Key> = {
  none: "seriousnessNone",
  low: "seriousnessLow",
  moderate: "seriousnessModerate",
  high: "seriousnessHigh",
};

export const roleKey: Record<Role, Key> = {
  "heat-agent": "roleHeatAgent",
  "social-agent": "roleSocialAgent",
  "tax-agent": "roleTaxAgent",
  ops: "roleOps",
  auditor: "roleAuditor",
};

/** Pages and public sites are links; repository paths (docs/…, models/…) and API routes are shown as code. */
export const isWebLink = (link: string) => link.startsWith("https://") || (link.startsWith("/") && !link.startsWith("/api/"));

/** A day of the register (YYYY-MM-DD) written in words: "28 novembre 2026". */
export const longDate = (day: string, lang: Language) => dateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(dayToDate(day));
