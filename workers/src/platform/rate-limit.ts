// Rate limits on public writes, through the Workers rate-limiting binding (PUBLIC_WRITES) keyed by client
// address and route. Where the binding is absent (a bare test environment), a fixed window in memory
// applies the same limit. Over the limit: 429 with Retry-After.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";
import { PUBLIC_WRITE_LIMIT } from "./limits";

const windows = new Map<string, { start: number; count: number }>();

function memoryLimit(key: string, now = Date.now()): boolean {
  const period = PUBLIC_WRITE_LIMIT.periodSeconds * 1000;
  const window = windows.get(key);
  if (!window || now - window.start >= period) {
    windows.set(key, { start: now, count: 1 });
    return true;
  }
  window.count++;
  return window.count <= PUBLIC_WRITE_LIMIT.limit;
}

export const limitPublicWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  const client = c.req.header("cf-connecting-ip") ?? c.req.header("x-real-ip") ?? "local";
  const key = `${c.req.method} ${c.req.routePath}|${client}`;
  const allowed = c.env.PUBLIC_WRITES ? (await c.env.PUBLIC_WRITES.limit({ key })).success : memoryLimit(key);
  if (!allowed) {
    throw new ApiError("rate_limited", "Too many requests: please wait a minute and try again.", undefined, {
      "Retry-After": String(PUBLIC_WRITE_LIMIT.periodSeconds),
    });
  }
  await next();
};
