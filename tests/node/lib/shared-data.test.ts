// The training loaders' CSV files (domain/evaluation/shared-data.ts): records keyed by the header's names,
// read by the shared CSV reader, so a quoted cell may hold commas, quotes and line breaks; and the real
// demographic file the cohorts are drawn from.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readCsv, SHARED_DATA_DIR } from "../../../domain/evaluation/shared-data.ts";

test("quoted cells holding commas, quotes and line breaks are one cell; CRLF and a final blank line are fine", () => {
  const dir = mkdtempSync(join(tmpdir(), "recoque-shared-data-"));
  try {
    const path = join(dir, "iris.csv");
    writeFileSync(path, 'iris,label,pop\r\n751010101,"Saint-Germain-l\'Auxerrois, ""Louvre""",1200\r\n751010102,"Les Halles\r\n(centre)",900\r\n\r\n');
    expect(readCsv(path)).toEqual([
      { iris: "751010101", label: 'Saint-Germain-l\'Auxerrois, "Louvre"', pop: "1200" },
      { iris: "751010102", label: "Les Halles\r\n(centre)", pop: "900" },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the Paris arrondissement file reads as its 20 arrondissements, numbers as written", () => {
  const rows = readCsv(`${SHARED_DATA_DIR}/demographics/paris_arrondissement_pop_65plus.csv`);
  expect(rows).toHaveLength(20);
  expect(rows.map((r) => r.CODGEO)).toEqual(Array.from({ length: 20 }, (_, i) => String(75101 + i)));
  expect(rows.every((r) => Number(r.pop_65plus) > 0 && Number(r.pop_65plus) < Number(r.pop_total))).toBe(true);
});
