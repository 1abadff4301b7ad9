// Calls to the Recoque API: JSON in and out, the agent's token when signed in, and the API's error body
// turned into an `ApiFailure` the pages can show (message and the fields at fault).
import type { ErrorBody, ErrorCode, FieldError } from "../../../domain/contracts/errors";
import { translator } from "../../../domain/i18n";
import { shellTranslations } from "../app/translations";
import { lang } from "../app/settings";
import { agentSession } from "./session";

/** The API's error code, "network" when the server could not be reached, "http_error" for an answer without the error body. */
export type FailureCode = ErrorCode | "network" | "http_error";

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: FailureCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = agentSession.get()?.token;
  if (token) headers.set("Authorization", `Bearer ${token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, body });
  } catch {
    throw new ApiFailure(0, "network", "network");
  }
  if (response.ok) {
    return (response.headers.get("content-type")?.includes("json") ? response.json() : response.text()) as Promise<T>;
  }
  const error = await response
    .json()
    .then((b: Partial<ErrorBody>) => b.error)
    .catch(() => undefined);
  if (response.status === 401) agentSession.set(null);
  throw new ApiFailure(response.status, error?.code ?? "http_error", error?.message ?? response.statusText, error?.fields ?? []);
}

/** What went wrong, as a page shows it: the API's message, or a sentence in the page's language when the server
 * could not be reached at all. */
export function failureText(error: unknown): string {
  if (error instanceof ApiFailure && error.code === "network") return translator(shellTranslations, lang.get())("networkFailure");
  return error instanceof Error ? error.message : String(error);
}
