// Production sign-in: Cloudflare Access stands in front of the agent paths and hands the Worker an RS256 JWT
// (`Cf-Access-Jwt-Assertion`) for the person the city's identity provider signed in. The Worker checks it against
// the team's public keys (JWKS, cached in memory for KEYS_MAX_AGE_MS, fetched again for an unknown `kid` at most
// once per KEYS_REFETCH_MIN_MS), checks `aud`, `iss`, `exp`, `nbf` and `iat`, and maps the identity provider's
// groups (the OIDC claim or SAML attribute `groups`, which Access passes under `custom`) to Recoque's roles
// through ACCESS_GROUP_ROLES.
import { z } from "zod";
import { ROLES, type Role } from "../../../domain/contracts/roles";
import { ApiError } from "./errors";

const KEYS_MAX_AGE_MS = 60 * 60 * 1000;
export const KEYS_REFETCH_MIN_MS = 30 * 1000;
const CLOCK_SKEW_SECONDS = 60;

export interface AccessIdentity {
  id: string;
  groups: string[];
  expiresAt: number;
}

export interface AccessSettings {
  /** The team domain, also the tokens' issuer: https://<team>.cloudflareaccess.com */
  teamDomain: string;
  /** The AUD tag of the Access application. */
  audience: string;
  /** Identity-provider group → the roles it opens. */
  groupRoles: Record<string, Role[]>;
}

const groupRolesSchema = z.record(z.string().min(1), z.array(z.enum(ROLES)).min(1));

/** The Access settings of the environment, or null when Access is not configured (development). A partial or
 * malformed configuration is a deployment error: it fails closed with 503, never admitting anyone. */
export function accessSettings(env: Env): AccessSettings | null {
  const teamDomain = env.ACCESS_TEAM_DOMAIN.trim().replace(/\/+$/, "");
  const audience = env.ACCESS_AUD.trim();
  if (!teamDomain && !audience) return null;
  let groupRoles: z.infer<typeof groupRolesSchema> | undefined;
  try {
    groupRoles = groupRolesSchema.parse(JSON.parse(env.ACCESS_GROUP_ROLES || "{}"));
  } catch {
    groupRoles = undefined;
  }
  if (!/^https:\/\/[^/]+$/.test(teamDomain) || !audience || !groupRoles) {
    console.error("Cloudflare Access is misconfigured: ACCESS_TEAM_DOMAIN, ACCESS_AUD and ACCESS_GROUP_ROLES must all be set and valid.");
    throw new ApiError("unavailable", "Agent sign-in is not configured correctly on this server.");
  }
  return { teamDomain, audience, groupRoles };
}

/** The roles a person's groups open, each once, in the order of ROLES. */
export function rolesOfGroups(groups: readonly string[], groupRoles: Record<string, Role[]>): Role[] {
  const held = new Set(groups.flatMap((group) => (Object.hasOwn(groupRoles, group) ? groupRoles[group] : [])));
  return ROLES.filter((role) => held.has(role));
}

// ---------------------------------------------------------------- the team's public keys

interface KeySet {
  keys: Map<string, CryptoKey>;
  fetchedAt: number;
}

const jwksSchema = z.object({
  keys: z.array(z.looseObject({ kid: z.string().min(1), kty: z.string(), n: z.string().optional(), e: z.string().optional() })),
});

/** Key sets by certs URL, shared by the requests this isolate serves; a fetch under way is shared too. */
const keySets = new Map<string, KeySet>();
const fetching = new Map<string, Promise<KeySet>>();

