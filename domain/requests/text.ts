// Text helpers shared by the pseudonymiser, the routing features and the tagger: accent and case folding
// that keeps every character at its offset (spans found on the folded text are spans of the original), and
// a tokeniser that gives each word, number and sign with its offsets. Shared code.

const folded = new Map<string, string>();

/** One character without accent, in lower case; always one UTF-16 unit, so offsets are kept. */
export function foldChar(char: string): string {
  let result = folded.get(char);
  if (result === undefined) {
    const base = char.normalize("NFD")[0]?.toLowerCase() ?? char;
    result = base.length === 1 ? base : char;
    folded.set(char, result);
  }
  return result;
}

/** The text without accents, in lower case, of the same length as `text`. */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words (letters), numbers (digits) and single signs, with their offsets in `text`. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
