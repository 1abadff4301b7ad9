// The register's entries against the standards they follow: every required attribute of the UK Algorithmic
// Transparency Recording Standard (tiers 1 and 2) and of the Dutch standard 0.3.1 is mapped to a field, every
// entry validates and fills its own fields, every repository path it cites exists, and docs/trust.md documents
// every mapping. (The generated parts — models, data classes, access — are checked in the Worker:
// tests/worker/trust/algorithm-register.test.ts.)
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { registerEntries } from "../../../domain/algorithm-register/entries/index";
import { parseCsv } from "../../../domain/csv/reader";
import { SHARED_DATA_DIR } from "../../../domain/evaluation/shared-data";
import { fieldMappings } from "../../../domain/algorithm-register/fields";
import { MAPPING_END, MAPPING_START, mappingTable } from "../../../domain/algorithm-register/mapping-table";
import { registerEntrySchema } from "../../../domain/algorithm-register/schema";
import { isFilled, valuesAt } from "../../worker/trust/paths";
import { currentCards } from "../lib/current-cards";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const registers = `${SHARED_DATA_DIR}/registers/`;
const entries = registerEntries(currentCards());

/** Rows of a CSV file with quoted fields that may hold commas and newlines. */
const csvRows = (text: string): string[][] => parseCsv(text).map((record) => record.cells ?? []);

function ukAttributes(): { attribute: string; required: boolean }[] {
  const [header, ...rows] = csvRows(readFileSync(`${registers}uk_atrs_v1_fields.csv`, "utf8"));
  const at = (name: string) => header.indexOf(name);
  return rows.filter((r) => r[at("attribute")]).map((r) => ({ attribute: r[at("attribute")], required: r[at("required")] === "TRUE" }));
}

function nlAttributes(): { attribute: string; required: boolean }[] {
  const blocks = readFileSync(`${registers}nl_algorithm_register_standard_v0_3_1.yaml`, "utf8").split(/\n- attribute: /).slice(1);
  return blocks.map((block) => ({ attribute: JSON.parse(block.split("\n")[0]) as string, required: /\n\s+required: true/.test(block) }));
}

const mapped = (standard: "uk" | "nl") => new Set(fieldMappings.flatMap((m) => m[standard] ?? []));

test("every required UK ATRS (tiers 1 and 2) attribute is mapped to a register field", () => {
  const uk = ukAttributes();
  expect(uk.length).toBeGreaterThanOrEqual(37);
  const missing = uk.filter((a) => a.required && !mapped("uk").has(a.attribute)).map((a) => a.attribute);
  expect(missing).toEqual([]);
  const unknown = [...mapped("uk")].filter((a) => !uk.some((u) => u.attribute === a));
  expect(unknown, "mapped attributes that the UK standard does not have").toEqual([]);
});

test("every required attribute of the Dutch standard 0.3.1 is mapped to a register field", () => {
  const nl = nlAttributes();
  expect(nl.length).toBeGreaterThan(45);
  const missing = nl.filter((a) => a.required && !mapped("nl").has(a.attribute)).map((a) => a.attribute);
  expect(missing).toEqual([]);
  const known = new Set([...nl.map((a) => a.attribute), "competent_authority", "application_url"]);
  expect([...mapped("nl")].filter((a) => !known.has(a)), "mapped attributes that the NL standard does not have").toEqual([]);
});

test("the Amsterdam/Utrecht fields named in the mapping exist in their list", () => {
  const [, ...rows] = csvRows(readFileSync(`${registers}amsterdam_utrecht_algorithm_register_fields_nl.csv`, "utf8"));
  let part = "";
  const fields = new Set(rows.flatMap(([onderdeel, vraag]) => ((part = onderdeel || part), [vraag, `${part}: ${vraag}`])));
  const named = fieldMappings.flatMap((m) => m.amsterdam ?? []);
  expect(named.length).toBeGreaterThan(25);
  expect(named.filter((f) => !fields.has(f))).toEqual([]);
});

test("one entry per use case, each valid and filling every field it writes itself", () => {
  expect(entries.map((e) => e.useCase).sort()).toEqual(["heat", "requests", "rights", "sales"]);
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  const generated = ["models", "dataClasses", "access", "standards", "lang"];
  for (const entry of entries) {
    registerEntrySchema.parse(entry);
    for (const { path } of fieldMappings.filter((m) => !generated.includes(m.path.split(/[.[]/)[0]))) {
      for (const value of valuesAt(entry, path)) expect(isFilled(value), `${entry.id}: ${path}`).toBe(true);
    }
  }
});

test("every repository path an entry cites exists", () => {
  const paths = JSON.stringify(entries).match(/"(?:docs|models|workers|web|infra)\/[^"]*"/g) ?? [];
  expect(paths.length).toBeGreaterThan(10);
  for (const quoted of paths) expect(existsSync(`${root}${JSON.parse(quoted)}`), quoted).toBe(true);
});

test("docs/trust.md holds the current field mapping table (npx tsx domain/algorithm-register/cli/write-mapping.ts)", () => {
  const doc = readFileSync(`${root}docs/trust.md`, "utf8");
  expect(doc).toContain(`${MAPPING_START}\n${mappingTable()}\n${MAPPING_END}`);
});
