// The local secrets file (.dev.vars, read by wrangler dev): created with a random JWT secret on first use.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const file = fileURLToPath(new URL("../../.dev.vars", import.meta.url));

export function localJwtSecret(): string {
  if (!existsSync(file)) writeFileSync(file, `JWT_SECRET="${randomBytes(32).toString("hex")}"\n`, { mode: 0o600 });
  const secret = /^JWT_SECRET="?([^"\n]+)"?$/m.exec(readFileSync(file, "utf8"))?.[1];
  if (!secret) throw new Error(`${file} has no JWT_SECRET line`);
  return secret;
}
