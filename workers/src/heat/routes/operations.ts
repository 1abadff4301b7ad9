// Oversight of the pipeline: the episodes with their rounds and counts (heat agents and ops), and the messages
// the local provider recorded (ops). Ops operate the pipeline without reading personal data (privacy/purposes.ts):
// recipients come masked, the person known by the register's pseudonymous id only.
import { createRoute } from "@hono/zod-openapi";
import { pageOf } from "../../../../domain/contracts/common";
import { episodesQuery, episodesSchema, messageSchema, messagesQuery } from "../../../../domain/contracts/heat";
import type { RoundReason } from "../../../../domain/heat/episodes";
import type { Channel, MessageKind } from "../../../../domain/heat/warnings";
import { forRoles } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import type { EpisodeRow } from "../episodes";

/** "+33639981234" → "+33 •• •• •• •• 34"; "jeanne@example.org" → "•••@example.org". */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf("@");
  return at >= 0 ? `•••${recipient.slice(at)}` : `${recipient.slice(0, 3)} •• •• •• •• ${recipient.slice(-2)}`;
}

interface MessageRow {
  idempotency_key: string; registration_id: string; episode_id: string; kind: MessageKind; channel: Channel;
  recipient: string; subject: string | null; body: string; sent_at: string;
}

export const operationRoutes = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/episodes",
      tags: ["heat"],
      summary: "Alert episodes, newest first, with their call rounds and message counts",
      ...forRoles("heat-agent", "ops"),
      request: { query: episodesQuery },
      responses: {
        200: { description: "Episodes, and how many people the register holds now", content: { "application/json": { schema: episodesSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const db = c.env.DB;
      const { limit } = c.req.valid("query");
      const [{ results: episodes }, registered] = await db.batch([
        db.prepare("SELECT * FROM heat_episodes ORDER BY opened_at DESC, id LIMIT ?1").bind(limit),
        db.prepare("SELECT count(*) AS n FROM heat_registrations WHERE expires_at > ?1").bind(new Date().toISOString()),
      ]) as [D1Result<EpisodeRow>, D1Result<{ n: number }>];
      const items = await Promise.all(
        episodes.map(async (e) => {
          const [rounds, messages] = await db.batch([
            db.prepare(
              `SELECT r.round, r.day, r.reason, r.message_kind, (SELECT count(*) FROM heat_calls c WHERE c.episode_id = r.episode_id AND c.round = r.round) AS calls
               FROM heat_rounds r WHERE r.episode_id = ?1 ORDER BY r.round`,
            ).bind(e.id),
            db.prepare("SELECT sum(status = 'pending') AS pending, sum(status = 'sent') AS sent FROM heat_outbox WHERE episode_id = ?1").bind(e.id),
          ]);
          const counts = messages.results[0] as { pending: number | null; sent: number | null };
          return {
            id: e.id, departement: e.departement, status: e.status, startDate: e.start_date, lastAlertDate: e.last_alert_date, endDate: e.end_date,
            peakLevel: e.peak_level, currentRound: e.current_round, openedAt: e.opened_at, closedAt: e.closed_at,
            rounds: (rounds.results as { round: number; day: string; reason: RoundReason; message_kind: MessageKind | null; calls: number }[]).map((r) => ({
              round: r.round, day: r.day, reason: r.reason, messageKind: r.message_kind, calls: r.calls,
            })),
            messages: { pending: counts.pending ?? 0, sent: counts.sent ?? 0 },
          };
        }),
      );
      return c.json({ registered: registered.results[0].n, items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/messages",
      tags: ["heat"],
      summary: "Messages recorded by the local message provider, newest first",
      ...forRoles("ops"),
      request: { query: messagesQuery },
      responses: {
        200: { description: "A page of messages", content: { "application/json": { schema: pageOf(messageSchema) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const db = c.env.DB;
      const { limit, offset, episodeId, registrationId } = c.req.valid("query");
      const where = "WHERE (?3 IS NULL OR episode_id = ?3) AND (?4 IS NULL OR registration_id = ?4)";
      const params = [episodeId ?? null, registrationId ?? null];
      const [rows, total] = await db.batch([
        db.prepare(`SELECT * FROM heat_messages ${where} ORDER BY sent_at DESC, idempotency_key LIMIT ?1 OFFSET ?2`).bind(limit, offset, ...params),
        db.prepare(`SELECT count(*) AS n FROM heat_messages ${where.replaceAll("?3", "?1").replaceAll("?4", "?2")}`).bind(...params),
      ]);
      const items = (rows.results as MessageRow[]).map((m) => ({
        idempotencyKey: m.idempotency_key, registrationId: m.registration_id, episodeId: m.episode_id, kind: m.kind, channel: m.channel,
        recipient: maskRecipient(m.recipient), subject: m.subject, body: m.body, sentAt: m.sent_at,
      }));
      return c.json({ items, total: (total.results[0] as { n: number }).n, limit, offset }, 200);
    },
  );
