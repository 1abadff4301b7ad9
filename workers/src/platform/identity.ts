// Who is calling: an agent signed in through Cloudflare Access (production, staging), or, in development only,
// an agent holding a bearer token of ./auth.ts. Credentials that are present but wrong are refused (401, or 403
// for an account whose groups open no role); no credentials at all is an anonymous caller (null).
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../env";
import { verifyAgentToken, type Agent } from "./auth";
import { accessSettings, rolesOfGroups, verifyAccessToken } from "./cloudflare-access";
import { ApiError } from "./errors";

export interface SignedInAgent extends Agent {
  /** Milliseconds since the epoch. */
  expiresAt: number;
  via: "access" | "token";
}

/** The token sign-in (pasted bearer token) exists for development only. */
export const tokenSignInAllowed = (env: Env) => env.ENVIRONMENT === "development";

/** Access sends its token in this header on the paths its application covers; a browser signed in also holds it
 * in the CF_Authorization cookie, read for same-origin calls only (agent routes that share a path with a
 * public one, which Access cannot cover, e.g. GET and POST /heat/registrations). */
function accessToken(c: Context<AppEnv>): string | undefined {
  const header = c.req.header("cf-access-jwt-assertion");
  if (header) return header;
  return c.req.header("sec-fetch-site") === "same-origin" ? getCookie(c, "CF_Authorization") : undefined;
}

export async function identify(c: Context<AppEnv>): Promise<SignedInAgent | null> {
  const assertion = accessToken(c);
  if (assertion) {
    const settings = accessSettings(c.env);
    if (!settings) throw new ApiError("unauthenticated", "Cloudflare Access is not configured on this server.");
    const identity = await verifyAccessToken(assertion, settings);
    const roles = rolesOfGroups(identity.groups, settings.groupRoles);
    if (!roles.length) throw new ApiError("forbidden", "Your account is in no group that opens Recoque: ask your administrator for access.");
    return { id: identity.id, roles, expiresAt: identity.expiresAt, via: "access" };
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (!bearer) return null;
  if (!tokenSignInAllowed(c.env)) {
    throw new ApiError("unauthenticated", "Token sign-in is for development only: sign in with your City of Paris account.", undefined, {
      "WWW-Authenticate": 'Bearer error="invalid_token"',
    });
  }
  const token = await verifyAgentToken(bearer, c.env.JWT_SECRET);
  if (!token) {
    throw new ApiError("unauthenticated", "The bearer token is invalid or expired.", undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  }
  return { ...token, via: "token" };
}
