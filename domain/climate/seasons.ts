// When each hazard is watched, and so how long a registration for it lasts: heat from 1 June to 15 September
// (Paris's seasonal watch, domain/heat/season.ts), cold from 1 November to 31 March (Météo-France's "Grand froid"
// watch and the seasonal watch of the cold plan), floods, pollution and storms all year. Shared code.
import { SEASON as HEAT_SEASON } from "../heat/season.ts";
import type { Hazard } from "./hazards.ts";

export interface Season {
  /** MM-DD of the first and last day, Paris calendar; a season may run across the new year. */
  startMonthDay: string;
  endMonthDay: string;
}

export const COLD_SEASON: Season = { startMonthDay: "11-01", endMonthDay: "03-31" };

/** The season of each hazard, null when it is watched all year. */
export const HAZARD_SEASONS: Record<Hazard, Season | null> = {
  heat: HEAT_SEASON,
  cold: COLD_SEASON,
  flood: null,
  pollution: null,
  storm: null,
};

/** The last day (YYYY-MM-DD) of the season under way on `day`, or of the next one. */
export function seasonLastDay(season: Pick<Season, "endMonthDay">, day: string): string {
  // Whether or not the season crosses the new year, it ends this year unless its last day has passed.
  const year = Number(day.slice(0, 4));
  return `${day.slice(5) > season.endMonthDay ? year + 1 : year}-${season.endMonthDay}`;
}
