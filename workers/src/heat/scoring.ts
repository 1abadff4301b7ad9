// Scoring of one chunk of the register for a call round, at the edge: each person's shared factors and the
// round's heat go through the shared feature code into the heat-risk ONNX model; the calls (with the score)
// and the messages of every channel the person chose are written in bulk, in one batch with the chunk's audit
// entry. That entry records every score of the chunk — the person's pseudonymous id, the input hash (salted per
// person, so it cannot be reversed by trying factors) and the risk — with the model's id and version: one chained
// entry per chunk rather than per score, because chaining 20,000 entries one by one halved the opening's
// throughput (bench/heat.ts). People of the chunk who already have their call in this round are skipped, so a
// retried or duplicated chunk event writes nothing twice.
// The message is the episode's latest warning (the opening's, or the red one once it turned red), keyed per
// episode, kind, person and channel: in a round that sends none, only people not yet warned get it (someone who
// registered during the alert); everyone else's key is already in the outbox and nothing is queued twice.
import { encodeRows, featureDefinition, type ModelId } from "../../../models/features";
import { edgeModels } from "../inference/registry";
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { bulkInsert, type SqlValue } from "../platform/bulk";
import { hashInput, sha256Hex } from "../platform/hash";
import type { Exposure } from "./episodes";
import { batchKeyFor, callIdFor, outboxKeyFor } from "./ids";
import type { Channel, MessageKind } from "../../../domain/heat/warnings";
import { riskInput } from "./person";

export const HEAT_RISK_MODEL = "heat-risk" satisfies ModelId;

/** The audited hash of one person's model input: SHA-256 of their salt, a newline and the features joined by commas. */
export const scoreInputHash = (salt: string, features: ArrayLike<number>) => sha256Hex(`${salt}\n${Array.prototype.join.call(features, ",")}`);

interface RoundRow {
  day: string;
  exposure: string;
  /** The episode's latest warning up to this round, and the day of the round that sent it. */
  message_kind: MessageKind | null;
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

const CALL_COLUMNS = [
  "id", "episode_id", "round", "registration_id", "risk", "model_id", "model_version", "created_at",
];
const OUTBOX_COLUMNS = [
  "idempotency_key", "batch_key", "registration_id", "episode_id", "kind", "channel", "recipient", "day", "created_at",
];

export interface ChunkResult {
  scored: number;
  /** The outbox batch to deliver, when the round sends messages. */
  batchKey: string | null;
}

export async function scoreChunk(
  env: Env,
  { episodeId, round, fromSeq, toSeq }: { episodeId: string; round: number; fromSeq: number; toSeq: number },
  now = new Date(),
): Promise<ChunkResult> {
  const db = env.DB;
  const [rounds, chunk] = await db.batch([
    db.prepare(
      `SELECT r.day, r.exposure, m.message_kind, m.day AS message_day FROM heat_rounds r
       LEFT JOIN heat_rounds m ON m.episode_id = r.episode_id AND m.round =
         (SELECT max(round) FROM heat_rounds WHERE episode_id = r.episode_id AND round <= r.round AND message_kind IS NOT NULL)
       WHERE r.episode_id = ?1 AND r.round = ?2`,
    ).bind(episodeId, round),
    db.prepare(
      `SELECT r.id, r.input_salt, r.phone, r.email, r.channels, r.factors FROM heat_registrations r
       WHERE r.seq >= ?1 AND r.seq < ?2 AND r.expires_at > ?3
       AND NOT EXISTS (SELECT 1 FROM heat_calls c WHERE c.id = ?4 || r.id)
       ORDER BY r.seq`,
    ).bind(fromSeq, toSeq, now.toISOString(), callIdFor(episodeId, round, "")),
  ]);
  const roundRow = rounds.results[0] as RoundRow | undefined;
  if (!roundRow) throw new Error(`round ${round} of episode ${episodeId} does not exist`);
  const batchKey = roundRow.message_kind ? batchKeyFor(episodeId, round, fromSeq) : null;
  const people = chunk.results as PersonRow[];
  if (!people.length) return { scored: 0, batchKey };

  const exposure = JSON.parse(roundRow.exposure) as Exposure;
  const model = await edgeModels.load(HEAT_RISK_MODEL);
  const width = model.entry.features.length;
  const batch = encodeRows(featureDefinition(HEAT_RISK_MODEL), people.map((p) => riskInput(p.factors, roundRow.day, exposure)), model.context);
  const risks = await model.run(batch);

  const at = now.toISOString();
  const calls: SqlValue[][] = [];
  const messages: SqlValue[][] = [];
  const scores: [string, string, number][] = [];
  const inputHashes = await Promise.all(people.map((p, i) => scoreInputHash(p.input_salt, batch.subarray(i * width, (i + 1) * width))));
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    calls.push([callIdFor(episodeId, round, p.id), episodeId, round, p.id, risks[i], model.entry.id, model.entry.version, at]);
    scores.push([p.id, inputHashes[i], risks[i]]);
    if (batchKey && roundRow.message_kind && roundRow.message_day) {
      for (const channel of JSON.parse(p.channels) as Channel[]) {
        const recipient = channel === "email" ? p.email : p.phone;
        if (!recipient) continue;
        messages.push([outboxKeyFor(episodeId, roundRow.message_kind, p.id, channel), batchKey, p.id, episodeId, roundRow.message_kind, channel, recipient, roundRow.message_day, at]);
      }
    }
  }
  await withAudit(
    db,
    [{
      ...SYSTEM_ACTOR,
      action: "heat.risk-scores",
      subjectKind: "heat-scoring-chunk",
      subjectId: `${callIdFor(episodeId, round, "")}${fromSeq}-${toSeq}`,
      modelId: model.entry.id,
      modelVersion: model.entry.version,
      inputHash: await hashInput(scores.map(([, inputHash]) => inputHash)),
      output: { episodeId, round, columns: ["registrationId", "inputHash", "risk"], scores },
    }],
    [
      ...bulkInsert(db, "heat_calls", CALL_COLUMNS, calls, "ON CONFLICT (id) DO NOTHING"),
      ...bulkInsert(db, "heat_outbox", OUTBOX_COLUMNS, messages, "ON CONFLICT (idempotency_key) DO NOTHING"),
    ],
    () => now,
  );
  return { scored: people.length, batchKey };
}
