// Agent authentication: bearer JWT signed with HS256 (the algorithm is pinned: a token that names another
// algorithm is refused), carrying the agent id in `sub` and its roles in `roles`.
import { sign, verify } from "hono/jwt";
import { z } from "zod";
import { ROLES, type Role } from "../../../domain/contracts/roles";

export const JWT_ALGORITHM = "HS256";
export const JWT_ISSUER = "recoque";

export interface Agent {
  id: string;
  roles: Role[];
}

/** An agent admitted to a route, with the role under which it acts there (recorded in the audit log). */
export interface ActingAgent extends Agent {
  role: Role;
}

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).min(1),
  iss: z.literal(JWT_ISSUER),
  exp: z.number(),
});

/** Verifies signature, algorithm, expiry and claims; returns null for any invalid token. */
export async function verifyAgentToken(token: string, secret: string): Promise<Agent | null> {
  try {
    const payload = await verify(token, secret, JWT_ALGORITHM);
    const claims = claimsSchema.safeParse(payload);
    return claims.success ? { id: claims.data.sub, roles: claims.data.roles } : null;
  } catch {
    return null;
  }
}

export async function signAgentToken(
  agent: Agent,
  secret: string,
  { now = Date.now(), ttlSeconds = 8 * 3600 } = {},
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return sign({ sub: agent.id, roles: agent.roles, iss: JWT_ISSUER, iat, exp: iat + ttlSeconds }, secret, JWT_ALGORITHM);
}
