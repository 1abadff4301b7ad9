// The 3975 line: agents register people on their behalf (the person's consent given on the phone, the agent
// recorded as the one who registered them), find a person by phone number or e-mail to help them, and give a new
// access code to someone who lost theirs — read to the person over the phone. Every step is audited.
import { createRoute, z } from "@hono/zod-openapi";
import { registrationCreatedSchema, registrationSchema } from "../../../../domain/contracts/heat-registration";
import { agentOf, forRoles } from "../../platform/access";
import { ApiError, errorResponses } from "../../platform/errors";
import { subApp } from "../../platform/openapi";
import { normalizeContact } from "../access";
import { findByContact, register, reissueAccessCode } from "../registrations";

export const assistedRoutes = subApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/registrations/assisted",
      tags: ["heat"],
      summary: "Register a person on their behalf, on the phone (3975 line): the agent reads the access code to them",
      ...forRoles("heat-agent"),
      request: { body: { required: true, content: { "application/json": { schema: registrationSchema } } } },
      responses: {
        201: { description: "Registered by the agent", content: { "application/json": { schema: registrationCreatedSchema } } },
        ...errorResponses("validation_failed", "malformed_body", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => c.json(await register(c.env, c.req.valid("json"), new Date(), { kind: "agent", agent: agentOf(c) }), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/heat/registrations",
      tags: ["heat"],
      summary: "Find registrations by phone number or e-mail (3975 line)",
      ...forRoles("heat-agent"),
      request: { query: z.object({ contact: z.string().min(3).max(200) }) },
      responses: {
        200: {
          description: "Registrations with this phone or e-mail",
          content: {
            "application/json": {
              schema: z.object({
                items: z.array(z.object({ id: z.string(), name: z.string(), arrondissement: z.number(), hazards: z.array(z.string()), expiresAt: z.string(), registeredBy: z.enum(["self", "agent"]) })),
              }),
            },
          },
        },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden"),
      },
    }),
    async (c) => {
      const contact = normalizeContact(c.req.valid("query").contact);
      if (!contact) throw new ApiError("validation_failed", "The request is not valid: see fields.", [{ field: "contact", message: "must be a French phone number or an e-mail address" }]);
      return c.json({ items: await findByContact(c.env.DB, contact.value) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/heat/registrations/{id}/access-code",
      tags: ["heat"],
      summary: "Give a person a new access code (the old one stops working), to read to them over the phone",
      ...forRoles("heat-agent"),
      request: { params: z.object({ id: z.string().min(1).max(40) }) },
      responses: {
        201: { description: "The new access code", content: { "application/json": { schema: z.object({ accessCode: z.string() }) } } },
        ...errorResponses("validation_failed", "unauthenticated", "forbidden", "not_found"),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json({ accessCode: await reissueAccessCode(c.env, c.req.valid("param").id, agentOf(c)) }, 201);
    },
  );
