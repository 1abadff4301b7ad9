// Access to one's registration with what an 80-year-old can keep: the phone number or e-mail given at
// registration and the twelve-digit access code (domain/climate/register/access-code.ts), or a one-time code of the
// same form sent by SMS or e-mail on request. Codes are stored as HMACs keyed by a Worker secret (REGISTER_CODE_KEY,
// else derived from JWT_SECRET), so the database alone cannot be searched for them. Guessing is bounded: five wrong
// codes lock a contact's access code (a one-time code still opens it, and unlocks it), wrong codes are capped
// register-wide per hour, and each one-time code lasts 15 minutes and five tries. Counting a wrong code only updates
// rows that exist (the registrations with that contact, the register-wide window), so a refused request adds none.
// A success gives a 30-minute access token (header X-Registration-Token) for the routes that read, renew or erase
// the registration.
import {
  ACCESS_CODE_DIGITS,
  MAX_FAILURES_PER_CONTACT,
  MAX_FAILURES_PER_HOUR,
  ONE_TIME_CODES_PER_DAY,
  ONE_TIME_CODE_MINUTES,
  ONE_TIME_CODE_TRIES,
  normalizeCode,
  randomDigits,
} from "../../../domain/climate/register/access-code";
import { SYSTEM_ACTOR, withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { messageFor } from "./warning-texts";
import { messageProvider, type MessageProvider } from "./provider";
import { isMobile, normalizeFrenchPhone } from "../../../domain/contracts/heat-registration";

const TOKEN_MINUTES = 30;

const encoder = new TextEncoder();
const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");

async function codeKey(env: Env): Promise<CryptoKey> {
  const secret = env.REGISTER_CODE_KEY?.trim();
  if (secret) return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const base = await crypto.subtle.importKey("raw", encoder.encode(env.JWT_SECRET), "HKDF", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: encoder.encode("recoque register access codes") },
    base,
    { name: "HMAC", hash: "SHA-256", length: 256 },
    false,
    ["sign"],
  );
}

const hmac = async (env: Env, text: string) => hex(await crypto.subtle.sign("HMAC", await codeKey(env), encoder.encode(text)));

/** The stored form of a code for one registration. */
export const codeHash = (env: Env, registrationId: string, code: string) => hmac(env, `code:${registrationId}:${code}`);

/** A phone number (normalised to +33) or an e-mail address (lower case), or null. */
export function normalizeContact(input: string): { kind: "phone" | "email"; value: string } | null {
  const trimmed = input.trim();
  if (trimmed.includes("@")) return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? { kind: "email", value: trimmed.toLowerCase() } : null;
  const phone = normalizeFrenchPhone(trimmed);
  return phone ? { kind: "phone", value: phone } : null;
}

/** Draws a new access code for a registration: the code (shown once) and its stored hash. */
export async function newAccessCode(env: Env, registrationId: string) {
  const code = randomDigits(ACCESS_CODE_DIGITS);
  return { code, hash: await codeHash(env, registrationId, code) };
}

export async function issueToken(env: Env, registrationId: string, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const expires = Math.floor(now.getTime() / 1000) + TOKEN_MINUTES * 60;
  const payload = `${registrationId}.${expires}`;
  return { token: `${payload}.${await hmac(env, `token:${payload}`)}`, expiresAt: new Date(expires * 1000).toISOString() };
}

/** The registration id an access token opens, or null (forged, expired, malformed). */
export async function verifyToken(env: Env, token: string, now = new Date()): Promise<string | null> {
  const match = /^(reg-[\w-]+)\.(\d{10})\.([0-9a-f]{64})$/.exec(token);
  if (!match) return null;
  const [, id, expires, mac] = match;
  if (Number(expires) * 1000 < now.getTime()) return null;
  return sameText(await hmac(env, `token:${id}.${expires}`), mac) ? id : null;
}

export function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

interface Candidate {
  id: string;
  access_code_hash: string | null;
  access_failures: number;
}

const candidates = (db: D1Database, contact: string, now: Date) =>
  db
    .prepare("SELECT id, access_code_hash, access_failures FROM heat_registrations WHERE (phone = ?1 OR email = ?1) AND expires_at > ?2 ORDER BY seq LIMIT 10")
    .bind(contact, now.toISOString())
    .all<Candidate>()
    .then((r) => r.results);

const hourOf = (now: Date) => now.toISOString().slice(0, 13);

const NO_MATCH = "No registration matches this phone number or e-mail and this code.";

/**
 * Opens a registration with a contact and a code (the access code or a live one-time code). The same 404 answers a
 * wrong code and an unknown contact, so neither can be probed.
 */
