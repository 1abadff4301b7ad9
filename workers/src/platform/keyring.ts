// Values encrypted at rest with a keyring the Worker holds as a secret: JSON `{ "current": "k2", "keys": { "k1":
// "<base64 of 32 bytes>", "k2": "…" } }`. Each value is sealed with AES-256-GCM under the current key, a random 96-bit
// IV and additional authenticated data naming where the value belongs (e.g. the row's id), and stored as
// `v1:<keyId>:<base64 of iv ‖ ciphertext ‖ tag>`: reads use the key the value names, so keys can be rotated (new
// writes under the new current key, old rows re-encrypted in batches, then the old key dropped). A value moved to
// another row, or altered, fails to open. A missing or malformed keyring is an `unavailable` error (503): nothing is
// ever stored in the clear instead. Key ids starting with "dev-" are development keys, refused outside development.
import { ApiError } from "./errors";

const VERSION = "v1";
const IV_BYTES = 12;
const KEY_ID = /^[A-Za-z0-9-]{1,32}$/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface Keyring {
  /** The secret's name, for error messages. */
  name: string;
  current: string;
  keys: ReadonlyMap<string, CryptoKey>;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const unavailable = (name: string, why: string) =>
  new ApiError("unavailable", `Health data cannot be read or stored now: the ${name} keyring ${why} (see docs/trust.md, "Health data at rest").`);

async function parse(name: string, raw: string | undefined, environment: string): Promise<Keyring> {
  if (!raw?.trim()) throw unavailable(name, "is not configured");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw unavailable(name, "is not valid JSON");
  }
  const { current, keys } = (json ?? {}) as { current?: unknown; keys?: unknown };
  if (typeof current !== "string" || typeof keys !== "object" || keys === null) throw unavailable(name, 'needs "current" and "keys"');
  const imported = new Map<string, CryptoKey>();
  for (const [id, value] of Object.entries(keys)) {
    if (!KEY_ID.test(id)) throw unavailable(name, `has a key id that is not 1-32 letters, digits or dashes`);
    if (id.startsWith("dev-") && environment !== "development") throw unavailable(name, `holds the development key ${id} outside development`);
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = fromBase64(String(value));
    } catch {
      throw unavailable(name, `key ${id} is not base64`);
    }
    if (bytes.length !== 32) throw unavailable(name, `key ${id} is not 256 bits`);
    imported.set(id, await crypto.subtle.importKey("raw", bytes, "AES-GCM", false, ["encrypt", "decrypt"]));
  }
  if (!imported.has(current)) throw unavailable(name, `has no key for its current id ${JSON.stringify(current)}`);
  return { name, current, keys: imported };
}

// Keys are imported once per isolate and secret value (a rotated secret is a new value).
const cache = new Map<string, Promise<Keyring>>();

/** The keyring of a secret, or an `unavailable` ApiError saying what is wrong with it. */
export function loadKeyring(name: string, raw: string | undefined, environment: string): Promise<Keyring> {
  const cacheKey = `${name}\n${environment}\n${raw ?? ""}`;
  let keyring = cache.get(cacheKey);
  if (!keyring) {
    keyring = parse(name, raw, environment);
    cache.set(cacheKey, keyring);
    keyring.catch(() => cache.delete(cacheKey));
  }
  return keyring;
}

/** The key id a sealed value names, or null for a value that is not sealed (legacy plaintext). */
export function sealedKeyId(stored: string): string | null {
  const [version, keyId, payload] = stored.split(":");
  return version === VERSION && keyId && payload ? keyId : null;
}

/** `plaintext` sealed under the current key, bound to `context` (the row it belongs to). */
export async function seal(keyring: Keyring, plaintext: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = keyring.keys.get(keyring.current)!;
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(context) }, key, encoder.encode(plaintext)));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv, 0);
  out.set(sealed, IV_BYTES);
  return `${VERSION}:${keyring.current}:${toBase64(out)}`;
}

/** Thrown when a sealed value cannot be opened: an unknown key, another row's value, or an altered one. */
export class SealedValueError extends Error {}

/** The plaintext of a value sealed for `context`. */
export async function open(keyring: Keyring, stored: string, context: string): Promise<string> {
  const keyId = sealedKeyId(stored);
  if (!keyId) throw new SealedValueError(`value for ${context} is not sealed`);
  const key = keyring.keys.get(keyId);
  if (!key) throw new SealedValueError(`value for ${context} is sealed with key ${keyId}, which ${keyring.name} no longer holds`);
  try {
    const bytes = fromBase64(stored.slice(`${VERSION}:${keyId}:`.length));
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, IV_BYTES), additionalData: encoder.encode(context) }, key, bytes.subarray(IV_BYTES));
    return decoder.decode(plain);
  } catch {
    throw new SealedValueError(`value for ${context} does not open with key ${keyId}: altered, or sealed for another row`);
  }
}
