// The shared fairness helpers the models' definitions call: a check for every group of every slice reporting a
// metric, and who a triage rule flags, worked out by hand on a small example.
import { expect, test } from "vitest";
import { flaggedOverall, flaggedSlices, gapChecks } from "../../../models/cards/fairness";
import type { SliceMetrics } from "../../../models/cards/schema";

test("gapChecks gates every group of every slice reporting the metric, and only those", () => {
  const slices: SliceMetrics[] = [
    { slice: "arrondissement", group: "1", count: 10, metrics: { mdape: 0.2 } },
    { slice: "arrondissement", group: "2", count: 10, metrics: { mdape: 0.1 } },
    { slice: "priceBand", group: "<200 k€", count: 10, metrics: { mdape: 0.3, within10: 0.4 } },
    { slice: "right", group: "rsa", count: 10, metrics: { observed: 0.3 } },
  ];
  const checks = gapChecks(slices, "mdape", 0.12, 0.1);
  expect(checks.map((c) => `${c.attribute}=${c.group}:${c.passed}`)).toEqual(["arrondissement=1:true", "arrondissement=2:true", "priceBand=<200 k€:false"]);
  expect(gapChecks(slices, "mdape", 0.12, 0.1, ["priceBand"])).toHaveLength(1);
});

test("flaggedSlices counts flags per 1,000 and the median signed error in each group", () => {
  const rows = [
    { groups: { arrondissement: "7" }, flagged: true, signedError: -0.8 },
    { groups: { arrondissement: "7" }, flagged: false, signedError: 0.1 },
    { groups: { arrondissement: "7" }, flagged: false, signedError: 0.3 },
    { groups: { arrondissement: "7" }, flagged: false, signedError: 0.0 },
    { groups: { arrondissement: "9" }, flagged: false, signedError: 0.2 },
  ];
  const seventh = flaggedSlices(rows).find((s) => s.group === "7")!;
  expect(seventh.count).toBe(4);
  expect(seventh.metrics.flaggedPer1000).toBe(250);
  expect(seventh.metrics.medianSignedError).toBeCloseTo(0.05, 12);
  expect(flaggedOverall(rows)).toEqual({ flaggedPer1000: 200, medianSignedError: 0.1 });
});
