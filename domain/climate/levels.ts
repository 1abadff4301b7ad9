// The one level scale of every climate hazard (green, yellow, orange, red), and the impact × likelihood matrix that
// anchors it: the UK Health Security Agency's impact-based Weather-Health Alerts, whose colours come from how
// severe the health impacts could be and how likely they are (sources and how each hazard uses it: levels.md).
// Météo-France's vigilance colours (ids 1–4) are the same four levels. Shared code.

export const LEVELS = ["green", "yellow", "orange", "red"] as const;
export type Level = (typeof LEVELS)[number];

export type Impact = "very-low" | "low" | "medium" | "high";
export const IMPACTS: readonly Impact[] = ["very-low", "low", "medium", "high"];

export type Likelihood = "very-low" | "low" | "medium" | "high";
export const LIKELIHOODS: readonly Likelihood[] = ["very-low", "low", "medium", "high"];

/**
 * The UKHSA matrix: for each likelihood, the risk score (1–16) and colour of each impact, very low to high
 * (amber is our orange). Scores as published with the alerts: high likelihood 4, 8, 13, 16; medium 3, 7, 12, 15;
 * low 2, 6, 10, 14; very low 1, 5, 9, 11.
 */
export const RISK_MATRIX: Record<Likelihood, readonly { score: number; level: Level }[]> = {
  high: [{ score: 4, level: "green" }, { score: 8, level: "yellow" }, { score: 13, level: "orange" }, { score: 16, level: "red" }],
  medium: [{ score: 3, level: "green" }, { score: 7, level: "yellow" }, { score: 12, level: "orange" }, { score: 15, level: "orange" }],
  low: [{ score: 2, level: "green" }, { score: 6, level: "green" }, { score: 10, level: "yellow" }, { score: 14, level: "orange" }],
  "very-low": [{ score: 1, level: "green" }, { score: 5, level: "green" }, { score: 9, level: "yellow" }, { score: 11, level: "yellow" }],
};

/** The level (and risk score) of an impact and its likelihood. */
export const matrixCell = (impact: Impact, likelihood: Likelihood) => RISK_MATRIX[likelihood][IMPACTS.indexOf(impact)];

export const levelRank = (level: Level) => LEVELS.indexOf(level);

export const isAlertLevel = (level: Level | null | undefined): level is "orange" | "red" => level === "orange" || level === "red";

/** The highest of some levels, null if none is known. */
export function highestLevel(levels: Iterable<Level | null | undefined>): Level | null {
  let top: Level | null = null;
  for (const level of levels) if (level && (top === null || levelRank(level) > levelRank(top))) top = level;
  return top;
}

/** Météo-France vigilance colour ids (carte product `color_id`, 1 green … 4 red) as levels. */
export const VIGILANCE_COLOURS: Record<number, Level> = { 1: "green", 2: "yellow", 3: "orange", 4: "red" };
