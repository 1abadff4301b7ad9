// One chunk of the register for a round of an episode, at the edge. Only the people who chose the episode's hazard
// (and, for floods, live in a riverside arrondissement) are concerned. For hazards that call the register (heat,
// cold), each person's shared factors and the round's heat or cold go through the shared feature code into the
// hazard's ONNX model (heat-risk, cold-risk); the calls (with the score) and the messages of every channel the
// person chose are written in bulk, in one batch with the chunk's audit entry. That entry records every score of
// the chunk — the person's pseudonymous id, the input hash (salted per person, so it cannot be reversed by trying
// factors) and the risk — with the model's id and version: one chained entry per chunk rather than per score,
// because chaining 20,000 entries one by one halved the opening's throughput (bench/heat.ts). Hazards that only send
// advice (floods, pollution, storms) queue the messages alone. People of the chunk already done in this round are
// skipped, so a retried or duplicated chunk event writes nothing twice.
// The message is the episode's latest warning (the opening's, or the red one once it turned red), keyed per
// episode, kind, person and channel: in a round that sends none, only people not yet warned get it (someone who
// registered during the alert); everyone else's key is already in the outbox and nothing is queued twice.
import { HAZARD_POLICIES, type Hazard } from "../../../domain/climate/hazards";
import { edgeModels } from "../inference/registry";
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { bulkInsert, type SqlValue } from "../platform/bulk";
import { hashInput, sha256Hex } from "../platform/hash";
import { openFactors } from "./factors-at-rest";
import { batchKeyFor, callIdFor, outboxKeyFor } from "./ids";
import type { AlertKind, Channel } from "../../../domain/heat/warnings";
import { isCallHazard, riskRows, RISK_MODELS } from "./person";

/** The audited hash of one person's model input: SHA-256 of their salt, a newline and the features joined by commas. */
export const scoreInputHash = (salt: string, features: ArrayLike<number>) => sha256Hex(`${salt}\n${Array.prototype.join.call(features, ",")}`);

export type ChunkRef = { episodeId: string; round: number } & ({ fromSeq: number; toSeq: number } | { registrationId: string });

interface RoundRow {
  hazard: Hazard;
  day: string;
  exposure: string;
  /** The episode's latest warning up to this round, and the day of the round that sent it. */
  message_kind: AlertKind | null;
  message_day: string | null;
}

interface PersonRow {
  id: string;
  input_salt: string;
  phone: string | null;
  email: string | null;
  channels: string;
  factors: string;
}

const CALL_COLUMNS = ["id", "episode_id", "round", "registration_id", "risk", "model_id", "model_version", "created_at"];
const OUTBOX_COLUMNS = ["idempotency_key", "batch_key", "registration_id", "episode_id", "kind", "channel", "recipient", "day", "created_at"];

export interface ChunkResult {
  scored: number;
  /** The outbox batch to deliver, when the round sends messages. */
  batchKey: string | null;
}

