// After a decision, the chunk events of every round it started, for every hazard (one fan-out for all inputs).
import type { HandlerContext } from "../events/catalogue";
import { roundChunks } from "../heat/rounds";
import type { HazardOutcome } from "./episodes";

export async function publishRounds(db: D1Database, outcomes: readonly Pick<HazardOutcome, "episodeId" | "round">[], publish: HandlerContext["publish"]): Promise<void> {
  for (const outcome of outcomes) {
    if (!outcome.episodeId || !outcome.round) continue;
    const chunks = await roundChunks(db, outcome.episodeId, outcome.round.number);
    if (chunks.length) await publish(chunks);
  }
}
