// Evaluation of the non-take-up model on an independent synthetic population (same generating model, another
// seed, the same number of households in every arrondissement): discrimination and calibration against the
// drawn outcomes, rates by right and by ASPA amount band against DREES, the fairness gate (fairness.ts) for the
// paced list and, for comparison, the list ordered by priority alone, calibration by group, and the proxy check.
// Node-only (training and tests).
import type { Matrix } from "../../lib/matrix.ts";
import { auc, brier, calibrationTable, logLoss, type CalibrationRow } from "../../lib/metrics.ts";
import { MODEL_BENEFITS, type ModelBenefit } from "../../../domain/rights/outreach/stakes.ts";
import { coverageReport, groupCalibration, rankings, type CalibrationGroup, type CoverageReport } from "./fairness.ts";
import { ASPA_STAKE_BANDS, rateTable, type GeneratingModel } from "./outcomes.ts";
import { proxyCheck, type ProxyResult } from "./proxies.ts";
import { labelledPopulation, type LabelledPopulation } from "./train.ts";
import rates from "./non-take-up-rates.json" with { type: "json" };

export interface NonTakeUpEvaluation {
  population: LabelledPopulation;
  predicted: Float64Array;
  metrics: {
    households: number;
    claimableRights: number;
    auc: number;
    /** AUC of the generating probabilities, household effect included: an upper bound no model of the inputs can reach. */
    generatingAuc: number;
    logLoss: number;
    generatingLogLoss: number;
    brier: number;
    meanPredicted: number;
    observedRate: number;
  };
  /** By right; `auc` is the model's ranking within the right (0.5: the same probability for every household). */
  byBenefit: { benefit: ModelBenefit; count: number; published: number; observed: number; predicted: number; auc: number }[];
  /** ASPA non-take-up by band of the amount at stake: the DREES target (published or interpolated), drawn, predicted. */
  aspaBands: { group: string; from: number; to: number; target: number; interpolated: boolean; count: number; observed: number; predicted: number }[];
  calibration: CalibrationRow[];
  calibrationByGroup: CalibrationGroup[];
  rates: ReturnType<typeof rateTable>;
  coverage: { paced: CoverageReport; byPriority: CoverageReport };
  proxies: ProxyResult[];
  /** Share of households with a national right the rules could not decide ("maybe"), by nationality group. */
  uncertainByNationality: Record<string, number>;
}

const mean = (values: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
};

export async function evaluateNonTakeUp(
  predict: (x: Matrix) => Float64Array | Promise<Float64Array>,
  generatingModel: GeneratingModel,
  { seed, n }: { seed: number; n: number },
): Promise<NonTakeUpEvaluation> {
  const population = labelledPopulation({ seed, n, balancedArrondissements: true }, generatingModel);
  const { households, units, labels, generating, features } = population;
  const predicted = await predict(features);
  const byBenefit = MODEL_BENEFITS.map((benefit) => {
    const rows = units.flatMap((u, i) => (u.input.benefit === benefit ? [i] : []));
    return {
      benefit,
      count: rows.length,
      published: rates.targets[benefit].find((t) => t.group === "all")!.rate,
      observed: mean(rows.map((i) => labels[i])),
      predicted: mean(rows.map((i) => predicted[i])),
      auc: auc(Float64Array.from(rows, (i) => predicted[i]), Float64Array.from(rows, (i) => labels[i])),
    };
  });
  const aspaBands = ASPA_STAKE_BANDS.map((band) => {
    const rows = units.flatMap((u, i) => (u.input.benefit === "aspa" && u.input.monthlyStake >= band.from && u.input.monthlyStake < band.to ? [i] : []));
    return {
      group: band.group,
      from: band.from,
      to: band.to,
      target: band.rate,
      interpolated: !band.published,
      count: rows.length,
      observed: mean(rows.map((i) => labels[i])),
      predicted: mean(rows.map((i) => predicted[i])),
      auc: auc(Float64Array.from(rows, (i) => predicted[i]), Float64Array.from(rows, (i) => labels[i])),
    };
  });
  const { paced, byPriority } = rankings(households, units, predicted);
  const uncertainByNationality: Record<string, number> = {};
  for (const group of ["french", "eu", "nonEu"]) {
    const members = households.flatMap((s, i) => (s.attributes.nationality === group ? [i] : []));
    uncertainByNationality[group] = mean(members.map((i) => population.uncertain[i]));
  }
  return {
    population,
    predicted,
    metrics: {
      households: households.length,
      claimableRights: units.length,
      auc: auc(predicted, labels),
      generatingAuc: auc(generating, labels),
      logLoss: logLoss(predicted, labels),
      generatingLogLoss: logLoss(generating, labels),
      brier: brier(predicted, labels),
      meanPredicted: mean(predicted),
      observedRate: mean(labels),
    },
    byBenefit,
    aspaBands,
    calibration: calibrationTable(predicted, labels, 10, "quantile"),
    calibrationByGroup: groupCalibration(households, units, labels, predicted),
    rates: rateTable(units, households, generating, labels),
    coverage: { paced: coverageReport(households, units, labels, paced), byPriority: coverageReport(households, units, labels, byPriority) },
    proxies: proxyCheck(households, units, features, seed + 5),
    uncertainByNationality,
  };
}
