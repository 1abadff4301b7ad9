// The sub-app factory every route file declares its routes on, for both the router and the OpenAPI document:
// its validation failures answer the standard error body.
import { OpenAPIHono } from "@hono/zod-openapi";
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
