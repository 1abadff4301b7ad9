// Privacy and control: every table the migrations create is purged by a data class of
// workers/src/privacy/retention.ts (read from the SQL of the class's own purge statements, not from a list
// that could drift); every data class belongs to a purpose; and every personal data class tells how a person
// exports and erases it — through operations that exist in the OpenAPI document — or why they cannot.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { purposes } from "../../../workers/src/privacy/purposes";
import { dataClasses } from "../../../workers/src/privacy/retention";
import { label, operations } from "./openapi";

/** The audit log is purged as a chain prefix with its anchor (privacy/purge.ts, AUDIT_RETENTION_DAYS). */
const AUDIT_TABLES = ["audit_log", "audit_anchor"];

async function migratedTables(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  return results.map((r) => r.name);
}

/** The tables a data class deletes from, read from the SQL of its purge statements. */
function purgedTables(dataClass: (typeof dataClasses)[number]): string[] {
  const statements = dataClass.purge(env.DB, new Date().toISOString()) as unknown as { statement: string }[];
  return statements.flatMap((s) => [...s.statement.matchAll(/DELETE\s+FROM\s+["`]?(\w+)/gi)].map((m) => m[1]));
}

test("every table created by a migration is purged by a data class with a retention period", async () => {
  const tables = await migratedTables();
  expect(tables.length).toBeGreaterThan(5);
  const covered = new Map<string, string[]>();
  for (const dataClass of dataClasses) for (const table of purgedTables(dataClass)) covered.set(table, [...(covered.get(table) ?? []), dataClass.id]);
  const orphans = tables.filter((t) => !covered.has(t) && !AUDIT_TABLES.includes(t));
  expect(orphans, "tables without a data class in workers/src/privacy/retention.ts").toEqual([]);
  const unknown = [...covered.keys()].filter((t) => !tables.includes(t));
  expect(unknown, "data classes purging tables that no migration creates").toEqual([]);
});

test("every data class belongs to exactly one purpose", () => {
  for (const dataClass of dataClasses) {
    const owners = purposes.filter((p) => dataClass.id.startsWith(p.dataClassPrefix)).map((p) => p.id);
    expect(owners, `${dataClass.id}: purposes in workers/src/privacy/purposes.ts`).toHaveLength(1);
  }
});

test("every personal data class supports export and erasure through existing operations, or says why not", async () => {
  const existing = new Set((await operations()).map(label).map((l) => l.replace(/^(\w+) \/api\/v1/, "$1 /api/v1")));
  for (const dataClass of dataClasses.filter((d) => d.personal)) {
    const purpose = purposes.find((p) => dataClass.id.startsWith(p.dataClassPrefix))!;
    const rights = purpose.subjectRights[dataClass.id];
    expect(rights, `${dataClass.id}: subjectRights in workers/src/privacy/purposes.ts`).toBeDefined();
    if ("none" in rights) {
      expect(rights.none.fr.length).toBeGreaterThan(40);
      expect(rights.none.en.length).toBeGreaterThan(40);
      continue;
    }
    expect(existing, `${dataClass.id}: export operation`).toContain(rights.export);
    expect(existing, `${dataClass.id}: erasure operation`).toContain(rights.erasure);
    expect(rights.erasure.startsWith("DELETE ")).toBe(true);
  }
  for (const purpose of purposes) {
    for (const id of Object.keys(purpose.subjectRights)) {
      expect(dataClasses.find((d) => d.id === id)?.personal, `${purpose.id}: subject rights for ${id}, a personal data class`).toBe(true);
    }
  }
});
