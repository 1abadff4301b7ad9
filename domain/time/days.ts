// Calendar days written as ISO dates (YYYY-MM-DD) and the arithmetic on them: validation, day ↔ Date (UTC
// midnight), adding days or calendar months, and the days or average months between two days. A day has no
// time zone here; the day of an instant in Paris is in ./paris.ts. Shared code (Worker, browser, Node).

/** Milliseconds in a day of UTC (no leap seconds in JavaScript time). */
export const DAY_MS = 86_400_000;

/** The average Gregorian month in days (365.25 / 12), the unit of durations in months. */
export const MONTH_DAYS = 365.25 / 12;

/** A calendar day as an ISO date, e.g. "2026-07-14" (check a string with `isIsoDay`). */
export type IsoDay = `${number}-${number}-${number}`;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12) of a year of the Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** Days since 1970-01-01 of a calendar day, or NaN when the text is not one (e.g. "2026-02-30"). */
function dayNumberOrNaN(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) return Number.NaN;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return Number.NaN;
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** Whether a text is an ISO calendar day: the YYYY-MM-DD form and a day that exists. */
export const isIsoDay = (text: string): boolean => !Number.isNaN(dayNumberOrNaN(text));

/** Days since 1970-01-01 of a calendar day; throws a RangeError for a text that is not one. */
export function dayNumber(day: string): number {
  const n = dayNumberOrNaN(day);
  if (Number.isNaN(n)) throw new RangeError(`not an ISO calendar day: ${day}`);
  return n;
}

/** The calendar day numbered `n` days since 1970-01-01. */
export const dayFromNumber = (n: number): IsoDay => utcDay(n * DAY_MS);

/** The instant a day starts in UTC (its midnight), e.g. to format the day with `timeZone: "UTC"`. */
export const dayToDate = (day: string): Date => new Date(dayNumber(day) * DAY_MS);

/** The UTC calendar day of an instant (for the day in Paris, see `parisDay`). */
export const utcDay = (instant: Date | number): IsoDay => new Date(instant).toISOString().slice(0, 10) as IsoDay;

export const addDays = (day: string, n: number): IsoDay => dayFromNumber(dayNumber(day) + n);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The same day `n` calendar months later (earlier when `n` is negative), clamped to the end of a shorter
 * month: 31 March minus one month is 28 February (29 in a leap year). */
export function addMonths(day: string, n: number): IsoDay {
  dayNumber(day);
  const [year, month, date] = day.split("-").map(Number);
  const index = year * 12 + (month - 1) + n;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  const toDate = Math.min(date, daysInMonth(toYear, toMonth));
  return `${String(toYear).padStart(4, "0")}-${String(toMonth).padStart(2, "0")}-${String(toDate).padStart(2, "0")}` as IsoDay;
}

/** Average months (of `MONTH_DAYS` days) from `earlier` to `later`, fractional; negative when `later` is earlier. */
export const monthsBetween = (earlier: string, later: string): number => daysBetween(earlier, later) / MONTH_DAYS;
