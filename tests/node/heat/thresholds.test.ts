// The departmental threshold table is data: every entry must carry plausible values and at least one source.
import { expect, test } from "vitest";
import { z } from "zod";
import table from "../../../domain/heat/thresholds.json";
import { sourcedDepartements, thresholdsFor } from "../../../domain/heat/hazard.ts";

const source = z.object({ title: z.string().min(10), url: z.string().regex(/^(https:\/\/|\.\.\/shared\/)/) });
const entry = z.object({
  name: z.string().min(2),
  ibmn: z.number().int().min(16).max(26),
  ibmx: z.number().int().min(28).max(38),
  evidence: z.enum(["official-attribution", "concordant-secondary", "single-secondary"]),
  sources: z.array(source).min(1),
});
const schema = z.object({
  title: z.string(),
  rule: z.object({ text: z.string(), sources: z.array(source).min(1) }),
  evidenceLevels: z.record(z.string(), z.string()),
  departements: z.record(z.string().regex(/^(\d{2}|2A|2B|97\d)$/), entry),
  notYetSourced: z.record(z.string(), z.string()),
});

test("the threshold table follows its schema", () => {
  expect(() => schema.parse(table)).not.toThrow();
});

test("concordant entries really have two sources, and every evidence level is defined", () => {
  const parsed = schema.parse(table);
  for (const [code, e] of Object.entries(parsed.departements)) {
    if (e.evidence === "concordant-secondary") expect(new Set(e.sources.map((s) => s.url)).size, code).toBeGreaterThanOrEqual(2);
    expect(parsed.evidenceLevels[e.evidence], code).toBeDefined();
  }
});

test("Paris is sourced and the unsourced petite couronne is not silently present", () => {
  expect(sourcedDepartements()).toContain("75");
  for (const code of ["92", "93", "94"]) {
    expect(sourcedDepartements()).not.toContain(code);
    expect(Object.keys(table.notYetSourced)).toContain(code);
    expect(() => thresholdsFor(code)).toThrow();
  }
});
