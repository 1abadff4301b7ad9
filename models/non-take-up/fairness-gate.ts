// The fairness gate of the non-take-up model: the gaps a group may show against the whole population on the
// outreach list, and the names of the metrics they apply to. Checked at every build (training/fairness.ts),
// published on the card and quoted by the register. Shared code.
import { OUTREACH_TOP_SHARE } from "../../domain/rights/outreach/ranking.ts";

export const FAIRNESS_GATE = {
  /** The top of the list: this share of the households with a claimable right (an outreach campaign's reach). */
  topShare: OUTREACH_TOP_SHARE,
  /** Largest allowed gap, in share of non-claimants reached, between any group and the whole population. */
  maxGap: 0.05,
  /** Largest allowed gap between a group's selection rate (share of its ranked households at the top) and the overall one. */
  maxSelectionGap: 0.05,
  /**
   * Attributes whose selection rate is reported but not gated: the list is paced on the share of non-claimants
   * reached, and older households with the largest ASPA amounts are less often non-claimants (DREES), so
   * reaching the same share of their non-claimants takes a larger share of them (the card says why and by how much).
   */
  selectionNotGated: ["ageBand"] as readonly string[],
  /** Largest allowed gap between a group's mean predicted and drawn non-take-up (the tolerance of the DREES rates). */
  maxCalibrationGap: 0.03,
} as const;

const TOP = `Top${Math.round(FAIRNESS_GATE.topShare * 100)}`;
export const COVERAGE_METRIC = `nonClaimantsReachedBy${TOP}`;
export const SELECTION_METRIC = `selectedBy${TOP}`;
export const CALIBRATION_METRIC = "predictedMinusObservedNonTakeUp";
export const EUROS_METRIC = `eurosReachedBy${TOP}`;
