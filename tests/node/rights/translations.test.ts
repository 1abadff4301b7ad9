// Every code the engine emits has a French and an English text whose placeholders the engine fills.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LANGUAGES, placeholders, translator, type Language } from "../../../domain/i18n/index.ts";
import { rightsCodeTranslations, type MessageCode } from "../../../domain/rights/translations.ts";
import { benefits, parseHousehold, simulate } from "../../../domain/rights/simulate.ts";
import { dateArbitrary, householdArbitrary } from "./arbitraries.ts";
import { referenceCases } from "./reference-households.ts";

const textOf = (code: MessageCode, params: Record<string, number | string>, language: Language) =>
  translator(rightsCodeTranslations, language)(code, params);

function checkFilled(code: MessageCode, params: Record<string, number | string> = {}) {
  for (const language of LANGUAGES) {
    const text = rightsCodeTranslations[language][code];
    expect(text.trim().length, `${code} ${language}`).toBeGreaterThan(0);
    for (const name of placeholders(text)) expect(params, `${code} ${language} needs {${name}}`).toHaveProperty(name);
    expect(textOf(code, params, language)).not.toMatch(/\{\w+\}/);
  }
}

describe("texts of the emitted codes", () => {
  test("every benefit has a name and a way to claim in both languages", () => {
    for (const [benefit, spec] of Object.entries(benefits)) {
      checkFilled(`benefit.${benefit}` as MessageCode);
      checkFilled(spec.howToClaim.code);
      expect(spec.howToClaim.url).toMatch(/^https:\/\//);
    }
  });

  test("reasons and steps of generated and reference households have their texts filled", () => {
    const seen = new Set<string>();
    const check = (input: unknown, date: string) => {
      for (const r of simulate(parseHousehold(input), { date }).results) {
        for (const reason of r.reasons) {
          checkFilled(reason.code, reason.params);
          seen.add(reason.code);
        }
        for (const step of r.steps) {
          checkFilled(step.label, step.params);
          seen.add(step.label);
        }
      }
    };
    for (const c of referenceCases) check(c.household, c.date);
    fc.assert(fc.property(householdArbitrary, dateArbitrary, (h, d) => check(h, d)), { numRuns: 600, seed: 11 });
    expect(seen.size).toBeGreaterThan(60);
  });

  test("numbers are written the French or the English way", () => {
    expect(textOf("aspa.resourcesTooHigh", { ceiling: 1034.28 }, "fr")).toContain("1\u202f034,28");
    expect(textOf("aspa.resourcesTooHigh", { ceiling: 1034.28 }, "en")).toContain("1,034.28");
  });
});
