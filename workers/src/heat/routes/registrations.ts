// The heat register for citizens: register (explicit consent, rate-limited), then see, export, renew or erase
// one's own data with the personal secret given at registration (header X-Registration-Secret).
import { createRoute, z } from "@hono/zod-openapi";
import {
  erasedSchema, registrationCreatedSchema, registrationExportSchema, registrationSchema, renewedSchema, SECRET_HEADER,
} from "../../../../domain/contracts/heat-registration";
import { publicRoute, publicWrite } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { authorizedRegistration, erase, exportRegistration, register, renew } from "../registrations";

const idParams = z.object({ id: z.string().min(1).max(40) });
const secretHeaders = z.object({
  [SECRET_HEADER.toLowerCase()]: z.string().max(100).optional().meta({ description: "The personal secret given at registration" }),
});
const secretOf = (headers: Record<string, string | undefined>) => headers[SECRET_HEADER.toLowerCase()];

export const registrationRoutes = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/registrations",
      tags: ["heat"],
      summary: "Register to the heat register (explicit consent; returns the personal secret once)",
      ...publicWrite,
      request: { body: { required: true, content: { "application/json": { schema: registrationSchema } } } },
      responses: {
        201: { description: "Registered", content: { "application/json": { schema: registrationCreatedSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "rate_limited"),
      },
    }),
    async (c) => c.json(await register(c.env, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/registrations/{id}",
      tags: ["heat"],
      summary: "Everything the register holds about the person (also the export), with the personal secret",
      ...publicRoute,
      request: { params: idParams, headers: secretHeaders },
      responses: {
        200: { description: "The person's data", content: { "application/json": { schema: registrationExportSchema } } },
        ...errorResponses("validation_failed", "not_found"),
      },
    }),
    async (c) => {
      const row = await authorizedRegistration(c.env.DB, c.req.valid("param").id, secretOf(c.req.valid("header")));
      c.header("Cache-Control", "no-store");
      return c.json(await exportRegistration(c.env.DB, row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/heat/registrations/{id}",
      tags: ["heat"],
      summary: "Erase the person everywhere (register, calls, outcomes, follow-ups, outbox, messages)",
      ...publicWrite,
      request: { params: idParams, headers: secretHeaders },
      responses: {
        200: { description: "Erased: rows removed per table", content: { "application/json": { schema: erasedSchema } } },
        ...errorResponses("validation_failed", "not_found", "rate_limited"),
      },
    }),
    async (c) => {
      const row = await authorizedRegistration(c.env.DB, c.req.valid("param").id, secretOf(c.req.valid("header")));
      return c.json({ erased: await erase(c.env.DB, row.id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/registrations/{id}/renew",
      tags: ["heat"],
      summary: "Renew the registration for the next season",
      ...publicWrite,
      request: { params: idParams, headers: secretHeaders },
      responses: {
        200: { description: "Renewed", content: { "application/json": { schema: renewedSchema } } },
        ...errorResponses("validation_failed", "not_found", "conflict", "rate_limited"),
      },
    }),
    async (c) => {
      const row = await authorizedRegistration(c.env.DB, c.req.valid("param").id, secretOf(c.req.valid("header")));
      return c.json({ expiresAt: await renew(c.env.DB, row) }, 200);
    },
  );
