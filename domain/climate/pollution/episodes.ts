// Air pollution episodes in Paris: the information and alert thresholds of ozone, nitrogen dioxide and PM10
// (code de l'environnement R221-1, procedures of the arrêté du 7 avril 2016, Île-de-France order of
// 19 December 2016), graded on the level scale through the impact × likelihood matrix. The people of the register
// are the "particularly sensitive" people the information threshold protects, so for them an information episode
// has a medium impact and an alert (a threshold or a persistent episode) a high one; an observation or today's
// forecast is likely, tomorrow's forecast medium. Bulletin format, sources and choices: README.md. Shared code.
import { z } from "zod";
import { type FieldProblem } from "../../heat/forecast.ts";
import { addDays, isIsoDay } from "../../time/days.ts";
import { highestLevel, matrixCell, type Impact, type Level, type Likelihood } from "../levels.ts";

export type Pollutant = "o3" | "no2" | "pm10";
export const POLLUTANTS: readonly Pollutant[] = ["o3", "no2", "pm10"];

/** µg/m³; ozone and NO₂ on the highest hourly mean of the day, PM10 on the daily mean. */
export const POLLUTION_THRESHOLDS: Record<Pollutant, { information: number; alert: number; measure: "hourly-max" | "daily-mean" }> = {
  o3: { information: 180, alert: 240, measure: "hourly-max" },
  no2: { information: 200, alert: 400, measure: "hourly-max" },
  pm10: { information: 50, alert: 80, measure: "daily-mean" },
};

/**
 * Persistent episodes that start the alert procedure although the alert threshold is not reached (arrêté du
 * 7 avril 2016): the information threshold on the days before and after the day, by pollutant.
 */
export const PERSISTENCE: Record<Pollutant, readonly (readonly number[])[]> = {
  // PM10 and ozone: the information threshold on two days in a row, the day and the one before or after it.
  pm10: [[-1, 0], [0, 1]],
  o3: [[-1, 0], [0, 1]],
  // NO₂: the day before, the day itself and the next one.
  no2: [[-1, 0, 1]],
};

const concentration = z.number().min(0, "must be at least 0 µg/m³").max(5000, "is not a plausible concentration (µg/m³)");

export const pollutionBulletinSchema = z
  .object({
    source: z.string().trim().min(1, "is required").max(200),
    issuedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time with its offset" }),
    zone: z.literal("75", { error: 'must be "75" (Paris)' }).default("75"),
    days: z
      .array(
        z.object({
          date: z.string().refine(isIsoDay, "must be a calendar day YYYY-MM-DD"),
          kind: z.enum(["observed", "forecast"]),
          o3: concentration.optional(),
          no2: concentration.optional(),
          pm10: concentration.optional(),
        }),
      )
      .min(1, "needs at least one day")
      .max(10),
  })
  .superRefine((bulletin, ctx) => {
    bulletin.days.forEach((day, i) => {
      if (i > 0 && day.date !== addDays(bulletin.days[i - 1].date, 1)) {
        ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: `days must follow each other: expected ${addDays(bulletin.days[i - 1].date, 1)}` });
      }
      if (POLLUTANTS.every((p) => day[p] === undefined)) ctx.addIssue({ code: "custom", path: ["days", i], message: "gives no pollutant (o3, no2 or pm10)" });
    });
  });

export type PollutionBulletin = z.output<typeof pollutionBulletinSchema>;
export type PollutionDay = PollutionBulletin["days"][number];

export function readPollutionBulletin(input: unknown): { ok: true; bulletin: PollutionBulletin } | { ok: false; problems: FieldProblem[] } {
  const parsed = pollutionBulletinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "(body)", message: i.message })) };
  return { ok: true, bulletin: parsed.data };
}

export interface PollutionLevelDay {
  date: string;
  level: Level;
  /** The pollutants at or over a threshold that day, and which procedure they start. */
  episodes: { pollutant: Pollutant; procedure: "information" | "alert" | "persistence"; value: number }[];
}

const likelihoodOf = (day: PollutionDay, issueDay: string): Likelihood => (day.kind === "observed" || day.date <= issueDay ? "high" : "medium");

/** The level of each day of a bulletin issued on `issueDay` (Paris calendar day). */
export function pollutionLevels(bulletin: PollutionBulletin, issueDay: string): PollutionLevelDay[] {
  const byDate = new Map(bulletin.days.map((d) => [d.date, d]));
  const overInformation = (date: string, p: Pollutant) => (byDate.get(date)?.[p] ?? -1) >= POLLUTION_THRESHOLDS[p].information;
  return bulletin.days.map((day) => {
    const episodes: PollutionLevelDay["episodes"] = [];
    for (const p of POLLUTANTS) {
      const value = day[p];
      if (value === undefined || value < POLLUTION_THRESHOLDS[p].information) continue;
      const persistent = PERSISTENCE[p].some((offsets) => offsets.every((k) => overInformation(addDays(day.date, k), p)));
      const procedure = value >= POLLUTION_THRESHOLDS[p].alert ? "alert" : persistent ? "persistence" : "information";
      episodes.push({ pollutant: p, procedure, value });
    }
    const impacts: Impact[] = episodes.map((e) => (e.procedure === "information" ? "medium" : "high"));
    const level = highestLevel(impacts.map((impact) => matrixCell(impact, likelihoodOf(day, issueDay)).level)) ?? "green";
    return { date: day.date, level, episodes };
  });
}
