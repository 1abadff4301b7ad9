// Paris time (Europe/Paris: UTC+1 in winter, UTC+2 in summer time): the calendar day of an instant in Paris,
// "today" in Paris, the offset from UTC at an instant, and the UTC instant of a Paris wall-clock time. The
// rules come from the time zone database of the runtime's Intl (Node, workerd and browsers all ship it), so
// no summer-time date is written here. Shared code (Worker, browser, Node).
import { DAY_MS, dayNumber, type IsoDay } from "./days.ts";

export const PARIS_TIME_ZONE = "Europe/Paris";

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: PARIS_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The Paris wall-clock reading of an instant, as numbers. */
function parisParts(instant: Date): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of wallClock.formatToParts(instant)) if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  return parts;
}

/** Minutes Paris is ahead of UTC at an instant: 60 in winter, 120 in summer time. */
export function parisOffsetMinutes(instant: Date | number): number {
  const at = new Date(instant);
  const p = parisParts(at);
  const wallMs = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wallMs - (at.getTime() - at.getUTCMilliseconds())) / 60_000);
}

/** The calendar day in Paris of an instant (an ISO date-time with its offset, a Date or milliseconds). */
export function parisDay(instant: Date | string | number): IsoDay {
  const p = parisParts(new Date(instant));
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}` as IsoDay;
}

/** Today in Paris: the day whose rules and amounts apply (the UTC date is still yesterday's until 1 or 2 am). */
export const todayInParis = (now: Date = new Date()): IsoDay => parisDay(now);

/**
 * The instant of a Paris wall-clock time (HH:MM) on a day. A time that happens twice (the hour repeated when
 * summer time ends) gives the first; a time skipped when summer time starts is read with the winter offset
 * (02:30 becomes 03:30 summer time), as Temporal's "compatible" choice does.
 */
export function parisInstant(day: string, time = "00:00"): Date {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`not a time HH:MM: ${time}`);
  const wallMs = dayNumber(day) * DAY_MS + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  const offsets = [parisOffsetMinutes(wallMs - DAY_MS), parisOffsetMinutes(wallMs + DAY_MS)];
  const readings = offsets.map((offset) => wallMs - offset * 60_000).filter((ms) => parisOffsetMinutes(ms) * 60_000 === wallMs - ms);
  return new Date(readings.length ? Math.min(...readings) : wallMs - offsets[0] * 60_000);
}
