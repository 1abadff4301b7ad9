// Hashing helpers: SHA-256 in hex (domain/sha256.ts), and a canonical JSON (sorted keys) so equal data hashes equally.
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
