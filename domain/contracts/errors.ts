// The one error body of the API, `{ error: { code, message, requestId, fields? } }`, and its codes with the
// HTTP status each answers. The Worker renders every failure in it (workers/src/platform/errors.ts); the
// pages turn it into what they show (web/src/api/client.ts). Shared code.
import { z } from "zod";

export const ERROR_STATUSES = {
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
} as const;

export type ErrorCode = keyof typeof ERROR_STATUSES;
const ERROR_CODES = Object.keys(ERROR_STATUSES) as [ErrorCode, ...ErrorCode[]];

const fieldErrorSchema = z.object({
  field: z.string().meta({ description: "The field at fault, named by its path (days.2.tx, query.to, file)" }),
  message: z.string(),
  code: z.string().optional().meta({ description: "Why, as a code the pages translate, when the route names one (e.g. wrong_header)" }),
  line: z.number().int().optional().meta({ description: "The line of an uploaded file the problem is on" }),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      requestId: z.string(),
      fields: z.array(fieldErrorSchema).optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof errorBodySchema>;
