// A heat forecast as Recoque takes it (from an agent, the provider pulled by the cron, or the replay): daily TN/TX
// for consecutive days, its source, issue time and département. One schema for the shape and the days, and one
// check against the clock, shared by the intake route, the cron pull and the tests. Shared code.
import { z } from "zod";
import { addDays, DAY_MS, daysBetween, isIsoDay } from "../time/days.ts";
import { parisDay } from "../time/paris.ts";
import { sourcedDepartements } from "./hazard.ts";
import { singleLineText } from "../contracts/text.ts";

export const FORECAST_RULES = {
  /** Plausible daily temperatures at a French station, °C. */
  minTemperature: -40,
  maxTemperature: 60,
  /** The issue day and the two after it must be in the forecast (the next 3 days). */
  daysAhead: 3,
  /** Days before the issue day that may come with it (observations, for the 3-day means). */
  maxDaysBefore: 3,
  /** Last day allowed after the issue day. */
  maxDaysAfter: 15,
  maxDays: 19,
  /** An issue time later than the clock by more than this is refused. */
  futureSlackMinutes: 60,
  /** An issue time older than this is refused, except for a replay of a past summer. */
  maxAgeDays: 2,
} as const;

const temperature = z
  .number({ error: "must be a number in °C" })
  .min(FORECAST_RULES.minTemperature, `must be at least ${FORECAST_RULES.minTemperature} °C`)
  .max(FORECAST_RULES.maxTemperature, `must be at most ${FORECAST_RULES.maxTemperature} °C`);

export const forecastDaySchema = z
  .object({
    date: z.string().refine(isIsoDay, "must be a calendar day YYYY-MM-DD").meta({ format: "date" }),
    tn: temperature,
    tx: temperature,
  })
  .refine((day) => day.tx >= day.tn, { path: ["tx"], message: "TX (daily maximum) is below TN (daily minimum)" });

export const forecastSchema = z
  .object({
    departement: z
      .string()
      .default("75")
      .refine((d) => sourcedDepartements().includes(d), { message: `no sourced heat thresholds for this département (sourced: ${sourcedDepartements().join(", ")})` }),
    source: singleLineText().trim().min(1, "is required").max(200),
    issuedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with its offset" }),
    replay: z.boolean().default(false),
    days: z.array(forecastDaySchema).min(FORECAST_RULES.daysAhead, `needs at least ${FORECAST_RULES.daysAhead} days`).max(FORECAST_RULES.maxDays),
  })
  .superRefine((forecast, ctx) => {
    const dates = forecast.days.map((d) => d.date);
    const seen = new Set<string>();
    dates.forEach((date, i) => {
      if (seen.has(date)) ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: `duplicate day ${date}` });
      else if (i > 0 && daysBetween(dates[i - 1], date) !== 1) {
        ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: `days must follow each other: expected ${addDays(dates[i - 1], 1)}` });
      }
      seen.add(date);
    });
    const issueDay = parisDay(forecast.issuedAt);
    dates.forEach((date, i) => {
      const offset = daysBetween(issueDay, date);
      if (offset < -FORECAST_RULES.maxDaysBefore || offset > FORECAST_RULES.maxDaysAfter) {
        ctx.addIssue({
          code: "custom",
          path: ["days", i, "date"],
          message: `too far from the issue day ${issueDay} (allowed: ${FORECAST_RULES.maxDaysBefore} days before to ${FORECAST_RULES.maxDaysAfter} after)`,
        });
      }
    });
    const missing = Array.from({ length: FORECAST_RULES.daysAhead }, (_, k) => addDays(issueDay, k)).filter((d) => !seen.has(d));
    if (missing.length) ctx.addIssue({ code: "custom", path: ["days"], message: `must hold the issue day and the next ones: missing ${missing.join(", ")}` });
  }, { when: (payload) => hasUsableDates(payload.value) });

/** Whether the day order can be checked although other fields failed (so every problem is reported at once). */
function hasUsableDates(value: unknown): boolean {
  const { issuedAt, days } = (value ?? {}) as { issuedAt?: unknown; days?: unknown };
  return (
    typeof issuedAt === "string" &&
    !Number.isNaN(Date.parse(issuedAt)) &&
    Array.isArray(days) &&
    days.every((d) => typeof (d as { date?: unknown })?.date === "string" && isIsoDay((d as { date: string }).date))
  );
}

export type Forecast = z.output<typeof forecastSchema>;

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Checks of a well-formed forecast against the clock: an issue time in the future, or too old for a live forecast.
 * A replay (a past summer driven through the pipeline) is allowed only where `replayAllowed` (never in production).
 */
export function clockProblems(forecast: Forecast, { now, replayAllowed }: { now: Date; replayAllowed: boolean }): FieldProblem[] {
  const issued = Date.parse(forecast.issuedAt);
  const problems: FieldProblem[] = [];
  if (issued > now.getTime() + FORECAST_RULES.futureSlackMinutes * 60_000) {
    problems.push({ field: "issuedAt", message: "is in the future" });
  }
  if (forecast.replay && !replayAllowed) problems.push({ field: "replay", message: "replays are not accepted in this environment" });
  if (!forecast.replay && issued < now.getTime() - FORECAST_RULES.maxAgeDays * DAY_MS) {
    problems.push({ field: "issuedAt", message: `is more than ${FORECAST_RULES.maxAgeDays} days old (set replay: true to replay a past summer)` });
  }
  return problems;
}

/** Parses and checks a forecast: the forecast, or every problem with the field it concerns. */
export function readForecast(
  input: unknown,
  clock: { now: Date; replayAllowed: boolean },
): { ok: true; forecast: Forecast } | { ok: false; problems: FieldProblem[] } {
  const parsed = forecastSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "(body)", message: i.message })) };
  }
  const problems = clockProblems(parsed.data, clock);
  return problems.length ? { ok: false, problems } : { ok: true, forecast: parsed.data };
}
