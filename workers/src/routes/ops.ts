// Operations: the dead-letter list, and a probe event to check the event pipeline end to end.
import { createRoute } from "@hono/zod-openapi";
import { deadEventSchema, deadEventsQuery, probeRequestSchema, probeSchema } from "../../../domain/contracts/platform";
import { makeEvent } from "../events/envelope";
import { publish } from "../events/publish";
import { forRoles } from "../platform/access";
import { errorResponses } from "../platform/errors";
import { pageOf } from "../../../domain/contracts/common";
import { subApp } from "../platform/openapi";

interface DeadEventRow {
  event_id: string;
  event_type: string;
  body: string;
  attempts: number;
  received_at: string;
}

const parseBody = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
};

export const ops = subApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/ops/dead-events",
      tags: ["ops"],
      summary: "Events that exhausted their retries, newest first",
      ...forRoles("ops"),
      request: { query: deadEventsQuery },
      responses: {
        200: { description: "A page of dead events", content: { "application/json": { schema: pageOf(deadEventSchema) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const { limit, offset, type } = c.req.valid("query");
      const where = type ? "WHERE event_type = ?3" : "";
      const [rows, total] = await c.env.DB.batch([
        c.env.DB.prepare(`SELECT * FROM dead_events ${where} ORDER BY received_at DESC, event_id LIMIT ?1 OFFSET ?2`).bind(limit, offset, ...(type ? [type] : [])),
        c.env.DB.prepare(`SELECT count(*) AS n FROM dead_events ${type ? "WHERE event_type = ?1" : ""}`).bind(...(type ? [type] : [])),
      ]);
      const items = (rows.results as DeadEventRow[]).map((r) => ({
        eventId: r.event_id, eventType: r.event_type, body: parseBody(r.body), attempts: r.attempts, receivedAt: r.received_at,
      }));
      return c.json({ items, total: (total.results[0] as { n: number }).n, limit, offset }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/ops/probe",
      tags: ["ops"],
      summary: "Send a probe event through the queue (mode fail: exercises retries and the dead-letter queue)",
      ...forRoles("ops"),
      request: {
        body: {
          required: true,
          content: { "application/json": { schema: probeRequestSchema } },
        },
      },
      responses: {
        202: { description: "Published", content: { "application/json": { schema: probeSchema } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const event = makeEvent("ops.probe", c.req.valid("json"));
      await publish(c.env.EVENTS, event);
      return c.json({ eventId: event.id }, 202);
    },
  );
