// Identifiers of the heat pipeline. Those of episodes, calls, outbox messages and events derive from what they
// stand for, so a retried or duplicated event names the same rows and the same follow-up events.

/** Paris's register: the only département whose episodes call registered people. */
export const REGISTER_DEPARTEMENT = "75";

/** Registrations scored per chunk event (one model run, one bulk write of calls and messages). */
export const SCORING_CHUNK = 1000;

export const episodeIdFor = (departement: string, startDay: string, forecastId: string) =>
  `ep${departement}-${startDay.replaceAll("-", "")}-${forecastId.slice(0, 8)}`;

export const callIdFor = (episodeId: string, round: number, registrationId: string) => `${episodeId}-r${round}-${registrationId}`;

export const outboxKeyFor = (episodeId: string, kind: string, registrationId: string, channel: string) =>
  `${episodeId}:${kind}:${registrationId}:${channel}`;

export const batchKeyFor = (episodeId: string, round: number, fromSeq: number) => `${episodeId}:r${round}:${fromSeq}`;
