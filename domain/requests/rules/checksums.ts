// Exact checks of French identifiers: the social-security number (NIR, key = 97 − number mod 97, with
// Corsica's 2A/2B read as 19/18) and the IBAN (ISO 13616: rearranged number mod 97 = 1). Shared code.

/** Remainder of a long decimal string modulo 97, digit by digit (no BigInt needed). */
function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + digit.charCodeAt(0) - 48) % 97;
  return remainder;
}

/** Whether 15 characters (spaces removed) are a NIR whose key checks. */
export function isValidNir(compact: string): boolean {
  const match = /^([1-478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/i.exec(compact);
  if (!match) return false;
  const [, , , month, department, , , key] = match;
  const monthNumber = Number(month);
  if (!(monthNumber >= 1 && monthNumber <= 12) && !(monthNumber >= 20 && monthNumber <= 42) && monthNumber < 50) {
    return false;
  }
  const number = compact.slice(0, 13).toUpperCase().replace("2A", "19").replace("2B", "18");
  return 97 - mod97(number) === Number(key);
}

/** Whether an IBAN (spaces removed) has a known length for its country's format and checks mod 97. */
export function isValidIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(digits) === 1;
}
