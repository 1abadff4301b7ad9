// Every `CHECK (column IN (...))` list of the D1 migrations equals the TypeScript list the code, the API
// contracts and the pages derive from, so neither can drift alone. The migrations are read in order, a later
// one rebuilding a table (CREATE … _new, DROP, RENAME, ADD COLUMN) replacing what an earlier one declared; a
// CHECK list tied to no TypeScript list below fails, and so does a TypeScript list whose CHECK has gone.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { CALL_STATUSES, FOLLOW_UP_KINDS, FOLLOW_UP_TEAMS, OUTCOMES } from "../../../domain/heat/calls";
import { EPISODE_STATUSES, ROUND_REASONS } from "../../../domain/heat/episodes";
import { ALERT_LEVELS } from "../../../domain/heat/hazard";
import { CHANNELS, MESSAGE_KINDS, OUTBOX_STATUSES } from "../../../domain/heat/warnings";
import { CASE_STATUSES } from "../../../domain/sales/cases";
import { IMPORT_STATES } from "../../../domain/sales/imports";
import { CASE_RULES } from "../../../domain/sales/triage";

/** "table.column" → the TypeScript list its CHECK restates. */
const TIED: Record<string, readonly string[]> = {
  "heat_episodes.status": EPISODE_STATUSES,
  "heat_episodes.peak_level": ALERT_LEVELS,
  "heat_rounds.reason": ROUND_REASONS,
  "heat_rounds.message_kind": MESSAGE_KINDS,
  "heat_calls.status": CALL_STATUSES,
  "heat_call_outcomes.outcome": OUTCOMES,
  "heat_followups.kind": FOLLOW_UP_KINDS,
  "heat_followups.team": Object.values(FOLLOW_UP_TEAMS),
  "heat_outbox.channel": CHANNELS,
  "heat_outbox.status": OUTBOX_STATUSES,
  "sales_imports.status": IMPORT_STATES,
  "sales_cases.rule": CASE_RULES,
  "sales_cases.status": CASE_STATUSES,
};

const folder = fileURLToPath(new URL("../../../infra/migrations/", import.meta.url));

const IN_LIST = /CHECK\s*\(\s*"?(\w+)"?\s+IN\s*\(([^)]*)\)\s*\)/gi;
const valuesOf = (list: string) => [...list.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));

/** The CHECK IN lists in force after every migration, by "table.column". */
function checkLists(sql: string[]): Map<string, string[]> {
  const tables = new Map<string, Map<string, string[]>>();
  const checksIn = (body: string) => new Map([...body.matchAll(IN_LIST)].map((m) => [m[1], valuesOf(m[2])] as [string, string[]]));
  for (const file of sql) {
    const text = file.replace(/--[^\n]*/g, "");
    for (const statement of text.split(";")) {
      const create = /CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)"?\s*\(([\s\S]*)\)/i.exec(statement);
      const drop = /DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?"?(\w+)"?/i.exec(statement);
      const rename = /ALTER\s+TABLE\s+"?(\w+)"?\s+RENAME\s+TO\s+"?(\w+)"?/i.exec(statement);
      const addColumn = /ALTER\s+TABLE\s+"?(\w+)"?\s+ADD\s+(?:COLUMN\s+)?([\s\S]*)/i.exec(statement);
      if (create) tables.set(create[1], checksIn(create[2]));
      else if (drop) tables.delete(drop[1]);
      else if (rename) {
        tables.set(rename[2], tables.get(rename[1]) ?? new Map());
        tables.delete(rename[1]);
      } else if (addColumn) for (const [column, values] of checksIn(addColumn[2])) tables.get(addColumn[1])?.set(column, values);
    }
  }
  return new Map([...tables].flatMap(([table, checks]) => [...checks].map(([column, values]) => [`${table}.${column}`, values] as [string, string[]])));
}

const migrations = readdirSync(folder).filter((f) => f.endsWith(".sql")).sort().map((f) => readFileSync(`${folder}${f}`, "utf8"));

test("every CHECK IN list of the migrations is tied to a TypeScript list, and equals it", () => {
  const found = checkLists(migrations);
  expect(found.size).toBeGreaterThan(0);
  expect([...found.keys()].sort()).toEqual(Object.keys(TIED).sort());
  for (const [key, values] of found) expect([...values].sort(), key).toEqual([...TIED[key]].sort());
});

test("the parser follows a table rebuilt by a later migration", () => {
  const rebuilt = checkLists([
    "CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT CHECK (status IN ('a', 'b')), kind TEXT CHECK (kind IN ('x')));",
    "CREATE TABLE t_new (id INTEGER PRIMARY KEY, status TEXT CHECK (status IN ('a', 'b', 'c')));\n-- a comment; with a semicolon\nINSERT INTO t_new SELECT id, status FROM t;\nDROP TABLE t;\nALTER TABLE t_new RENAME TO t;",
    "ALTER TABLE t ADD COLUMN level TEXT CHECK (level IN ('low', 'it''s high'));",
  ]);
  expect(Object.fromEntries(rebuilt)).toEqual({ "t.status": ["a", "b", "c"], "t.level": ["low", "it's high"] });
});
