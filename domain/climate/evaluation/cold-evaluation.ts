// The cold rule measured on the real Paris-Montsouris series (1950-2026, a perfect forecast): every episode it
// flags (a run of orange or red days), and how they meet the independent references of reference-winters.json —
// which named cold waves it flags, and whether the mildest winters stay below orange. Used by the evaluation script
// (cold-episodes.ts), the cold rule's document and its test. Node-only.
import { coldOutlook, type ColdDay } from "../cold/rule.ts";
import references from "../cold/reference-winters.json";
import { isAlertLevel, levelRank, type Level } from "../levels.ts";
import { loadMontsouris } from "../../heat/evaluation/real-data.ts";

export interface ColdEpisode {
  from: string;
  to: string;
  days: number;
  peak: "orange" | "red";
  coldestNight: number;
  coldestDay: number;
  /** The reference cold wave it overlaps, if any. */
  reference: string | null;
}

const overlaps = (a: { from: string; to: string }, b: { from: string; to: string }) => a.from <= b.to && b.from <= a.to;

/** Runs of consecutive orange-or-red days. */
export function coldEpisodes(days: readonly ColdDay[]): ColdEpisode[] {
  const episodes: ColdEpisode[] = [];
  let current: ColdEpisode | null = null;
  for (const day of days) {
    if (!isAlertLevel(day.level)) {
      current = null;
      continue;
    }
    if (!current) {
      current = { from: day.date, to: day.date, days: 0, peak: "orange", coldestNight: day.tn, coldestDay: day.tx, reference: null };
      episodes.push(current);
    }
    current.to = day.date;
    current.days++;
    if (levelRank(day.level) > levelRank(current.peak)) current.peak = day.level;
    current.coldestNight = Math.min(current.coldestNight, day.tn);
    current.coldestDay = Math.min(current.coldestDay, day.tx);
  }
  for (const episode of episodes) episode.reference = references.coldWaves.find((w) => overlaps(episode, w))?.name ?? null;
  return episodes;
}

export interface ColdEvaluation {
  period: { from: string; to: string };
  episodes: ColdEpisode[];
  /** Each reference cold wave and the highest level the rule gave during it. */
  coldWaves: { name: string; from: string; to: string; peak: Level | null }[];
  /** Each reference mild winter (1 November – 31 March) and its days at each level. */
  mildWinters: { winter: string; days: Record<Level, number> }[];
  yellowDays: number;
}

export function evaluateCold(): ColdEvaluation {
  const days = coldOutlook(loadMontsouris());
  const graded = days.filter((d) => d.level !== null);
  const between = (from: string, to: string) => graded.filter((d) => d.date >= from && d.date <= to);
  const peakOf = (list: ColdDay[]) => list.reduce<Level | null>((top, d) => (top === null || levelRank(d.level!) > levelRank(top) ? d.level : top), null);
  return {
    period: { from: graded[0].date, to: graded.at(-1)!.date },
    episodes: coldEpisodes(days),
    coldWaves: references.coldWaves.map((w) => ({ name: w.name, from: w.from, to: w.to, peak: peakOf(between(w.from, w.to)) })),
    mildWinters: references.mildWinters.map(({ winter }) => {
      const [a, b] = winter.split("-");
      const counts = { green: 0, yellow: 0, orange: 0, red: 0 } as Record<Level, number>;
      for (const d of between(`${a}-11-01`, `${b}-03-31`)) counts[d.level!]++;
      return { winter, days: counts };
    }),
    yellowDays: graded.filter((d) => d.level === "yellow").length,
  };
}
