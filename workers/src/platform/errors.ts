// Failures as the API answers them: routes throw `ApiError(code, message, fields?)`, `onError` renders it in
// the one error body of domain/contracts/errors.ts with the status its code maps to there.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { ERROR_STATUSES, errorBodySchema, type ErrorBody, type ErrorCode, type FieldError } from "../../../domain/contracts/errors";

const statusOf = (code: ErrorCode): ContentfulStatusCode => ERROR_STATUSES[code];

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

export function errorResponse(c: Context, error: ApiError): Response {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      requestId: (c.get("requestId") as string | undefined) ?? "unknown",
      ...(error.fields?.length ? { fields: error.fields } : {}),
    },
  };
  return c.json(body, statusOf(error.code), error.headers);
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
  for (const code of codes) entries.set(statusOf(code), [...(entries.get(statusOf(code)) ?? []), code]);
  return Object.fromEntries(
    [...entries].map(([status, names]) => [
      status,
      { description: names.join(", "), content: { "application/json": { schema: errorBodySchema } } },
    ]),
  );
}
