// How long a registration lasts: until the end of the season of each hazard the person chose — heat 15 September,
// cold 31 March (domain/climate/seasons.ts) — or a year for hazards watched all year (floods, pollution, storms),
// whichever is latest; renewal carries it to the end of the following seasons. The nightly purge then erases it.
import type { Hazard } from "../../../domain/climate/hazards";
import { HAZARD_SEASONS, seasonLastDay, type Season } from "../../../domain/climate/seasons";
import { SEASON } from "../../../domain/heat/season";
import { addDays, DAY_MS } from "../../../domain/time/days";
import { parisDay, parisInstant } from "../../../domain/time/paris";

export { RENEWAL_WINDOW_DAYS } from "../../../domain/heat/season";

/** How long a registration for hazards watched all year lasts. */
const YEAR_ROUND_DAYS = 365;

/** The instant a Paris calendar day ends: the following midnight in Paris (22:00 UTC in summer time, 23:00 in winter). */
const endOfParisDay = (day: string) => parisInstant(addDays(day, 1));

/** End of the season under way at `now` (by default the heat season), or of the next one once this year's has ended. */
export const seasonEnd = (now: Date, season: Pick<Season, "endMonthDay"> = SEASON) => endOfParisDay(seasonLastDay(season, parisDay(now)));

/** The expiry of a registration for `hazards` made on `now`: the latest end of their seasons. */
export function registrationExpiry(hazards: readonly Hazard[], now: Date): Date {
  const ends = hazards.map((hazard) => {
    const season = HAZARD_SEASONS[hazard];
    return season ? seasonEnd(now, season) : endOfParisDay(addDays(parisDay(now), YEAR_ROUND_DAYS));
  });
  return new Date(Math.max(...ends.map((d) => d.getTime())));
}

/** Renewal carries a registration to the end of the seasons that follow its current expiry. */
export const renewedExpiry = (hazards: readonly Hazard[], expiresAt: Date) => registrationExpiry(hazards, new Date(expiresAt.getTime() + DAY_MS));
