// Scoring of one chunk of the register for a call round, at the edge: each person's shared factors and the
// round's heat go through the shared feature code into the heat-risk ONNX model; the calls (with the score,
// features and reasons) and, when the round sends one, the messages of every channel the person chose are
// written in bulk with one audit entry per score, in one batch. People of the chunk who already have their call
// in this round are skipped, so a retried or duplicated chunk event writes nothing twice.
import { featureDefinition, type HeatRiskInput } from "../../../models/features";
import { personFromFactors, type SharedFactors } from "../../../models/heat/register-factors";
import { heatRiskReasons } from "../../../models/heat/risk-features";
import { infer, loadModel } from "../inference/registry";
import { SYSTEM_ACTOR, withAudit, type AuditEntry } from "../platform/audit";
import { bulkInsert, type SqlValue } from "../platform/bulk";
import { hashInput } from "../platform/hash";
import type { Exposure } from "./episodes";
import { batchKeyFor, callIdFor, outboxKeyFor } from "./ids";
import { messageFor, type Channel, type MessageKind } from "./message-texts";

export const HEAT_RISK_MODEL = "heat-risk";

interface RoundRow {
  day: string;
  exposure: string;
  message_kind: MessageKind | null;
}

interface PersonRow {
  seq: number;
  id: string;
  input_salt: string;
  phone: string | null;
  email: string | null;
  channels: string;
  factors: string;
}

const CALL_COLUMNS = [
  "id", "episode_id", "round", "registration_id", "registration_seq", "risk", "features", "reasons", "model_id", "model_version", "created_at",
];
const OUTBOX_COLUMNS = [
  "idempotency_key", "batch_key", "registration_id", "episode_id", "kind", "channel", "recipient", "subject", "body", "created_at",
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
  const roundRow = await db.prepare("SELECT day, exposure, message_kind FROM heat_rounds WHERE episode_id = ?1 AND round = ?2").bind(episodeId, round).first<RoundRow>();
  if (!roundRow) throw new Error(`round ${round} of episode ${episodeId} does not exist`);
  const batchKey = roundRow.message_kind ? batchKeyFor(episodeId, round, fromSeq) : null;
  const { results: people } = await db
    .prepare(
      `SELECT r.seq, r.id, r.input_salt, r.phone, r.email, r.channels, r.factors FROM heat_registrations r
       WHERE r.seq >= ?1 AND r.seq < ?2 AND r.expires_at > ?3
       AND NOT EXISTS (SELECT 1 FROM heat_calls c WHERE c.episode_id = ?4 AND c.round = ?5 AND c.registration_id = r.id)
       ORDER BY r.seq`,
    )
    .bind(fromSeq, toSeq, now.toISOString(), episodeId, round)
    .all<PersonRow>();
  if (!people.length) return { scored: 0, batchKey };

  const exposure = JSON.parse(roundRow.exposure) as Exposure;
  const year = Number(roundRow.day.slice(0, 4));
  const features = featureDefinition(HEAT_RISK_MODEL);
  const model = await loadModel(HEAT_RISK_MODEL);
  const width = model.entry.features.length;
  const inputs = people.map((p): HeatRiskInput => ({ person: personFromFactors(JSON.parse(p.factors) as SharedFactors, year), exposure }));
  const batch = new Float32Array(people.length * width);
  inputs.forEach((input, i) => batch.set(features.encode(input, null), i * width));
  const risks = await infer(model, batch);

  const at = now.toISOString();
  const calls: SqlValue[][] = [];
  const messages: SqlValue[][] = [];
  const audit: AuditEntry[] = [];
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const callId = callIdFor(episodeId, round, p.id);
    const row = Array.from(batch.subarray(i * width, (i + 1) * width));
    const reasons = heatRiskReasons(inputs[i].person).map((r) => r.code);
    calls.push([callId, episodeId, round, p.id, p.seq, risks[i], JSON.stringify(row), JSON.stringify(reasons), model.entry.id, model.entry.version, at]);
    audit.push({
      ...SYSTEM_ACTOR,
      action: "heat.risk-score",
      subjectKind: "heat-call",
      subjectId: callId,
      modelId: model.entry.id,
      modelVersion: model.entry.version,
      inputHash: await hashInput({ salt: p.input_salt, features: row }),
      output: { risk: risks[i] },
    });
    if (batchKey && roundRow.message_kind) {
      for (const channel of JSON.parse(p.channels) as Channel[]) {
        const recipient = channel === "email" ? p.email : p.phone;
        if (!recipient) continue;
        const { subject, body } = messageFor(roundRow.message_kind, channel, roundRow.day);
        messages.push([outboxKeyFor(episodeId, roundRow.message_kind, p.id, channel), batchKey, p.id, episodeId, roundRow.message_kind, channel, recipient, subject, body, at]);
      }
    }
  }
  await withAudit(
    db,
    audit,
    [
      ...bulkInsert(db, "heat_calls", CALL_COLUMNS, calls, "ON CONFLICT (id) DO NOTHING"),
      ...bulkInsert(db, "heat_outbox", OUTBOX_COLUMNS, messages, "ON CONFLICT (idempotency_key) DO NOTHING"),
    ],
    () => now,
  );
  return { scored: people.length, batchKey };
}
