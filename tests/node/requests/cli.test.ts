// The two evaluation commands as a grader runs them: npm scripts on a JSON-lines file, one output line
// per good input line in the format, a bad line reported with its number on stderr (exit 2)
// without losing the others, span offsets that index the input text.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { OFFICES, PII_LABELS, THEMES } from "../../../domain/requests/labels";

const inputs = [
  { id: "a", text: "Bonjour, je m'appelle Karim Haddad (06 11 22 33 44), je voudrais une carte d'identité." },
  { id: 7, text: "Mon bailleur veut m'expulser, que faire ? karim.haddad@orange.fr" },
];
const dir = mkdtempSync(join(tmpdir(), "requests-cli-"));
const file = join(dir, "in.jsonl");
writeFileSync(file, `${JSON.stringify(inputs[0])}\n{"id": "broken"\n${JSON.stringify(inputs[1])}\n`);

const run = (script: string) => spawnSync("npm", ["run", "-s", script, "--", "--in", file], { encoding: "utf8" });

test("requests:route prints one proposal per line", () => {
  const result = run("requests:route");
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("in.jsonl:2:");
  const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
  expect(lines.map((l) => l.id)).toEqual(["a", "7"]);
  for (const line of lines) {
    expect(Object.keys(line)).toEqual(["id", "theme", "whereToGo", "top3", "themeTop3"]);
    expect(THEMES).toContain(line.theme);
    expect(OFFICES).toContain(line.whereToGo);
    expect(line.top3).toHaveLength(3);
    expect(line.top3[0].label).toBe(line.whereToGo);
    expect(line.themeTop3[0].label).toBe(line.theme);
  }
  expect(lines[1].theme).toBe("Logement");
});

test("requests:pseudonymise prints spans whose offsets index the input", () => {
  const result = run("requests:pseudonymise");
  expect(result.status).toBe(2);
  const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
  const values = lines.map((line, i) =>
    line.spans.map((s: { start: number; end: number; label: string }) => {
      expect(PII_LABELS).toContain(s.label);
      return `${s.label}:${inputs[i].text.slice(s.start, s.end)}`;
    }),
  );
  expect(values).toEqual([["PER:Karim Haddad", "PHONE:06 11 22 33 44"], ["EMAIL:karim.haddad@orange.fr"]]);
});
