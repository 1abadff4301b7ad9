// The local secrets file (.dev.vars, read by wrangler dev): created on first use with a random JWT secret and a
// random development keyring for the register's health factors (key id "dev-1": the Worker refuses "dev-" keys
// outside development). A .dev.vars from before the keyring gets one appended.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const file = fileURLToPath(new URL("../../.dev.vars", import.meta.url));

/** A development keyring for HEALTH_FACTORS_KEYS, with one random key. */
export const devHealthKeyring = () => JSON.stringify({ current: "dev-1", keys: { "dev-1": randomBytes(32).toString("base64") } });

export function localJwtSecret(): string {
  if (!existsSync(file)) writeFileSync(file, `JWT_SECRET="${randomBytes(32).toString("hex")}"\n`, { mode: 0o600 });
  const text = readFileSync(file, "utf8");
  if (!/^HEALTH_FACTORS_KEYS=/m.test(text)) appendFileSync(file, `${text.endsWith("\n") || !text ? "" : "\n"}HEALTH_FACTORS_KEYS='${devHealthKeyring()}'\n`);
  const secret = /^JWT_SECRET="?([^"\n]+)"?$/m.exec(text)?.[1];
  if (!secret) throw new Error(`${file} has no JWT_SECRET line`);
  return secret;
}
