// Both languages complete: every message catalogue of the web app (each `translations.ts` declaring
// `defineMessages({ fr, en })`) has the same keys in French and English, no empty message, the same
// {placeholders} on both sides, no English message left as a copy of the French one, and both forms of every
// message with a count; and no text of the interface is written in a component instead of a catalogue (JSX text
// and text attributes, parsed).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";
import { plural } from "../../../web/src/app/i18n";

const webSrc = fileURLToPath(new URL("../../../web/src/", import.meta.url));

/** Words that are the same in both languages (names, acronyms, units). */
const SAME_IN_BOTH = /^(Recoque|RSA|ASPA|CSS|IBMn|IBMx|ONNX|SHA-256|API|JSON|CSV|OK|Email|E-mail|Total|Date|Version \{version\}|\{[a-zA-Z]+\}|[\d\s.,:%€/()-]*)$/;

function filesIn(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesIn(path, name);
    return name.test(entry) ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const files = filesIn(webSrc, /^translations\.ts$/);

test("the web app has message catalogues", () => {
  expect(files.length).toBeGreaterThan(3);
});

test.each(files.map((f) => [f.slice(webSrc.length), f] as const))("%s: French and English are complete", async (_, file) => {
  const module = (await import(file)) as Record<string, unknown>;
  const catalogues = Object.values(module).filter((v): v is { fr: Record<string, string>; en: Record<string, string> } =>
    typeof v === "object" && v !== null && "fr" in v && "en" in v);
  expect(catalogues.length).toBeGreaterThan(0);
  for (const { fr, en } of catalogues) {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr)) {
      expect(fr[key].trim(), `fr.${key}`).not.toBe("");
      expect(en[key].trim(), `en.${key}`).not.toBe("");
      expect(placeholders(en[key]), `placeholders of ${key}`).toEqual(placeholders(fr[key]));
      if (fr[key] === en[key]) expect(fr[key], `en.${key} is a copy of the French text`).toMatch(SAME_IN_BOTH);
    }
    for (const key of Object.keys(fr).filter((k) => k.endsWith("_one"))) expect(fr, `${key} without its plural`).toHaveProperty(key.replace(/_one$/, "_other"));
  }
});

test("plural forms follow each language's grammar: French counts 0 and 1 as singular, English only 1", () => {
  expect([0, 1, 2, 21].map((n) => plural("lines", n, "fr"))).toEqual(["lines_one", "lines_one", "lines_other", "lines_other"]);
  expect([0, 1, 2, 21].map((n) => plural("lines", n, "en"))).toEqual(["lines_other", "lines_one", "lines_other", "lines_other"]);
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
