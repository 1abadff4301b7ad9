// The outreach list end to end in Node with the committed ONNX model (onnxruntime-web, as in the browser):
// a household file with good and bad lines is ranked, the bad lines reported; then the counts by
// arrondissement that may leave the device, with small cells suppressed.
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-web/wasm";
import { beforeAll, describe, expect, test } from "vitest";
import type { Manifest } from "../../../models/manifest.ts";
import type { GbdtModel } from "../../../models/lib/gbdt-model.ts";
import { explainRank, mainFactors } from "../../../models/non-take-up/explain.ts";
import { CSV_HEADER, householdCsvLine } from "../../../domain/rights/outreach/household-csv.ts";
import { buildOutreachList, type OutreachList } from "../../../domain/rights/outreach/pipeline.ts";
import { OUTREACH_TOP_SHARE } from "../../../domain/rights/outreach/ranking.ts";
import { countsByArrondissement, MIN_CELL_HOUSEHOLDS, publishableCounts, STATS_METRICS, suppressSmallCells } from "../../../domain/rights/outreach/stats.ts";
import { generatePopulation } from "../../../models/non-take-up/training/population.ts";

ort.env.wasm.numThreads = 1;
const artifacts = new URL("../../../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const entry = manifest.models.find((m) => m.id === "non-take-up" && m.current)!;

const population = generatePopulation({ seed: 21, n: 2_000 });
const goodLines = population.map((s, i) => householdCsvLine(`G${i}`, s.household, i % 10 === 0 ? ["css"] : []));
const text = [CSV_HEADER, ...goodLines.slice(0, 1_000), "BAD1,18,5,abc", ...goodLines.slice(1_000), householdCsvLine("BAD2", { ...population[0].household, adults: [{ ...population[0].household.adults[0], age: 250 }] })].join("\n");
let list: OutreachList;
const stages: string[] = [];

beforeAll(async () => {
  const session = await ort.InferenceSession.create(readFileSync(new URL(entry.file, artifacts)));
  list = await buildOutreachList(text, {
    date: "2025-06-01",
    async score(features, count) {
      const out = await session.run({ [entry.input]: new ort.Tensor("float32", features, [count, entry.features.length]) });
      return out[entry.output].data as Float32Array;
    },
    onProgress: (stage) => stages.at(-1) !== stage && stages.push(stage),
  });
}, 60_000);

describe("buildOutreachList", () => {
  test("ranks the good lines and reports the bad ones with their line numbers", () => {
    expect(list.lines).toBe(2_002);
    expect(list.households).toHaveLength(2_000);
    expect(list.badLines.map((b) => [b.line, b.id, b.problems[0].code])).toEqual([[1_002, "BAD1", "missingCell"], [2_003, "BAD2", "tooBig"]]);
    expect(stages).toEqual(["rules", "model", "ranking"]);
    const ranked = list.households.filter((h) => h.rank !== null);
    expect(ranked.map((h) => h.rank)).toEqual(ranked.map((_, i) => i + 1));
    expect(ranked.every((h) => h.rights.length > 0 && h.priority > 0)).toBe(true);
    expect(list.households.slice(ranked.length).every((h) => h.rank === null && h.rights.length === 0)).toBe(true);
    for (const h of ranked) for (const r of h.rights) expect(r.nonTakeUp).toBeGreaterThan(0), expect(r.nonTakeUp).toBeLessThan(1);
  });

  test("rights the file says are received are not offered again", () => {
    const marked = list.households.filter((h) => Number(h.id.slice(1)) % 10 === 0);
    expect(marked.some((h) => h.rights.some((r) => r.benefit === "cssFree" || r.benefit === "cssWithContribution"))).toBe(false);
  });

  test("within a pacing group, households come by decreasing priority", () => {
    const byGroup = new Map<string, number[]>();
    for (const h of list.households.filter((x) => x.rank !== null)) byGroup.set(h.group, [...(byGroup.get(h.group) ?? []), h.priority]);
    for (const priorities of byGroup.values()) expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });
});

describe("counts by arrondissement", () => {
  test("count what the list holds", () => {
    const counts = countsByArrondissement(list);
    const top = Math.round(OUTREACH_TOP_SHARE * list.households.filter((h) => h.rank !== null).length);
    expect(counts.reduce((s, r) => s + r.households!, 0)).toBe(list.households.filter((h) => h.arrondissement !== null).length);
    expect(counts.reduce((s, r) => s + r.prioritised!, 0)).toBe(list.households.filter((h) => h.rank !== null && h.rank <= top && h.arrondissement !== null).length);
  });

  test("suppress cells under 10 households and cells whose complement is under 10", () => {
    const row = { arrondissement: 3, households: 40, withRights: 35, prioritised: 9, rsa: 10, primeActivite: 0, aspa: 31, css: 40 };
    expect(suppressSmallCells(row)).toEqual({
      row: { arrondissement: 3, households: 40, withRights: null, prioritised: null, rsa: 10, primeActivite: null, aspa: null, css: 40 },
      suppressed: ["withRights", "prioritised", "primeActivite", "aspa"],
    });
    expect(suppressSmallCells({ ...row, households: 9 }).row).toMatchObject({ households: null, css: null, rsa: null });
  });

  test("nothing publishable holds a cell under 10", () => {
    const rows = publishableCounts(list);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) for (const m of STATS_METRICS) if (r[m] !== null) expect(r[m]).toBeGreaterThanOrEqual(MIN_CELL_HOUSEHOLDS);
  });
});

describe("rank explanation", () => {
  const trees = JSON.parse(readFileSync(new URL(entry.explainer!, artifacts), "utf8")) as GbdtModel;
  const logit = (p: number) => Math.log(p / (1 - p));

  test("carries the mention, the data used, and weights that add up to the model's probability", () => {
    const ranked = list.households.filter((h) => h.rank !== null);
    const h = ranked[0];
    const e = explainRank(h, trees, list.date, ranked.length);
    expect(e.mention.fr).toContain("L311-3-1");
    expect(e.rank).toBe(1);
    expect(e.data.find((d) => d.column === "id")?.value).toBe(h.id);
    expect(e.operations.length).toBe(4);
    for (const r of e.rights) {
      const total = logit(r.baseline) + r.weights.reduce((s, w) => s + w.weight, 0);
      expect(total).toBeCloseTo(logit(r.nonTakeUp), 4);
      expect(r.expectedUnclaimed).toBeCloseTo(r.nonTakeUp * r.monthlyStake, 10);
    }
  });

  test("main factors are the largest positive weights of the main right", () => {
    for (const h of list.households.filter((x) => x.rank !== null).slice(0, 50)) {
      const factors = mainFactors(h, trees, list.date);
      expect(factors.length).toBeLessThanOrEqual(2);
      for (const f of factors) expect(f.weight).toBeGreaterThan(0);
      if (factors.length === 2) expect(factors[0].weight).toBeGreaterThanOrEqual(factors[1].weight);
      expect(factors.some((f) => f.feature.startsWith("benefit") && f.value === 0)).toBe(false);
    }
  });
});
