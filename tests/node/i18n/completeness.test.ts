// Both languages complete, everywhere a text is written for people (domain/i18n/completeness.ts says what
// complete means: no empty text, the same {placeholders} on both sides, no English left as a copy of the
// French, both forms of every count):
// - every catalogue: the web app's (each `translations.ts` declaring `defineCatalogue({ fr, en })`) and the
//   rights engine's (`rightsCodeTranslations`), with the same keys in French and English;
// - every `{ fr, en }` the Worker's text modules export, the published model cards and every JSON data file,
//   and the register entries;
// - every `{ fr, en }` written as literals anywhere in the source (the Worker, domain, models, the web app),
//   including the Worker's explainers, whose computed texts the workerd tests check in their answers;
// and no text of the interface is written in a component instead of a catalogue (JSX text and text
// attributes, parsed).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";
import { registerEntries } from "../../../domain/algorithm-register/entries/index.ts";
import { bilingualProblems, catalogueProblems, findBilingual, textProblems } from "../../../domain/i18n/completeness.ts";
import { rightsCodeTranslations } from "../../../domain/rights/translations.ts";
import { currentCards } from "../lib/current-cards.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const webSrc = join(root, "web/src/");

function filesIn(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry === "node_modules") return [];
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesIn(path, name);
    return name.test(entry) ? [path] : [];
  });
}

const isCatalogue = (v: unknown): v is { fr: Record<string, string>; en: Record<string, string> } =>
  typeof v === "object" && v !== null && "fr" in v && "en" in v;

const files = filesIn(webSrc, /^translations\.ts$/);

test("the web app has catalogues", () => {
  expect(files.length).toBeGreaterThan(3);
});

test.each(files.map((f) => [f.slice(webSrc.length), f] as const))("%s: French and English are complete", async (_, file) => {
  const module = (await import(file)) as Record<string, unknown>;
  const catalogues = Object.entries(module).filter((entry): entry is [string, { fr: Record<string, string>; en: Record<string, string> }] => isCatalogue(entry[1]));
  expect(catalogues.length).toBeGreaterThan(0);
  for (const [name, { fr, en }] of catalogues) expect(catalogueProblems(name, fr, en)).toEqual([]);
});

test("the rights engine's catalogue is complete: every code it emits, in French and English", () => {
  expect(Object.keys(rightsCodeTranslations.fr).length).toBeGreaterThan(60);
  expect(catalogueProblems("rightsCodeTranslations", rightsCodeTranslations.fr, rightsCodeTranslations.en)).toEqual([]);
});

const workerTextModules = filesIn(join(root, "workers/src"), /texts\.ts$/);

test("every { fr, en } the Worker's text modules export is complete", async () => {
  expect(workerTextModules.map((f) => relative(root, f))).toContain("workers/src/sales/texts.ts");
  let found = 0;
  for (const file of workerTextModules) {
    const exported = (await import(file)) as Record<string, unknown>;
    found += findBilingual(exported).length;
    expect(bilingualProblems(exported, relative(root, file))).toEqual([]);
  }
  expect(found).toBeGreaterThan(3);
});

/** JSON data files of the shared code and the models (JSON Schemas excepted): model cards, risk factors… */
const dataFiles = [...filesIn(join(root, "domain"), /\.json$/), ...filesIn(join(root, "models"), /\.json$/)].filter((f) => !f.endsWith(".schema.json"));

test("the published model cards and every JSON data file hold complete { fr, en } texts", () => {
  const cards = dataFiles.filter((f) => f.endsWith("card.json"));
  expect(cards.length).toBeGreaterThanOrEqual(3);
  for (const file of cards) expect(findBilingual(JSON.parse(readFileSync(file, "utf8"))).length, relative(root, file)).toBeGreaterThan(20);
  for (const file of dataFiles) expect(bilingualProblems(JSON.parse(readFileSync(file, "utf8")), relative(root, file))).toEqual([]);
});

test("every register entry is complete in French and English", () => {
  const entries = registerEntries(currentCards());
  expect(entries.length).toBeGreaterThanOrEqual(3);
  for (const entry of entries) {
    expect(findBilingual(entry).length, entry.id).toBeGreaterThan(40);
    expect(bilingualProblems(entry, entry.id)).toEqual([]);
  }
});

/** A string written as a literal: "…", '…' or `…` without substitutions. */
const literalText = (node: ts.Expression | undefined) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/** Every `{ fr: "…", en: "…" }` written with literal texts in a source file, and where. */
function literalPairs(file: string): { at: string; fr: string; en: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { at: string; fr: string; en: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const text = (name: string) => {
        const property = node.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source).replace(/["']/g, "") === name);
        return property && ts.isPropertyAssignment(property) ? literalText(property.initializer) : undefined;
      };
      const [fr, en] = [text("fr"), text("en")];
      if (fr !== undefined && en !== undefined) found.push({ at: `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, fr, en });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const sources = ["workers/src", "domain", "models", "web/src"]
  .flatMap((dir) => filesIn(join(root, dir), /\.tsx?$/))
  .filter((f) => !f.endsWith(".d.ts") && !f.includes("/artifacts/"));

test("every { fr, en } written as literals in the source is complete", () => {
  const pairs = sources.flatMap(literalPairs);
  expect(pairs.map((p) => p.at)).toEqual(expect.arrayContaining([expect.stringMatching(/^workers\/src\/algorithm-register\/document\.ts:/), expect.stringMatching(/^domain\/privacy\/data-classes\.ts:/)]));
  expect(pairs.length).toBeGreaterThan(100);
  expect(pairs.flatMap((p) => textProblems(p.at, p.fr, p.en))).toEqual([]);
});

/** Units and symbols, the same in every language. */
const UNIT = /^(m²|°C|€\/m²|€|%)$/;
const TEXT_ATTRIBUTES = /^(aria-label|aria-description|title|alt|placeholder|label|caption|emptyText|xLabel|yLabel)$/;

/** Text written in a component's JSX: text between tags, and string literals given to text attributes. */
function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text) && !UNIT.test(node.text.trim())) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && TEXT_ATTRIBUTES.test(node.name.getText())) {
      if (/\p{L}/u.test(node.initializer.text) && !UNIT.test(node.initializer.text)) found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const components = filesIn(webSrc, /\.tsx$/);

test.each(components.map((f) => [f.slice(webSrc.length), f] as const))("%s: every text comes from a catalogue", (_, file) => {
  expect(literalTexts(file)).toEqual([]);
});
