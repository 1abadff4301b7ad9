// Vigilance maps of past summers with their real heatwave colours: Météo-France's heat vigilance of every département
// for a day of 2023-2025 (shared/data, last issue of each day) set into the carte product's layout (the other
// phenomena of these maps are green: only the heatwave colours are real). Node-only.
import { readCsv, SHARED_DATA_DIR } from "../../../../domain/evaluation/shared-data";
import { addDays } from "../../../../domain/time/days";
import { buildVigilanceMap, type Colours } from "./vigilance-maps";

let archive: Map<string, Record<string, Colours>> | undefined;

function load(): Map<string, Record<string, Colours>> {
  archive = new Map();
  for (const row of readCsv(`${SHARED_DATA_DIR}/heat/meteofrance_vigilance_canicule_by_dept_2023_2025.csv`)) {
    const day = archive.get(row.date) ?? {};
    day[row.departement] = { heatwave: Number(row.niveau) as 1 | 2 | 3 | 4 };
    archive.set(row.date, day);
  }
  return archive;
}

/** The map of `day` (J) and the next day (J1) with their real heatwave colours, or null outside the archive. */
export function archivedHeatMap(day: string) {
  const days = archive ?? load();
  const today = days.get(day);
  if (!today) return null;
  return buildVigilanceMap({
    updateTime: `${day}T04:00:00Z`,
    periods: [{ day, colours: today }, { day: addDays(day, 1), colours: days.get(addDays(day, 1)) ?? today }],
    seasonal: { heatwave: true },
  });
}
