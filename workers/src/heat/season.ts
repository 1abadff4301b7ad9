// How long a registration lasts: until the end of the season of each hazard the person chose — heat 15 September,
// cold 31 March (domain/climate/seasons.ts) — or a year for hazards watched all year (floods, pollution, storms),
// whichever is latest; renewal carries it to the end of the following seasons. The nightly purge then erases it.
import type { Hazard } from "../../../domain/climate/hazards";
import { HAZARD_SEASONS, seasonLastDay } from "../../../domain/climate/seasons";
import { addDays, parisDay } from "../../../domain/heat/forecast";
import { SEASON } from "../../../domain/heat/season";

export { RENEWAL_WINDOW_DAYS } from "../../../domain/heat/season";

/** How long a registration for hazards watched all year lasts. */
const YEAR_ROUND_DAYS = 365;

const parisClock = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hourCycle: "h23", hour: "2-digit", minute: "2-digit" });

/** The instant a Paris calendar day ends (its following midnight, summer or winter time). */
export function endOfParisDay(day: string): Date {
  const next = addDays(day, 1);
  for (const offset of ["+02:00", "+01:00"]) {
    const instant = new Date(`${next}T00:00:00${offset}`);
    if (parisClock.format(instant) === "00:00" && parisDay(instant) === next) return instant;
  }
  throw new RangeError(`no midnight after ${day} in Paris`);
}

/** End of the heat season under way at `now`, or of the next one once this year's has ended. */
export const seasonEnd = (now: Date) => endOfParisDay(seasonLastDay(SEASON, parisDay(now)));

/** The expiry of a registration for `hazards` made on `now`: the latest end of their seasons. */
export function registrationExpiry(hazards: readonly Hazard[], now: Date): Date {
  const today = parisDay(now);
  const ends = hazards.map((hazard) => {
    const season = HAZARD_SEASONS[hazard];
    return endOfParisDay(season ? seasonLastDay(season, today) : addDays(today, YEAR_ROUND_DAYS));
  });
  return new Date(Math.max(...ends.map((d) => d.getTime())));
}

/** Renewal carries a registration to the end of the seasons that follow its current expiry. */
export const renewedExpiry = (hazards: readonly Hazard[], expiresAt: Date) => registrationExpiry(hazards, new Date(expiresAt.getTime() + 86_400_000));
