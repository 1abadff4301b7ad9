// The personal access code of the register, designed for an 80-year-old: twelve digits written and read in pairs
// like a French phone number ("48 29 15 07 32 26"), no letters to spell, no look-alike characters, typed on any
// phone keypad. With the person's phone number or e-mail it opens their registration (see, export, renew, erase).
// Twelve random digits carry log2(10^12) ≈ 39.9 bits. Guessing is online only (codes are stored as keyed hashes):
// each guess names a contact and succeeds with probability 10^-12 at most; five wrong codes lock that contact's
// code until a one-time code sent to its phone or e-mail is used; at most 1,000 wrong codes an hour are answered
// register-wide, so ten years at that cap succeed with probability below 10^-4 (8.8 × 10^-5), on top of the
// 20 requests a minute per client of every public write (workers/src/heat/access.ts). A one-time code has the same
// twelve digits, lasts 15 minutes and five tries, and is sent by SMS or e-mail on request. Shared code: the Worker
// draws and checks codes, the pages format what people type.

export const ACCESS_CODE_DIGITS = 12;

/** Wrong codes for one contact before it is locked (until a one-time code sent to it is used). */
export const MAX_FAILURES_PER_CONTACT = 5;
/** Wrong codes accepted across the whole register in one hour; beyond, access by code waits for the next hour. */
export const MAX_FAILURES_PER_HOUR = 1000;
/** A one-time code is valid this long and for this many tries; a contact receives at most this many a day. */
export const ONE_TIME_CODE_MINUTES = 15;
export const ONE_TIME_CODE_TRIES = 5;
export const ONE_TIME_CODES_PER_DAY = 3;
/** Where a one-time code is sent: the registration's mobile phone, by SMS, or its e-mail address. */
export const ONE_TIME_CODE_CHANNELS = ["sms", "email"] as const;

/** `digits` random decimal digits, without modulo bias. */
export function randomDigits(digits: number): string {
  let out = "";
  while (out.length < digits) {
    for (const byte of crypto.getRandomValues(new Uint8Array(digits))) {
      if (byte < 250 && out.length < digits) out += String(byte % 10);
    }
  }
  return out;
}

/** "482915073226" → "48 29 15 07 32 26". */
export const formatAccessCode = (code: string) => code.replace(/(\d{2})(?=\d)/g, "$1 ");

/** What a person typed or read ("48 29 15-07.32 26") → the twelve digits, or null if it is not a code. */
export function normalizeCode(input: string): string | null {
  const compact = input.replace(/[\s.\-_/]/g, "");
  return new RegExp(`^\\d{${ACCESS_CODE_DIGITS}}$`).test(compact) ? compact : null;
}
