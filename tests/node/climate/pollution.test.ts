// Pollution levels from a bulletin: an information threshold reached is orange for the register's sensitive
// people, an alert threshold or a persistent episode (PM10 and ozone two days in a row, NO₂ three) red; tomorrow's
// forecast is less likely and stays orange; a bulletin with gaps or without pollutants is refused by field.
import { expect, test } from "vitest";
import { pollutionLevels, readPollutionBulletin, type PollutionBulletin } from "../../../domain/climate/pollution/episodes.ts";

const bulletin = (days: PollutionBulletin["days"]): PollutionBulletin => ({ source: "test", issuedAt: "2026-07-10T11:00:00+02:00", zone: "75", days });

test("information threshold orange, alert threshold red, below green", () => {
  const levels = pollutionLevels(bulletin([
    { date: "2026-07-09", kind: "observed", o3: 150, no2: 60, pm10: 20 },
    { date: "2026-07-10", kind: "forecast", o3: 185, no2: 60, pm10: 20 },
  ]), "2026-07-10");
  expect(levels.map((d) => d.level)).toEqual(["green", "orange"]);
  expect(levels[1].episodes).toEqual([{ pollutant: "o3", procedure: "information", value: 185 }]);
  expect(pollutionLevels(bulletin([{ date: "2026-07-10", kind: "observed", no2: 410 }]), "2026-07-10")[0]).toMatchObject({ level: "red", episodes: [{ pollutant: "no2", procedure: "alert" }] });
});

test("persistence: PM10 two days in a row, NO₂ three; tomorrow's forecast at most orange", () => {
  const pm10 = pollutionLevels(bulletin([
    { date: "2026-12-01", kind: "observed", pm10: 55 },
    { date: "2026-12-02", kind: "forecast", pm10: 58 },
    { date: "2026-12-03", kind: "forecast", pm10: 62 },
  ]), "2026-12-02");
  expect(pm10.map((d) => [d.level, d.episodes[0].procedure])).toEqual([["red", "persistence"], ["red", "persistence"], ["orange", "persistence"]]);
  const no2 = pollutionLevels(bulletin([
    { date: "2026-12-01", kind: "observed", no2: 210 },
    { date: "2026-12-02", kind: "forecast", no2: 205 },
  ]), "2026-12-02");
  expect(no2.map((d) => d.episodes[0].procedure)).toEqual(["information", "information"]);
});

test("a bulletin with a gap, no pollutant, or a negative value is refused by field", () => {
  const read = readPollutionBulletin({
    source: "Airparif",
    issuedAt: "2026-07-10T11:00:00+02:00",
    days: [{ date: "2026-07-10", kind: "observed", o3: -3 }, { date: "2026-07-12", kind: "forecast" }],
  });
  expect(read.ok).toBe(false);
  if (read.ok) return;
  expect(read.problems.map((p) => p.field).sort()).toEqual(["days.0.o3", "days.1", "days.1.date"]);
});
