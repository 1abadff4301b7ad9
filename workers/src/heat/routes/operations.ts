// Oversight of the pipeline: the episodes with their rounds and counts (heat agents and ops), and the messages
// the local provider recorded (ops). Ops operate the pipeline without reading personal data (privacy/purposes.ts):
// recipients come masked, the person known by the register's pseudonymous id only.
import { createRoute, z } from "@hono/zod-openapi";
import { HAZARD_POLICIES, type Hazard } from "../../../../domain/climate/hazards";
import { forRoles } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { pageOf, pageQuery, subApp } from "../../platform/openapi";

const episodeSchema = z
  .object({
    id: z.string(), departement: z.string(), hazard: z.string(), status: z.string(), startDate: z.string(), lastAlertDate: z.string(), endDate: z.string().nullable(),
    peakLevel: z.string(), currentRound: z.number(), openedAt: z.string(), closedAt: z.string().nullable(),
    rounds: z.array(z.object({ round: z.number(), day: z.string(), reason: z.string(), messageKind: z.string().nullable(), calls: z.number() })),
    audience: z.number().openapi({ description: "People registered now for this hazard (and, for floods, in a riverside arrondissement)" }),
    messages: z.object({ pending: z.number(), sent: z.number() }),
  })
  .openapi("HeatEpisode");

const messageSchema = z
  .object({
    idempotencyKey: z.string(), registrationId: z.string(), episodeId: z.string(), kind: z.string(), channel: z.string(),
    recipient: z.string().openapi({ description: "Masked: the last two digits of a phone number, the domain of an e-mail address" }),
    subject: z.string().nullable(), body: z.string(), sentAt: z.string(),
  })
  .openapi("HeatMessage");

/** "+33639981234" → "+33 •• •• •• •• 34"; "jeanne@example.org" → "•••@example.org". */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf("@");
  return at >= 0 ? `•••${recipient.slice(at)}` : `${recipient.slice(0, 3)} •• •• •• •• ${recipient.slice(-2)}`;
}

interface EpisodeRow {
  id: string; departement: string; hazard: string; status: string; start_date: string; last_alert_date: string; end_date: string | null;
  peak_level: string; current_round: number; opened_at: string; closed_at: string | null;
}

export const operationRoutes = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/episodes",
      tags: ["heat"],
      summary: "Alert episodes, newest first, with their call rounds and message counts",
      ...forRoles("heat-agent", "ops"),
      request: {
        query: z.object({
          limit: z.coerce.number().int().min(1).max(50).default(10),
          hazard: z.enum(["heat", "cold", "flood", "pollution", "storm"]).optional().openapi({ description: "Only this hazard's episodes" }),
        }),
      },
      responses: {
        200: {
          description: "Episodes, and how many people the register holds now",
          content: { "application/json": { schema: z.object({ registered: z.number(), items: z.array(episodeSchema) }) } },
        },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const db = c.env.DB;
      const { limit, hazard } = c.req.valid("query");
      const [{ results: episodes }, registered] = await db.batch([
        db.prepare("SELECT * FROM heat_episodes WHERE ?2 IS NULL OR hazard = ?2 ORDER BY opened_at DESC, id LIMIT ?1").bind(limit, hazard ?? null),
        db.prepare("SELECT count(*) AS n FROM heat_registrations WHERE expires_at > ?1").bind(new Date().toISOString()),
      ]) as [D1Result<EpisodeRow>, D1Result<{ n: number }>];
      const items = await Promise.all(
        episodes.map(async (e) => {
          const arrondissements = HAZARD_POLICIES[e.hazard as Hazard]?.arrondissements ?? null;
          const [rounds, messages, audience] = await db.batch([
            db.prepare(
              `SELECT r.round, r.day, r.reason, r.message_kind, (SELECT count(*) FROM heat_calls c WHERE c.episode_id = r.episode_id AND c.round = r.round) AS calls
               FROM heat_rounds r WHERE r.episode_id = ?1 ORDER BY r.round`,
            ).bind(e.id),
            db.prepare("SELECT sum(status = 'pending') AS pending, sum(status = 'sent') AS sent FROM heat_outbox WHERE episode_id = ?1").bind(e.id),
            db.prepare(
              `SELECT count(*) AS n FROM heat_registrations r WHERE r.expires_at > ?1 AND EXISTS (SELECT 1 FROM json_each(r.hazards) WHERE value = ?2)
               AND (?3 IS NULL OR r.arrondissement IN (SELECT value FROM json_each(?3)))`,
            ).bind(new Date().toISOString(), e.hazard, arrondissements ? JSON.stringify(arrondissements) : null),
          ]);
          const counts = messages.results[0] as { pending: number | null; sent: number | null };
          return {
            id: e.id, departement: e.departement, hazard: e.hazard, status: e.status, startDate: e.start_date, lastAlertDate: e.last_alert_date, endDate: e.end_date,
            peakLevel: e.peak_level, currentRound: e.current_round, openedAt: e.opened_at, closedAt: e.closed_at,
            rounds: (rounds.results as { round: number; day: string; reason: string; message_kind: string | null; calls: number }[]).map((r) => ({
              round: r.round, day: r.day, reason: r.reason, messageKind: r.message_kind, calls: r.calls,
            })),
            messages: { pending: counts.pending ?? 0, sent: counts.sent ?? 0 },
            audience: (audience.results[0] as { n: number }).n,
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
      request: { query: pageQuery.extend({ episodeId: z.string().max(80).optional(), registrationId: z.string().max(40).optional() }) },
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
      const items = (rows.results as Record<string, string | null>[]).map((m) => ({
        idempotencyKey: m.idempotency_key!, registrationId: m.registration_id!, episodeId: m.episode_id!, kind: m.kind!, channel: m.channel!,
        recipient: maskRecipient(m.recipient!), subject: m.subject, body: m.body!, sentAt: m.sent_at!,
      }));
      return c.json({ items, total: (total.results[0] as { n: number }).n, limit, offset }, 200);
    },
  );
