// Retention periods as people read them ("60 jours", "2 ans"), taken from the data classes where they are set
// (domain/privacy/data-classes.ts, applied by the Worker's nightly purge): pages never restate a period.
import { DATA_CLASSES, type DataClassId } from "../../../domain/privacy/data-classes";
import { plural, translator, type Language } from "../../../domain/i18n";
import { shellTranslations } from "./translations";

/** A period in whole years when it is one, else in days. */
export function retentionPeriod(days: number, language: Language): string {
  const t = translator(shellTranslations, language, "digits");
  return days % 365 === 0 ? t(plural("periodYears", days / 365, language), { count: days / 365 }) : t(plural("periodDays", days, language), { count: days });
}

export const retentionDaysOf = (id: DataClassId): number => DATA_CLASSES.find((c) => c.id === id)!.retentionDays;
