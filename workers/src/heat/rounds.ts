// A call round fans out into chunk events: the register is split by registration order into chunks of
// SCORING_CHUNK people, each scored (or, for hazards that only send advice, selected), listed and messaged by one
// event (so an episode opening for 20,000 people stays far below D1's 1,000 queries per invocation). Chunk bounds
// come from the register at the round's start; people who register later are scored alone, by an event named after
// their registration id (see registrations.ts).
import { makeEvent } from "../events/envelope";
import type { HeatEvent } from "./events";
import { REGISTER_DEPARTEMENT, SCORING_CHUNK } from "./ids";

export const chunkEvent = (episodeId: string, round: number, fromSeq: number, toSeq: number): HeatEvent =>
  makeEvent("heat.score-chunk", { episodeId, round, fromSeq, toSeq }, { id: `heat.chunk:${episodeId}:${round}:${fromSeq}-${toSeq}` });

/** The scoring of one person who registered during the round. */
export const personEvent = (episodeId: string, round: number, registrationId: string): HeatEvent =>
  makeEvent("heat.score-chunk", { episodeId, round, registrationId }, { id: `heat.person:${episodeId}:${round}:${registrationId}` });

export async function roundChunks(db: D1Database, episodeId: string, round: number): Promise<HeatEvent[]> {
  const episode = await db.prepare("SELECT departement FROM heat_episodes WHERE id = ?1").bind(episodeId).first<{ departement: string }>();
  if (!episode || episode.departement !== REGISTER_DEPARTEMENT) return [];
  const range = await db.prepare("SELECT min(seq) AS lo, max(seq) AS hi FROM heat_registrations").first<{ lo: number | null; hi: number | null }>();
  if (range?.lo == null || range.hi == null) return [];
  const events: HeatEvent[] = [];
  for (let from = range.lo; from <= range.hi; from += SCORING_CHUNK) {
    events.push(chunkEvent(episodeId, round, from, Math.min(from + SCORING_CHUNK, range.hi + 1)));
  }
  return events;
}
