// The personal-data page's retention periods are the ones the purge applies (domain/privacy/data-classes.ts),
// in both languages: each row's figure read back as days equals its class's period, every personal data class
// is shown under one processing, and the audit log's row is AUDIT_RETENTION_DAYS.
import { expect, test } from "vitest";
import { AUDIT_RETENTION_DAYS, DATA_CLASSES } from "../../../domain/privacy/data-classes";
import { LANGUAGES } from "../../../domain/i18n";
import { retentionRows, type Processing } from "../../../web/src/pages/personal-data/retention";

const PROCESSINGS: Processing[] = ["heat", "requests", "rights", "sales", "audit"];

/** The days a period text says ("60 jours", "2 ans", "1 day after…"), read back without the page's code. */
function daysOf(period: string): number {
  const match = /^(\d+) (jours?|ans?|days?|years?)\b/.exec(period);
  if (!match) throw new Error(`not a period: ${period}`);
  return Number(match[1]) * (/^(an|year)/.test(match[2]) ? 365 : 1);
}

test.each(LANGUAGES)("%s: every row shows its class's retention period", (language) => {
  for (const processing of PROCESSINGS.filter((p) => p !== "audit")) {
    const rows = retentionRows(processing, language);
    expect(rows.length, processing).toBeGreaterThan(0);
    for (const row of rows) {
      const dataClass = DATA_CLASSES.find((c) => c.id === row.id)!;
      expect(daysOf(row.period), row.id).toBe(dataClass.retentionDays);
      expect(row.data).toBe(dataClass.description[language]);
    }
  }
  const [audit] = retentionRows("audit", language);
  expect(daysOf(audit.period)).toBe(AUDIT_RETENTION_DAYS);
});

test("every personal data class is shown under a processing of the page", () => {
  const shown = PROCESSINGS.flatMap((p) => retentionRows(p, "fr").map((row) => row.id));
  expect(DATA_CLASSES.filter((c) => c.personal && !shown.includes(c.id)).map((c) => c.id)).toEqual([]);
});

test("the register's period counts from the registration's end, in both languages", () => {
  expect(retentionRows("heat", "fr").find((r) => r.id === "heat.register")!.period).toMatch(/^1 jour après la fin de l'inscription$/);
  expect(retentionRows("heat", "en").find((r) => r.id === "heat.register")!.period).toMatch(/^1 day after the registration ends$/);
});
