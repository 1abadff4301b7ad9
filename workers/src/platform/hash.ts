// Hashing helpers: SHA-256 in hex (domain/sha256.ts), a canonical JSON (sorted keys) so equal data hashes
// equally, random URL-safe tokens (ids, secrets, salts) and a comparison of secrets' hashes in constant time.
import { sha256Hex } from "../../../domain/sha256";

export { sha256Hex };

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export const hashInput = (input: unknown) => sha256Hex(canonicalJson(input));

/** A random URL-safe token of `bytes` random bytes (registration ids, secrets, salts). */
export function randomToken(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Whether two strings are equal, in a time that does not depend on where they differ. */
export function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
