// The register for citizens: register (explicit consent, rate-limited), then see, export, renew or erase one's own
// data — with the secret the device keeps (header X-Registration-Secret), or with a token obtained from one's phone
// number or e-mail and the access code, or a one-time code sent by SMS or e-mail (header X-Registration-Token).
import { createRoute, z } from "@hono/zod-openapi";
import {
  accessGrantedSchema, accessRequestSchema, erasedSchema, oneTimeCodeRequestSchema, registrationCreatedSchema, registrationExportSchema,
  registrationSchema, renewedSchema, SECRET_HEADER, TOKEN_HEADER,
} from "../../../../domain/contracts/heat-registration";
import { publicRoute, publicWrite } from "../../platform/access";
import { errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { openWithCode, sendOneTimeCode } from "../access";
import { authorizedRegistration, erase, exportRegistration, register, renew } from "../registrations";

const idParams = z.object({ id: z.string().min(1).max(40) });
const credentialHeaders = z.object({
  [SECRET_HEADER.toLowerCase()]: z.string().max(100).optional().meta({ description: "The secret the device kept at registration" }),
  [TOKEN_HEADER.toLowerCase()]: z.string().max(200).optional().meta({ description: "A token from POST /heat/access (phone or e-mail and code)" }),
});
const credentialsOf = (headers: Record<string, string | undefined>) => ({ secret: headers[SECRET_HEADER.toLowerCase()], token: headers[TOKEN_HEADER.toLowerCase()] });

export const registrationRoutes = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/registrations",
      tags: ["heat"],
      summary: "Register for climate alerts (explicit consent; returns the access code once)",
      ...publicWrite,
      request: { body: { required: true, content: { "application/json": { schema: registrationSchema } } } },
      responses: {
        201: { description: "Registered", content: { "application/json": { schema: registrationCreatedSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "rate_limited", "unavailable"),
      },
    }),
    async (c) => c.json(await register(c.env, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/access",
      tags: ["heat"],
      summary: "Open one's registration with the phone number or e-mail and the access code (or a one-time code): a 30-minute token",
      ...publicWrite,
      request: { body: { required: true, content: { "application/json": { schema: accessRequestSchema } } } },
      responses: {
        200: {
          description: "The registration and a token for X-Registration-Token",
          content: { "application/json": { schema: accessGrantedSchema } },
        },
        ...errorResponses("validation_failed", "malformed_body", "not_found", "rate_limited"),
      },
    }),
    async (c) => {
      const { contact, code } = c.req.valid("json");
      c.header("Cache-Control", "no-store");
      return c.json(await openWithCode(c.env, contact, code), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/access/one-time-code",
      tags: ["heat"],
      summary: "Send a one-time code to the mobile phone (SMS) or e-mail of a registration, if one has it (same answer otherwise)",
      ...publicWrite,
      request: { body: { required: true, content: { "application/json": { schema: oneTimeCodeRequestSchema } } } },
      responses: {
        202: { description: "Sent if a registration has this phone or e-mail", content: { "application/json": { schema: z.object({ accepted: z.literal(true) }) } } },
        ...errorResponses("validation_failed", "malformed_body", "rate_limited"),
      },
    }),
    async (c) => {
      await sendOneTimeCode(c.env, c.req.valid("json").contact);
      return c.json({ accepted: true as const }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/registrations/{id}",
      tags: ["heat"],
      summary: "Everything the register holds about the person (also the export), with the device's secret or an access token",
      ...publicRoute,
      request: { params: idParams, headers: credentialHeaders },
      responses: {
        200: { description: "The person's data", content: { "application/json": { schema: registrationExportSchema } } },
        ...errorResponses("validation_failed", "not_found", "unavailable"),
      },
    }),
    async (c) => {
      const row = await authorizedRegistration(c.env, c.req.valid("param").id, credentialsOf(c.req.valid("header")));
      c.header("Cache-Control", "no-store");
      return c.json(await exportRegistration(c.env, row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/heat/registrations/{id}",
      tags: ["heat"],
      summary: "Erase the person everywhere (register, calls, outcomes, follow-ups, outbox, messages, access codes)",
      ...publicWrite,
      request: { params: idParams, headers: credentialHeaders },
      responses: {
        200: { description: "Erased: rows removed per table", content: { "application/json": { schema: erasedSchema } } },
        ...errorResponses("validation_failed", "not_found", "rate_limited"),
      },
    }),
    async (c) => {
      const row = await authorizedRegistration(c.env, c.req.valid("param").id, credentialsOf(c.req.valid("header")));
      return c.json({ erased: await erase(c.env.DB, row.id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/registrations/{id}/renew",
      tags: ["heat"],
      summary: "Renew the registration for the next seasons",
      ...publicWrite,
      request: { params: idParams, headers: credentialHeaders },
      responses: {
        200: { description: "Renewed", content: { "application/json": { schema: renewedSchema } } },
        ...errorResponses("validation_failed", "not_found", "conflict", "rate_limited"),
      },
    }),
    async (c) => {
      const row = await authorizedRegistration(c.env, c.req.valid("param").id, credentialsOf(c.req.valid("header")));
      return c.json({ expiresAt: await renew(c.env.DB, row) }, 200);
    },
  );
