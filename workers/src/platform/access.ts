// Every route declares who may call it, explicitly: `publicRoute`, `publicWrite` (rate-limited) or
// `forRoles(...)`. The declaration feeds both the middleware that enforces it and the OpenAPI document
// (`security` and `x-recoque-access`). Each also caps the request body (1 MB unless a route raises it) and
// refuses a JSON body that gives a key twice.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../env";
import type { Role } from "../../../domain/contracts/roles";
import { ApiError } from "./errors";
import { identify } from "./identity";
import { limitPublicWrites } from "./rate-limit";
import { refuseDuplicateKeys } from "./duplicate-keys";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const limitBody = (maxSize: number): MiddlewareHandler<AppEnv> =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError("payload_too_large", `The request body is over ${maxSize} bytes.`);
    },
  });

const authorize =
  (allowed: readonly Role[]): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const agent = await identify(c);
    if (!agent) throw new ApiError("unauthenticated", "Sign-in is required.", undefined, { "WWW-Authenticate": "Bearer" });
    const role = agent.roles.find((held) => allowed.includes(held));
    if (!role) throw new ApiError("forbidden", `This route is reserved to: ${allowed.join(", ")}.`);
    c.set("agent", { id: agent.id, roles: agent.roles, role });
    await next();
  };

interface AccessDeclaration {
  security: { bearer: string[] }[];
  "x-recoque-access": "public" | Role[];
  middleware: MiddlewareHandler<AppEnv>[];
}

export const publicRoute: AccessDeclaration = {
  security: [],
  "x-recoque-access": "public",
  middleware: [limitBody(DEFAULT_MAX_BODY_BYTES), refuseDuplicateKeys],
};

export const publicWrite: AccessDeclaration = {
  security: [],
  "x-recoque-access": "public",
  middleware: [limitPublicWrites, limitBody(DEFAULT_MAX_BODY_BYTES), refuseDuplicateKeys],
};

export function forRoles(...allowed: Role[]): AccessDeclaration {
  return forRolesWithBody(DEFAULT_MAX_BODY_BYTES, ...allowed);
}

export function forRolesWithBody(maxBodyBytes: number, ...allowed: Role[]): AccessDeclaration {
  return {
    security: [{ bearer: [] }],
    "x-recoque-access": allowed,
    middleware: [authorize(allowed), limitBody(maxBodyBytes), refuseDuplicateKeys],
  };
}

/** The authenticated agent of a route declared with `forRoles`. */
export function agentOf(c: { get(key: "agent"): AppEnv["Variables"]["agent"] }) {
  const agent = c.get("agent");
  if (!agent) throw new ApiError("unauthenticated", "Sign-in is required.");
  return agent;
}
