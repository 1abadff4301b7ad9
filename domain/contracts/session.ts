// The agent's session as the API reports it (GET /agent/session): who is signed in, with which roles, until
// when, and how (Cloudflare Access, or the development token); and whether this server offers the token sign-in
// at all (development only). Shared code: the Worker answers it (workers/src/routes/session.ts), the agent pages
// read it (web/src/api/session.ts).
import { z } from "zod";
import { ROLES } from "./roles.ts";

export const SIGN_IN_METHODS = ["access", "token"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export const agentSessionSchema = z
  .object({
    agent: z
      .object({
        id: z.string(),
        roles: z.array(z.enum(ROLES)),
        expiresAt: z.number().int().meta({ description: "End of the session, milliseconds since the epoch" }),
        via: z.enum(SIGN_IN_METHODS),
      })
      .nullable(),
    tokenSignIn: z.boolean().meta({ description: "Whether the pasted-token sign-in is offered (development only)" }),
  })
  .meta({ id: "AgentSession" });
export type AgentSessionBody = z.infer<typeof agentSessionSchema>;