export async function openWithCode(env: Env, contactInput: string, codeInput: string, now = new Date()) {
  const contact = normalizeContact(contactInput);
  const code = normalizeCode(codeInput);
  const problems = [
    ...(contact ? [] : [{ field: "contact", message: "must be a French phone number or an e-mail address" }]),
    ...(code ? [] : [{ field: "code", message: `must be the ${ACCESS_CODE_DIGITS} digits of the code` }]),
  ];
  if (problems.length) throw new ApiError("validation_failed", "The request is not valid: see fields.", problems);
  const db = env.DB;
  const hour = hourOf(now);
  const window = await db.prepare("SELECT hour, failures FROM heat_access_window WHERE id = 1").first<{ hour: string; failures: number }>();
  if (window?.hour === hour && window.failures >= MAX_FAILURES_PER_HOUR) {
    throw new ApiError("rate_limited", "Too many wrong codes were tried on the register this hour: please try again later, or call 3975.", undefined, { "Retry-After": "3600" });
  }
  const people = await candidates(db, contact!.value, now);
  const locked = people.some((p) => p.access_failures >= MAX_FAILURES_PER_CONTACT);
  for (const person of people) {
    const hash = await codeHash(env, person.id, code!);
    if (person.access_failures < MAX_FAILURES_PER_CONTACT && person.access_code_hash && sameText(hash, person.access_code_hash)) return succeed(env, person.id, null, now);
    const oneTime = await db
      .prepare("SELECT created_at FROM heat_access_codes WHERE registration_id = ?1 AND code_hash = ?2 AND expires_at > ?3 AND attempts < ?4")
      .bind(person.id, hash, now.toISOString(), ONE_TIME_CODE_TRIES)
      .first<{ created_at: string }>();
    if (oneTime) return succeed(env, person.id, oneTime.created_at, now);
  }
  const at = now.toISOString();
  const ids = JSON.stringify(people.map((p) => p.id));
  await db.batch([
    db.prepare("UPDATE heat_registrations SET access_failures = access_failures + 1 WHERE id IN (SELECT value FROM json_each(?1))").bind(ids),
    db.prepare(
      `INSERT INTO heat_access_window (id, hour, failures, updated_at) VALUES (1, ?1, 1, ?2)
       ON CONFLICT (id) DO UPDATE SET failures = CASE WHEN hour = ?1 THEN failures + 1 ELSE 1 END, hour = ?1, updated_at = ?2`,
    ).bind(hour, at),
    db.prepare("UPDATE heat_access_codes SET attempts = attempts + 1 WHERE registration_id IN (SELECT value FROM json_each(?1)) AND expires_at > ?2").bind(ids, at),
  ]);
  throw new ApiError("not_found", locked ? `${NO_MATCH} After ${MAX_FAILURES_PER_CONTACT} wrong codes, ask for a code by SMS or e-mail, or call 3975.` : NO_MATCH);
}

async function succeed(env: Env, registrationId: string, oneTimeCreatedAt: string | null, now: Date) {
  const db = env.DB;
  await withAudit(
    db,
    [{ actor: "citizen", role: "public", action: "heat.registration-opened", subjectKind: "heat-registration", subjectId: registrationId, output: { with: oneTimeCreatedAt ? "one-time-code" : "access-code" } }],
    [
      db.prepare("UPDATE heat_registrations SET access_failures = 0 WHERE id = ?1").bind(registrationId),
      ...(oneTimeCreatedAt ? [db.prepare("DELETE FROM heat_access_codes WHERE registration_id = ?1 AND created_at = ?2").bind(registrationId, oneTimeCreatedAt)] : []),
    ],
    () => now,
  );
  return { registrationId, ...(await issueToken(env, registrationId, now)) };
}

/**
 * Sends a one-time code to the phone (by SMS, a mobile only) or e-mail given, for each registration that has it —
 * at most ONE_TIME_CODES_PER_DAY a day. The answer is the same whether or not a registration matches.
 */
export async function sendOneTimeCode(env: Env, contactInput: string, now = new Date(), provider: MessageProvider = messageProvider(env)): Promise<void> {
  const contact = normalizeContact(contactInput);
  if (!contact) throw new ApiError("validation_failed", "The request is not valid: see fields.", [{ field: "contact", message: "must be a French phone number or an e-mail address" }]);
  if (contact.kind === "phone" && !isMobile(contact.value)) {
    throw new ApiError("validation_failed", "The request is not valid: see fields.", [{ field: "contact", message: "a code can be sent by SMS to a mobile number (06 or 07) only; for a landline, call 3975" }]);
  }
  const db = env.DB;
  const channel = contact.kind === "phone" ? "sms" : "email";
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  for (const person of await candidates(db, contact.value, now)) {
    const sent = await db.prepare("SELECT count(*) AS n FROM heat_access_codes WHERE registration_id = ?1 AND created_at > ?2").bind(person.id, since).first<{ n: number }>();
    if ((sent?.n ?? 0) >= ONE_TIME_CODES_PER_DAY) continue;
    const { code, hash } = await newAccessCode(env, person.id);
    const at = now.toISOString();
    await withAudit(
      db,
      [{ ...SYSTEM_ACTOR, action: "heat.one-time-code-sent", subjectKind: "heat-registration", subjectId: person.id, output: { channel } }],
      [
        db.prepare("INSERT INTO heat_access_codes (registration_id, code_hash, channel, expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
          .bind(person.id, hash, channel, new Date(now.getTime() + ONE_TIME_CODE_MINUTES * 60_000).toISOString(), at),
      ],
      () => now,
    );
    await provider.send([{
      idempotencyKey: `access-code:${person.id}:${at}`, registrationId: person.id, episodeId: null, kind: "access-code", channel, recipient: contact.value,
      ...messageFor({ kind: "access-code", code }, channel),
    }], now);
  }
}
