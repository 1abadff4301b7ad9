// The heat season of Paris's register (seasonal watch from 1 June to 15 September): registrations expire at the
// end of the season unless renewed, and the nightly purge then erases them.
import { SEASON } from "../../../domain/heat/season";
import { addDays } from "../../../domain/time/days";
import { parisDay, parisInstant } from "../../../domain/time/paris";

export { RENEWAL_WINDOW_DAYS } from "../../../domain/heat/season";

type Season = { readonly endMonthDay: string };

/** The instant a season ends: midnight in Paris after its last day (22:00 UTC in summer time, 23:00 in winter). */
const seasonEndOf = (year: number, season: Season) => parisInstant(addDays(`${year}-${season.endMonthDay}`, 1));

/** End of the season under way at `now`, or of the next one once this year's has ended. */
export function seasonEnd(now: Date, season: Season = SEASON): Date {
  const day = parisDay(now);
  const year = Number(day.slice(0, 4));
  return day <= `${year}-${season.endMonthDay}` ? seasonEndOf(year, season) : seasonEndOf(year + 1, season);
}

/** Renewal carries a registration to the end of the following season (the one after the season it ends). */
export const renewedExpiry = (expiresAt: Date, season: Season = SEASON) =>
  seasonEndOf(Number(parisDay(expiresAt.getTime() - 1).slice(0, 4)) + 1, season);
