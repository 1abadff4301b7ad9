// An alert episode's life: open while the forecast's issue day is orange or red, closed after; its call
// rounds, each started for a reason; and what one forecast did to the episodes. The Worker applies them
// (workers/src/heat/episodes.ts), the console labels them, SQL CHECKs restate them. Shared code.

export const EPISODE_STATUSES = ["open", "closed"] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

/** Why a call round started: the episode opened, two days passed, or the level turned red. */
export const ROUND_REASONS = ["opening", "every-two-days", "red"] as const;
export type RoundReason = (typeof ROUND_REASONS)[number];

/** What handling one forecast did: opened, updated or closed the episode, or nothing (and why). */
export const FORECAST_OUTCOMES = ["opened", "updated", "closed", "no-alert", "insufficient-days", "superseded", "missing"] as const;
