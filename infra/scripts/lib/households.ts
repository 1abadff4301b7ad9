// A large household file for the outreach console: the 10,000 synthetic households of the example file, copied
// with their ids renamed (F…, then G…, H…), so that a table of more than 20,000 ranked households can be built.
import { readFileSync } from "node:fs";

const PREFIXES = "FGHJKLMNPQ";

/** Copies that give more than 20,000 ranked households (about 2 in 10 have a right the model ranks). */
export const LARGE_FILE_COPIES = 10;

export function householdsFile(copies: number): string {
  const [header, ...lines] = readFileSync(new URL("../../../web/public/examples/households-10000.csv", import.meta.url), "utf8").trim().split("\n");
  return [header, ...PREFIXES.slice(0, copies).split("").flatMap((prefix) => lines.map((line) => line.replace(/^F/, prefix)))].join("\n");
}
