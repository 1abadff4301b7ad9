// From the pii-tagger's per-token probabilities to spans of names and addresses. A token starts a span
// when a class's probability passes its threshold (set low for names: a missed name is a leak); tagged
// tokens next to each other, or joined by a hyphen, an apostrophe, a name particle ("de", "Ben") or, in
// addresses, a comma, make one span. A name then grows (hysteresis) over capitalised words on the same
// line, one space or a hyphen away, whose name probability passes the lower extension threshold, so a
// double surname ("Cissé-Jacob", "Dos Santos") is hidden whole when one half is unsure. Shared code.
import type { Span } from "../../domain/requests/rules/patterns.ts";
import type { Token } from "../../domain/requests/text.ts";
import { TAGGER_CLASSES } from "./features.ts";

export const TAGGER_THRESHOLDS = { PER: 0.35, ADDRESS: 0.4 } as const;
export const NAME_EXTENSION_THRESHOLD = 0.1;

const JOINERS = new Set(["-", "'", "’", "de", "du", "des", "la", "le", "ben", "ait", "da", "dos", "van", "von", "d"]);
const WIDTH = TAGGER_CLASSES.length;

/** Spans of `text` from the probabilities of its tokens ([tokens, 3] row-major, TAGGER_CLASSES order). */
export function decodeTaggerSpans(text: string, tokens: Token[], probabilities: ArrayLike<number>): Span[] {
  const per = (i: number) => probabilities[i * WIDTH + 1];
  const labelOf = (i: number): Span["label"] | null => {
    const address = probabilities[i * WIDTH + 2];
    if (per(i) >= TAGGER_THRESHOLDS.PER && per(i) >= address) return "PER";
    if (address >= TAGGER_THRESHOLDS.ADDRESS) return "ADDRESS";
    return null;
  };
  const labels = tokens.map((_, i) => labelOf(i));
  const joins = (i: number, label: Span["label"]) =>
    JOINERS.has(tokens[i].text.toLowerCase()) || (label === "ADDRESS" && tokens[i].text === ",");
  const close = (a: number, b: number) => /^[ -]?$/.test(text.slice(tokens[a].end, tokens[b].start));
  const extendsName = (i: number, neighbour: number) =>
    i >= 0 && i < tokens.length && /^\p{Lu}/u.test(tokens[i].text) && per(i) >= NAME_EXTENSION_THRESHOLD && close(Math.min(i, neighbour), Math.max(i, neighbour));

  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const label = labels[i];
    if (!label) continue;
    let start = i;
    let end = i;
    for (let j = i + 1; j < tokens.length; j++) {
      if (labels[j] === label) end = j;
      else if (!(joins(j, label) && labels[j + 1] === label)) break;
    }
    if (label === "PER") {
      const skipHyphen = (j: number) => (tokens[j]?.text === "-" ? j + 1 : j);
      while (extendsName(skipHyphen(end + 1), end)) end = skipHyphen(end + 1);
      while (extendsName(start - 1, start)) start -= 1;
    }
    spans.push({ start: tokens[start].start, end: tokens[end].end, label });
    i = end;
  }
  return spans;
}
