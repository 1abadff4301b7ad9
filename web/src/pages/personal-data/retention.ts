// The retention periods the personal-data page shows, read from where they are set (domain/privacy/data-classes.ts,
// which the Worker's nightly purge applies): each processing's data classes, and the audit log's period.
import { AUDIT_RETENTION_DAYS, DATA_CLASSES, type DataClassFacts } from "../../../../domain/privacy/data-classes";
import { inLanguage, translator, type Language } from "../../../../domain/i18n";
import { retentionPeriod } from "../../app/retention";
import { personalDataTranslations } from "./translations";

export type Processing = "heat" | "requests" | "rights" | "sales" | "audit";

export interface RetentionRow {
  id: string;
  data: string;
  personal: boolean;
  period: string;
  why: string;
}

const classes: readonly DataClassFacts[] = DATA_CLASSES;

export function retentionRows(processing: Processing, language: Language): RetentionRow[] {
  const t = translator(personalDataTranslations, language, "digits");
  if (processing === "audit") {
    return [{ id: "audit", data: t("auditPeriodData"), personal: true, period: retentionPeriod(AUDIT_RETENTION_DAYS, language), why: t("auditPeriodWhy") }];
  }
  return classes
    .filter((c) => c.id.startsWith(`${processing}.`))
    .map((c) => ({
      id: c.id,
      data: inLanguage(c.description, language),
      personal: c.personal,
      period: [retentionPeriod(c.retentionDays, language), c.countedFrom && inLanguage(c.countedFrom, language)].filter(Boolean).join(" "),
      why: inLanguage(c.justification, language),
    }));
}
