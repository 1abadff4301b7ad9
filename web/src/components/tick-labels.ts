// Which axis labels of a chart are drawn: a label is kept only where it stands a label's width from the last
// one kept, measured where its tick is drawn, and never when it repeats the one before (points of the same
// day). Ticks of nearby dates are unevenly spaced, so keeping every n-th label let them overlap. Plain code,
// no DOM: LineChart gives it the ticks' positions.

/** Roughly how wide the widest of these labels is drawn (12px sans-serif), with a gap, in CSS pixels. */
export const labelsWidth = (labels: string[]) => 16 + 7 * Math.max(0, ...labels.map((l) => l.length));

/** The labels to draw at `positions` (CSS pixels, increasing), "" where a label would overlap. */
export function fittingLabels(positions: number[], labels: string[]): string[] {
  const room = labelsWidth(labels);
  let lastAt = -Infinity;
  let last = "";
  return labels.map((label, i) => {
    if (label === last || positions[i] - lastAt < room) return "";
    lastAt = positions[i];
    last = label;
    return label;
  });
}
