// The vigilance map reader takes the DPVigilance "carte" product as published: a document written the way public
// clients receive it (openHAB's meteofrance binding DTOs, meteole's tests: string phenomenon ids, numeric colours,
// the FRA entry and coastal strips beside the départements), and the full maps of the fixture builder. Floods carry
// no chronology, seasonal phenomena may be absent (never read as green), the night map has J only; anything outside
// the documented ids is refused with the field it concerns.
import { expect, test } from "vitest";
import { hazardVigilance, readVigilanceMap } from "../../../domain/climate/vigilance/map.ts";
import { buildVigilanceMap, METROPOLITAN_DEPARTEMENTS, parisMap } from "../../../infra/seed/data/climate/vigilance-maps.ts";

const documented = {
  product: {
    warning_type: "vigilance",
    type_cdp: "cdp_carte_externe",
    version_vigilance: "V6",
    version_cdp: "1.0.0",
    update_time: "2026-01-15T05:00:20Z",
    domain_id: "FRA",
    global_max_color_id: "3",
    periods: [
      {
        echeance: "J1",
        begin_validity_time: "2026-01-15T23:00:00Z",
        end_validity_time: "2026-01-16T23:00:00Z",
        timelaps: {
          domain_ids: [
            {
              domain_id: "75",
              max_color_id: 3,
              phenomenon_items: [
                { phenomenon_id: "1", phenomenon_max_color_id: 3, timelaps_items: [
                  { begin_time: "2026-01-15T23:00:00Z", end_time: "2026-01-16T01:00:00Z", color_id: 3 },
                  { begin_time: "2026-01-16T01:00:00Z", end_time: "2026-01-16T23:00:00Z", color_id: 2 },
                ] },
                { phenomenon_id: "4", phenomenon_max_color_id: 2, timelaps_items: [] },
              ],
            },
            { domain_id: "FRA", max_color_id: 4, phenomenon_items: [] },
            { domain_id: "0210", max_color_id: 4, phenomenon_items: [] },
          ],
        },
      },
      {
        echeance: "J",
        begin_validity_time: "2026-01-15T05:00:20Z",
        end_validity_time: "2026-01-15T23:00:00Z",
        text_items: { title: "Vigilance", text: ["…"] },
        timelaps: { domain_ids: [{ domain_id: "75", max_color_id: 2, phenomenon_items: [{ phenomenon_id: 7, phenomenon_max_color_id: 2, timelaps_items: [] }] }] },
        max_count_items: [],
        per_phenomenon_items: [],
      },
    ],
  },
  meta: { snapshot_id: "snapshot-old", product_datetime: "2026-01-15T23:00:00Z", generation_timestamp: "2026-01-15T05:00:25Z" },
};

test("a map written as public clients receive it: periods in order, départements only, colours as levels", () => {
  const read = readVigilanceMap(documented);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.map).toMatchObject({ updateTime: "2026-01-15T05:00:20Z", snapshotId: "snapshot-old" });
  expect(read.map.periods.map((p) => [p.echeance, p.day])).toEqual([["J", "2026-01-15"], ["J1", "2026-01-16"]]);
  expect(Object.keys(read.map.periods[1].departements)).toEqual(["75"]);
  expect(read.map.periods[1].departements["75"]).toEqual({ max: "orange", phenomena: { wind: "orange", flood: "yellow" } });
  expect(hazardVigilance(read.map, "75", "storm").map((d) => d.level)).toEqual([null, "orange"]);
  expect(hazardVigilance(read.map, "75", "flood").map((d) => d.level)).toEqual([null, "yellow"]);
  expect(hazardVigilance(read.map, "75", "cold").map((d) => d.level)).toEqual(["yellow", null]);
});

test("a full map of the builder: 96 départements, every phenomenon of the season, floods without chronology", () => {
  const map = parisMap("2026-02-10", { "extreme-cold": 3, "snow-ice": 2 }, { "extreme-cold": 4 });
  expect(map.product.periods[0].timelaps.domain_ids.map((d) => d.domain_id)).toContain("FRA");
  const read = readVigilanceMap(map);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const [today, tomorrow] = read.map.periods;
  expect(Object.keys(today.departements).sort()).toEqual([...METROPOLITAN_DEPARTEMENTS].sort());
  expect(today.departements["75"].phenomena).toMatchObject({ "extreme-cold": "orange", "snow-ice": "yellow", flood: "green" });
  expect(today.departements["75"].phenomena.heatwave).toBeUndefined();
  expect(tomorrow.departements["92"]).toMatchObject({ max: "red" });
  expect(today.departements["13"]).toMatchObject({ max: "green" });
  const flood = map.product.periods[0].timelaps.domain_ids.find((d) => d.domain_id === "75")!.phenomenon_items.find((p) => p.phenomenon_id === "4")!;
  expect(flood.timelaps_items).toEqual([]);
  expect(hazardVigilance(read.map, "75", "cold").map((d) => [d.day, d.level])).toEqual([["2026-02-10", "orange"], ["2026-02-11", "red"]]);
  expect(hazardVigilance(read.map, "75", "heat").map((d) => d.level)).toEqual([null, null]);
});

test("a map issued between midnight and 6:00 holds J only; its day is Paris's calendar day", () => {
  const map = buildVigilanceMap({ updateTime: "2026-07-09T23:30:00Z", periods: [{ day: "2026-07-10", colours: { "75": { heatwave: 3 } } }] });
  const read = readVigilanceMap(map);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.map.periods.map((p) => [p.echeance, p.day])).toEqual([["J", "2026-07-10"]]);
  expect(hazardVigilance(read.map, "75", "heat")).toEqual([{ day: "2026-07-10", echeance: "J", level: "orange", phenomena: { heatwave: "orange" } }]);
});

test("ids outside the documented ones, a missing J and bad times are refused with their fields", () => {
  const bad = structuredClone(documented) as typeof documented & Record<string, never>;
  (bad.product.periods[0].timelaps.domain_ids[0].phenomenon_items[0] as { phenomenon_id: string }).phenomenon_id = "10";
  (bad.product.periods[0].timelaps.domain_ids[0] as { max_color_id: number }).max_color_id = 5;
  (bad.product.periods[1] as { begin_validity_time: string }).begin_validity_time = "15/01/2026";
  const read = readVigilanceMap(bad);
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.problems.map((p) => p.field).sort()).toEqual([
    "product.periods.0.timelaps.domain_ids.0.max_color_id",
    "product.periods.0.timelaps.domain_ids.0.phenomenon_items.0.phenomenon_id",
    "product.periods.1.begin_validity_time",
  ]);
  const noToday = { ...documented, product: { ...documented.product, periods: [documented.product.periods[0]] } };
  expect(readVigilanceMap(noToday)).toEqual({ ok: false, problems: [{ field: "product.periods", message: "needs the period J" }] });
  expect(readVigilanceMap("not a map")).toMatchObject({ ok: false, problems: [{ field: "(body)" }] });
});
