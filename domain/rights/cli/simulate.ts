// Command line: simulates the rights of a household described in a JSON file and prints the results as JSON.
// Usage: npx tsx domain/rights/cli/simulate.ts household.json [--date YYYY-MM-DD] [--lang fr|en]
import { readFileSync } from "node:fs";
import { z } from "zod";
import { isLanguage, translator, type Language } from "../../i18n/index.ts";
import { todayInParis } from "../../time/paris.ts";
import { rightsCodeTranslations, type MessageCode } from "../translations.ts";
import { parseHousehold, simulate, type SimulationResult } from "../simulate.ts";

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function withTexts(result: SimulationResult, language: Language) {
  const text = translator(rightsCodeTranslations, language);
  return {
    ...result,
    results: result.results.map((r) => ({
      ...r,
      name: text(`benefit.${r.benefit}` as MessageCode),
      reasons: r.reasons.map((reason) => ({ ...reason, text: text(reason.code, reason.params) })),
      steps: r.steps.map((step) => ({ ...step, text: text(step.label, step.params) })),
      howToClaim: { ...r.howToClaim, text: text(r.howToClaim.code) },
    })),
  };
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!file) {
  console.error("usage: simulate.ts household.json [--date YYYY-MM-DD] [--lang fr|en]");
  process.exit(2);
}
const date = option(args, "--date") ?? todayInParis();
const language = option(args, "--lang");
if (language !== undefined && !isLanguage(language)) {
  console.error("--lang must be fr or en");
  process.exit(2);
}
try {
  const result = simulate(parseHousehold(JSON.parse(readFileSync(file, "utf8"))), { date });
  console.log(JSON.stringify(language ? withTexts(result, language) : result, null, 2));
} catch (error) {
  if (error instanceof z.ZodError) console.error(z.prettifyError(error));
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