async function fetchKeySet(certsUrl: string): Promise<KeySet> {
  const response = await fetch(certsUrl, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${certsUrl} answered ${response.status}`);
  const { keys } = jwksSchema.parse(await response.json());
  const imported = new Map<string, CryptoKey>();
  for (const jwk of keys) {
    if (jwk.kty !== "RSA") continue;
    const key = await crypto.subtle.importKey("jwk", jwk as JsonWebKey, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
    imported.set(jwk.kid, key);
  }
  return { keys: imported, fetchedAt: Date.now() };
}

function refresh(certsUrl: string): Promise<KeySet> {
  let pending = fetching.get(certsUrl);
  if (!pending) {
    pending = fetchKeySet(certsUrl)
      .then((set) => (keySets.set(certsUrl, set), set))
      .finally(() => fetching.delete(certsUrl));
    fetching.set(certsUrl, pending);
  }
  return pending;
}

/** The public key a token names, fetching the key set when none is cached, when it is stale, or when the `kid`
 * is unknown and the last fetch is old enough (so made-up key ids cannot flood the team domain). */
async function keyFor(teamDomain: string, kid: string): Promise<CryptoKey | undefined> {
  const certsUrl = `${teamDomain}/cdn-cgi/access/certs`;
  let set = keySets.get(certsUrl);
  const age = set ? Date.now() - set.fetchedAt : Infinity;
  if (!set || age > KEYS_MAX_AGE_MS || (!set.keys.has(kid) && age > KEYS_REFETCH_MIN_MS)) {
    try {
      set = await refresh(certsUrl);
    } catch (error) {
      console.error("Cloudflare Access keys could not be fetched:", error);
      if (!set) throw new ApiError("unavailable", "The sign-in keys could not be fetched; try again shortly.");
    }
  }
  return set.keys.get(kid);
}

// ---------------------------------------------------------------- the token

const headerSchema = z.object({ alg: z.literal("RS256"), kid: z.string().min(1) });

const claimsSchema = z.object({
  aud: z.union([z.string(), z.array(z.string())]),
  iss: z.string(),
  sub: z.string().min(1).max(200),
  email: z.string().min(1).max(200).optional(),
  exp: z.number().int(),
  iat: z.number().int(),
  nbf: z.number().int().optional(),
  custom: z.looseObject({ groups: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
});

const decoder = new TextDecoder();
const base64url = (part: string) => Uint8Array.from(atob(part.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
const json = (part: string): unknown => JSON.parse(decoder.decode(base64url(part)));

const invalid = (why: string) =>
  new ApiError("unauthenticated", `The Cloudflare Access token is not valid: ${why}.`, undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });

/** Verifies an Access token (signature, audience, issuer, validity window) and returns who it names. Throws a
 * 401 ApiError naming what is wrong, or 503 when the keys cannot be fetched. */
export async function verifyAccessToken(token: string, settings: AccessSettings): Promise<AccessIdentity> {
  const parts = token.split(".");
  if (parts.length !== 3) throw invalid("not a JWT");
  let header: z.infer<typeof headerSchema>;
  let claims: z.infer<typeof claimsSchema>;
  try {
    header = headerSchema.parse(json(parts[0]));
    claims = claimsSchema.parse(json(parts[1]));
  } catch {
    throw invalid("unreadable header or claims, or an algorithm other than RS256");
  }
  const key = await keyFor(settings.teamDomain, header.kid);
  if (!key) throw invalid("signed with an unknown key");
  let signed = false;
  try {
    signed = await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, base64url(parts[2]), new TextEncoder().encode(`${parts[0]}.${parts[1]}`));
  } catch {
    signed = false;
  }
  if (!signed) throw invalid("bad signature");
  const audiences = typeof claims.aud === "string" ? [claims.aud] : claims.aud;
  if (!audiences.includes(settings.audience)) throw invalid("issued for another application (aud)");
  if (claims.iss !== settings.teamDomain) throw invalid("issued by another team (iss)");
  const now = Math.floor(Date.now() / 1000);
  if (claims.exp <= now) throw invalid("expired");
  if ((claims.nbf ?? claims.iat) > now + CLOCK_SKEW_SECONDS || claims.iat > now + CLOCK_SKEW_SECONDS) throw invalid("not valid yet");
  const groups = claims.custom?.groups ?? [];
  return { id: claims.email ?? claims.sub, groups: typeof groups === "string" ? [groups] : groups, expiresAt: claims.exp * 1000 };
}
