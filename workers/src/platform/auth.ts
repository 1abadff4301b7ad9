// Development sign-in: bearer JWT signed with HS256 (the algorithm is pinned: a token that names another
// algorithm is refused), carrying the agent id in `sub` and its roles in `roles`. Its lifetime is bounded:
// `iat` and `exp` are required, `iat` may not be in the future (hono/jwt refuses it) and `exp - iat` may not
// exceed MAX_TOKEN_LIFETIME_SECONDS. In production agents sign in through Cloudflare Access (./cloudflare-access.ts).
import { sign, verify } from "hono/jwt";
import { z } from "zod";
import { ROLES, type Role } from "../../../domain/contracts/roles";

export const JWT_ALGORITHM = "HS256";
export const JWT_ISSUER = "recoque";
/** The longest an agent token may live: one working day. The signer's default, and the verifier's bound. */
export const MAX_TOKEN_LIFETIME_SECONDS = 8 * 3600;

export interface Agent {
  id: string;
  roles: Role[];
}

/** An agent admitted to a route, with the role under which it acts there (recorded in the audit log). */
export interface ActingAgent extends Agent {
  role: Role;
}

/** A verified agent token: who, with which roles, until when (milliseconds since the epoch). */
export interface VerifiedToken extends Agent {
  expiresAt: number;
}

const claimsSchema = z
  .object({
    sub: z.string().min(1).max(200),
    roles: z.array(z.enum(ROLES)).min(1),
    iss: z.literal(JWT_ISSUER),
    iat: z.number().int(),
    exp: z.number().int(),
  })
  .refine((claims) => claims.exp - claims.iat <= MAX_TOKEN_LIFETIME_SECONDS, "lifetime over the maximum");

/** Verifies signature, algorithm, expiry, lifetime and claims; returns null for any invalid token. */
export async function verifyAgentToken(token: string, secret: string): Promise<VerifiedToken | null> {
  try {
    const payload = await verify(token, secret, JWT_ALGORITHM);
    const claims = claimsSchema.safeParse(payload);
    return claims.success ? { id: claims.data.sub, roles: claims.data.roles, expiresAt: claims.data.exp * 1000 } : null;
  } catch {
    return null;
  }
}

export async function signAgentToken(
  agent: Agent,
  secret: string,
  { now = Date.now(), ttlSeconds = MAX_TOKEN_LIFETIME_SECONDS } = {},
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return sign({ sub: agent.id, roles: agent.roles, iss: JWT_ISSUER, iat, exp: iat + ttlSeconds }, secret, JWT_ALGORITHM);
}
