// Recall and precision per label of the whole pseudonymiser (rules + tagger) on held-out texts with
// known spans. A true span is recalled when every one of its characters (but spaces) lies in a found span
// of the same label, and hidden when they lie in found spans of any label (what matters for a leak: a
// name hidden as an address does not circulate). A found span is right when it overlaps a true span of
// its label (or an ignored one). Node only.
import { PII_LABELS, type PiiLabel } from "../../../domain/requests/labels.ts";
import type { Span } from "../../../domain/requests/rules/patterns.ts";

export interface LabelFigures {
  label: PiiLabel;
  trueSpans: number;
  foundSpans: number;
  recall: number;
  hidden: number;
  precision: number;
}

export interface EvaluatedText {
  text: string;
  spans: Span[];
  ignored?: Span[];
  found: Span[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function covered(text: string, span: Span, found: Span[]): boolean {
  for (let i = span.start; i < span.end; i++) {
    if (/\s/.test(text[i])) continue;
    if (!found.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function labelFigures(items: EvaluatedText[]): LabelFigures[] {
  return PII_LABELS.map((label) => {
    let trueSpans = 0, recalled = 0, hidden = 0, foundSpans = 0, right = 0;
    for (const item of items) {
      const found = item.found.filter((f) => f.label === label);
      for (const span of item.spans.filter((s) => s.label === label)) {
        trueSpans++;
        if (covered(item.text, span, found)) recalled++;
        if (covered(item.text, span, item.found)) hidden++;
      }
      for (const f of found) {
        foundSpans++;
        if (item.spans.some((s) => s.label === label && overlaps(s, f)) || item.ignored?.some((s) => overlaps(s, f))) right++;
      }
    }
    return {
      label,
      trueSpans,
      foundSpans,
      recall: trueSpans ? round(recalled / trueSpans) : 0,
      hidden: trueSpans ? round(hidden / trueSpans) : 0,
      precision: foundSpans ? round(right / foundSpans) : 0,
    };
  }).filter((f) => f.trueSpans > 0 || f.foundSpans > 0);
}
