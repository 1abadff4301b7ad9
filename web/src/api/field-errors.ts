// Which input of a form each field of the API's error body belongs to: the inputs at fault with their
// message key, or null when the failure names no field a form knows (the page then says what went wrong).
import { ApiFailure } from "./client";

/** Each entry: the API field (a pattern on its path), the input's id, the message key shown for it. */
export type FieldInputs<K extends string> = [RegExp, string, K][];

export function formErrors<K extends string>(error: unknown, inputs: FieldInputs<K>): Partial<Record<string, K>> | null {
  if (!(error instanceof ApiFailure) || error.fields.length === 0) return null;
  const found: Partial<Record<string, K>> = {};
  for (const f of error.fields) {
    const match = inputs.find(([pattern]) => pattern.test(f.field));
    if (match) found[match[1]] ??= match[2];
  }
  return Object.keys(found).length ? found : null;
}
