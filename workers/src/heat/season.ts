// The heat season of Paris's register (seasonal watch from 1 June to 15 September): registrations expire at the
// end of the season unless renewed, and the nightly purge then erases them.
import { parisDay } from "../../../domain/heat/forecast";
import { SEASON } from "../../../domain/heat/season";

export { RENEWAL_WINDOW_DAYS } from "../../../domain/heat/season";

/** The instant a season ends: midnight after 15 September in Paris (22:00 UTC, summer time). */
const seasonEndOf = (year: number) => new Date(`${year}-${SEASON.endMonthDay}T22:00:00.000Z`);

/** End of the season under way at `now`, or of the next one once this year's has ended. */
export function seasonEnd(now: Date): Date {
  const day = parisDay(now);
  const year = Number(day.slice(0, 4));
  return day <= `${year}-${SEASON.endMonthDay}` ? seasonEndOf(year) : seasonEndOf(year + 1);
}

/** Renewal carries a registration to the end of the following season. */
export const renewedExpiry = (expiresAt: Date) => seasonEndOf(expiresAt.getUTCFullYear() + 1);
