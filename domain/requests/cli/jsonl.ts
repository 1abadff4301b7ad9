// Reads the evaluation commands' input: `--in FILE.jsonl`, one JSON object `{"id", "text"}` per line. A
// bad line is reported on stderr with its number and skipped (the others are still processed); the
// command then exits with status 2. Node only.
import { readFileSync } from "node:fs";

export interface InputLine {
  id: string;
  text: string;
}

export function readInput(argv: string[]): { lines: InputLine[]; bad: number } {
  const at = argv.indexOf("--in");
  const file = at >= 0 ? argv[at + 1] : undefined;
  if (!file) {
    console.error("usage: --in FILE.jsonl (one {\"id\", \"text\"} object per line)");
    process.exit(2);
  }
  const lines: InputLine[] = [];
  let bad = 0;
  readFileSync(file, "utf8").split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      const value = JSON.parse(raw) as { id?: unknown; text?: unknown };
      if ((typeof value.id !== "string" && typeof value.id !== "number") || typeof value.text !== "string") {
        throw new Error('needs "id" (string or number) and "text" (string)');
      }
      lines.push({ id: String(value.id), text: value.text });
    } catch (error) {
      bad++;
      console.error(`${file}:${i + 1}: ${(error as Error).message}`);
    }
  });
  return { lines, bad };
}
