// Both languages complete: every message catalogue of the web app (each `messages.ts` declaring
// `defineMessages({ fr, en })`) has the same keys in French and English, no empty message, the same
// {placeholders} on both sides, and no English message left as a copy of the French one.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const webSrc = fileURLToPath(new URL("../../../web/src/", import.meta.url));

/** Words that are the same in both languages (names, acronyms, units). */
const SAME_IN_BOTH = /^(Recoque|RSA|ASPA|CSS|IBMn|IBMx|ONNX|SHA-256|API|JSON|CSV|OK|Email|E-mail|Total|Date|Version \{version\}|\{[a-zA-Z]+\}|[\d\s.,:%€/()-]*)$/;

function messageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return messageFiles(path);
    return /^messages\.ts$|Messages\.ts$/.test(name) ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const files = messageFiles(webSrc);

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
  }
});
