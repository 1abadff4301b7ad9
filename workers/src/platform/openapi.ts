// Helpers to declare routes once, for both the router and the OpenAPI document: a sub-app factory whose
// validation failures answer the standard error body, and shared schemas (pagination).
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { validationError } from "./errors";

export function subApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const target = (result as { target?: string }).target;
        throw validationError(result.error.issues, target === "json" ? undefined : target);
      }
    },
  });
}

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: "Page size (1–500)." }),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