export async function scoreChunk(env: Env, chunk: ChunkRef, now = new Date()): Promise<ChunkResult> {
  const db = env.DB;
  const { episodeId, round } = chunk;
  const roundRow = await db
    .prepare(
      `SELECT e.hazard, r.day, r.exposure, m.message_kind, m.day AS message_day FROM heat_rounds r
       JOIN heat_episodes e ON e.id = r.episode_id
       LEFT JOIN heat_rounds m ON m.episode_id = r.episode_id AND m.round =
         (SELECT max(round) FROM heat_rounds WHERE episode_id = r.episode_id AND round <= r.round AND message_kind IS NOT NULL)
       WHERE r.episode_id = ?1 AND r.round = ?2`,
    )
    .bind(episodeId, round)
    .first<RoundRow>();
  if (!roundRow) throw new Error(`round ${round} of episode ${episodeId} does not exist`);
  const hazard = roundRow.hazard;
  const calls = isCallHazard(hazard) && HAZARD_POLICIES[hazard].calls;
  const single = "registrationId" in chunk;
  const batchKey = roundRow.message_kind ? batchKeyFor(episodeId, round, single ? chunk.registrationId : chunk.fromSeq) : null;
  const done = calls
    ? "EXISTS (SELECT 1 FROM heat_calls c WHERE c.id = ?3 || r.id)"
    : "EXISTS (SELECT 1 FROM heat_outbox o WHERE o.episode_id = ?6 AND o.registration_id = r.id AND o.kind = ?7)";
  const { results: people } = await db
    .prepare(
      `SELECT r.id, r.input_salt, r.phone, r.email, r.channels, r.factors FROM heat_registrations r
       WHERE ${single ? "r.id = ?8" : "r.seq >= ?1 AND r.seq < ?2"} AND r.expires_at > ?4
       AND EXISTS (SELECT 1 FROM json_each(r.hazards) WHERE value = ?5)
       AND (?9 IS NULL OR r.arrondissement IN (SELECT value FROM json_each(?9)))
       AND NOT ${done}
       ORDER BY r.seq`,
    )
    .bind(
      single ? null : chunk.fromSeq, single ? null : chunk.toSeq, callIdFor(episodeId, round, ""), now.toISOString(), hazard, episodeId,
      roundRow.message_kind ?? "", single ? chunk.registrationId : null,
      HAZARD_POLICIES[hazard].arrondissements ? JSON.stringify(HAZARD_POLICIES[hazard].arrondissements) : null,
    )
    .all<PersonRow>();
  if (!people.length) return { scored: 0, batchKey };

  const at = now.toISOString();
  const messages: SqlValue[][] = [];
  if (batchKey && roundRow.message_kind && roundRow.message_day) {
    for (const p of people) {
      for (const channel of JSON.parse(p.channels) as Channel[]) {
        const recipient = channel === "email" ? p.email : p.phone;
        if (!recipient) continue;
        messages.push([outboxKeyFor(episodeId, roundRow.message_kind, p.id, channel), batchKey, p.id, episodeId, roundRow.message_kind, channel, recipient, roundRow.message_day, at]);
      }
    }
  }
  const outbox = bulkInsert(db, "heat_outbox", OUTBOX_COLUMNS, messages, "ON CONFLICT (idempotency_key) DO NOTHING");
  if (!calls || !isCallHazard(hazard)) {
    if (outbox.length) await db.batch(outbox);
    return { scored: people.length, batchKey };
  }

  const model = await edgeModels.load(RISK_MODELS[hazard]);
  const width = model.entry.features.length;
  const factors = await Promise.all(people.map((p) => openFactors(env, p.id, p.factors)));
  const batch = riskRows(hazard, factors, roundRow.day, JSON.parse(roundRow.exposure) as unknown);
  const risks = await model.run(batch);
  const inputHashes = await Promise.all(people.map((p, i) => scoreInputHash(p.input_salt, batch.subarray(i * width, (i + 1) * width))));
  const callRows: SqlValue[][] = people.map((p, i) => [callIdFor(episodeId, round, p.id), episodeId, round, p.id, risks[i], model.entry.id, model.entry.version, at]);
  const scores: [string, string, number][] = people.map((p, i) => [p.id, inputHashes[i], risks[i]]);
  await withAudit(
    db,
    [{
      ...SYSTEM_ACTOR,
      action: "heat.risk-scores",
      subjectKind: "heat-scoring-chunk",
      subjectId: `${callIdFor(episodeId, round, "")}${single ? chunk.registrationId : `${chunk.fromSeq}-${chunk.toSeq}`}`,
      modelId: model.entry.id,
      modelVersion: model.entry.version,
      inputHash: await hashInput(scores.map(([, inputHash]) => inputHash)),
      output: { episodeId, round, hazard, columns: ["registrationId", "inputHash", "risk"], scores },
    }],
    [...bulkInsert(db, "heat_calls", CALL_COLUMNS, callRows, "ON CONFLICT (id) DO NOTHING"), ...outbox],
    () => now,
  );
  return { scored: people.length, batchKey };
}
