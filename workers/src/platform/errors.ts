// One error shape for the whole API: `{ error: { code, message, requestId, fields? } }`.
// The catalogue maps each code to its HTTP status; routes throw `ApiError`, `onError` renders it.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const errorCatalogue = {
  validation_failed: 400,
  malformed_body: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      requestId: z.string(),
      fields: z.array(fieldErrorSchema).optional(),
    }),
  })
  .openapi("Error");

export function errorResponse(c: Context, error: ApiError): Response {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      requestId: (c.get("requestId") as string | undefined) ?? "unknown",
      ...(error.fields?.length ? { fields: error.fields } : {}),
    },
  };
  return c.json(body, errorCatalogue[error.code], error.headers);
}

/** Zod issues → field errors named by their path, e.g. `days.2.tx`. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== "").join(".") || "(body)",
    message: issue.message,
  }));
}

export function validationError(issues: readonly z.core.$ZodIssue[], prefix?: string): ApiError {
  return new ApiError("validation_failed", "The request is not valid: see fields.", fieldErrors(issues, prefix));
}

/** OpenAPI response entries for the errors a route may answer. */
export function errorResponses(...codes: ErrorCode[]) {
  const entries = new Map<number, string[]>();
  for (const code of codes) entries.set(errorCatalogue[code], [...(entries.get(errorCatalogue[code]) ?? []), code]);
  return Object.fromEntries(
    [...entries].map(([status, names]) => [
      status,
      { description: names.join(", "), content: { "application/json": { schema: errorBodySchema } } },
    ]),
  );
}
