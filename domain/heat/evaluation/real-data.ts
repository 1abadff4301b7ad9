// Node-only loaders for the real heat data read in place from shared/data/heat: the Paris-Montsouris daily
// series (Météo-France, 1950-2026) and the Météo-France heat vigilance levels per département (2023-2025).
import { readCsv, SHARED_DATA_DIR } from "../../evaluation/shared-data.ts";
import type { DailyTemperature, HeatLevel } from "../hazard.ts";

export const MONTSOURIS_CSV = `${SHARED_DATA_DIR}/heat/meteofrance_Q75_paris_montsouris_75114001_daily_1950-2026.csv`;
export const VIGILANCE_CSV = `${SHARED_DATA_DIR}/heat/meteofrance_vigilance_canicule_by_dept_2023_2025.csv`;

const VIGILANCE_LEVELS: Record<string, HeatLevel> = { "1": "green", "2": "yellow", "3": "orange", "4": "red" };

/** The daily TN/TX series of Paris-Montsouris, in date order; throws on an empty temperature cell. */
export function loadMontsouris(path = MONTSOURIS_CSV): DailyTemperature[] {
  return readCsv(path).map((row) => {
    if (row.TN === "" || row.TX === "") throw new RangeError(`missing TN or TX on ${row.date}`);
    return { date: row.date, tn: Number(row.TN), tx: Number(row.TX) };
  });
}

/** Official heat vigilance level of one département by date (last issue of each day). */
export function loadVigilance(departement: string, path = VIGILANCE_CSV): Map<string, HeatLevel> {
  const levels = new Map<string, HeatLevel>();
  for (const row of readCsv(path)) {
    if (row.departement !== departement) continue;
    const level = VIGILANCE_LEVELS[row.niveau];
    if (!level) throw new RangeError(`unknown vigilance level ${row.niveau} on ${row.date}`);
    levels.set(row.date, level);
  }
  return levels;
}
