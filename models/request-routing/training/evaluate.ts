// Held-out figures of the request-routing model: theme macro-F1 and per-class precision/recall/F1 (a
// prediction is right when it is one of the fiche's themes), where-to-go top-1 and top-3 accuracy (right
// when one of the fiche's offices is among them) per office, the same for the majority baseline (always
// the most frequent labels), and calibration tables of the top probability. Node only.
import { OFFICES, THEMES } from "../../../domain/requests/labels.ts";
import type { Fiche } from "./fiches.ts";

export interface ClassFigures {
  label: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

export interface HeadFigures {
  n: number;
  accuracy: number;
  top3: number;
  macroF1: number;
  perClass: ClassFigures[];
  calibration: CalibrationBin[];
  /** Expected calibration error of the top probability (weighted mean gap over the bins). */
  ece: number;
  baseline: { accuracy: number; top3: number; macroF1: number };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function ranked(probabilities: ArrayLike<number>): number[] {
  return Array.from(probabilities, (p, i) => [p, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);
}

/** Figures of one head: `probabilities[i]` are a text's class probabilities, `gold[i]` its right classes. */
export function headFigures(labels: readonly string[], probabilities: ArrayLike<number>[], gold: number[][]): HeadFigures {
  const n = gold.length;
  const classCounts = labels.map((_, k) => gold.filter((g) => g[0] === k).length);
  const majority = ranked(classCounts);
  const score = (ranking: (i: number) => number[]) => {
    const predicted = gold.map((_, i) => ranking(i)[0]);
    const truth = gold.map((g, i) => (g.includes(predicted[i]) ? predicted[i] : g[0]));
    const top3 = gold.filter((g, i) => ranking(i).slice(0, 3).some((k) => g.includes(k))).length / n;
    const perClass = labels.map((label, k) => {
      const tp = predicted.filter((p, i) => p === k && truth[i] === k).length;
      const predictedK = predicted.filter((p) => p === k).length;
      const support = truth.filter((t) => t === k).length;
      const precision = predictedK ? tp / predictedK : 0;
      const recall = support ? tp / support : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return { label, support, precision: round(precision), recall: round(recall), f1: round(f1) };
    });
    const present = perClass.filter((c) => c.support > 0);
    const macroF1 = present.reduce((s, c) => s + c.f1, 0) / present.length;
    const accuracy = predicted.filter((p, i) => p === truth[i]).length / n;
    return { predicted, truth, top3, perClass, macroF1, accuracy };
  };
  const model = score((i) => ranked(probabilities[i]));
  const baseline = score(() => majority);
  const bins: CalibrationBin[] = [];
  const edges = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  for (let b = 0; b + 1 < edges.length; b++) {
    const members = gold.map((_, i) => i).filter((i) => {
      const top = probabilities[i][model.predicted[i]];
      return top >= edges[b] && top < edges[b + 1];
    });
    if (members.length === 0) continue;
    const meanPredicted = members.reduce((s, i) => s + probabilities[i][model.predicted[i]], 0) / members.length;
    const observedRate = members.filter((i) => gold[i].includes(model.predicted[i])).length / members.length;
    bins.push({ from: edges[b], to: Math.min(edges[b + 1], 1), count: members.length, meanPredicted: round(meanPredicted), observedRate: round(observedRate) });
  }
  const ece = bins.reduce((s, bin) => s + (bin.count / n) * Math.abs(bin.meanPredicted - bin.observedRate), 0);
  return {
    n,
    accuracy: round(model.accuracy),
    top3: round(model.top3),
    macroF1: round(model.macroF1),
    perClass: model.perClass,
    calibration: bins,
    ece: round(ece),
    baseline: { accuracy: round(baseline.accuracy), top3: round(baseline.top3), macroF1: round(baseline.macroF1) },
  };
}

export const themeGold = (fiche: Fiche) => fiche.themes.map((t) => THEMES.indexOf(t));
export const officeGold = (fiche: Fiche) => fiche.offices.map((o) => OFFICES.indexOf(o));
