// Arithmetic shared by the rules: rounding, household composition rates, forfait logement, outcome builder.
import type { MessageCode } from "../translations.ts";
import type { Eligibility, MessageParams, Reason, Step } from "./types.ts";

/** Rounds to the cent, the precision of every published amount. */
export function cents(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

/**
 * Truncates to the cent: how the CAF's published montants forfaitaires come out of the rates
 * (646.52 x 1.71216 = 1,106.9457 is published as 1,106.94 for a single parent with one child).
 */
export function floorCents(x: number): number {
  return Math.floor(x * 100 + 1e-6) / 100;
}

export interface CompositionRates {
  secondPersonRate: number;
  furtherPersonRate: number;
  thirdChildOnwardRate: number;
}

/**
 * Multiplier of the one-person amount for a household (CASF R262-1, CSS D843-1): +50 % for the second
 * person, +30 % for each further dependent, +40 % from the third dependent child.
 */
export function compositionMultiplier(adults: number, children: number, rates: CompositionRates): number {
  let multiplier = 1;
  let persons = 1;
  if (adults === 2) {
    multiplier += rates.secondPersonRate;
    persons = 2;
  }
  for (let rank = 1; rank <= children; rank++) {
    persons += 1;
    if (rank >= 3) multiplier += rates.thirdChildOnwardRate;
    else multiplier += persons === 2 ? rates.secondPersonRate : rates.furtherPersonRate;
  }
  return multiplier;
}

export interface HousingFlatRates {
  onePerson: number;
  twoPersons: number;
  threeOrMore: number;
}

/**
 * Forfait logement (CASF R262-9 and R262-10): a share of the amount for 1, 2 or 3 persons. The amount for
 * 2 and 3 persons is the one of a couple, then of a couple with one child.
 */
export function housingFlatAmount(
  base: number,
  persons: number,
  rates: HousingFlatRates,
  composition: CompositionRates,
): number {
  if (persons <= 1) return cents(base * rates.onePerson);
  if (persons === 2) return cents(floorCents(base * compositionMultiplier(2, 0, composition)) * rates.twoPersons);
  return cents(floorCents(base * compositionMultiplier(2, 1, composition)) * rates.threeOrMore);
}

/** Collects reasons and arithmetic steps while a rule runs. */
export class Trace {
  readonly reasons: Reason[] = [];
  readonly steps: Step[] = [];

  because(code: MessageCode, params: MessageParams = {}): void {
    this.reasons.push({ code, params });
  }

  step(label: MessageCode, value: number, params?: MessageParams): number {
    this.steps.push(params ? { label, value, params } : { label, value });
    return value;
  }
}

/** Combines two eligibility answers: false wins, then "maybe". */
export function both(a: Eligibility, b: Eligibility): Eligibility {
  if (a === false || b === false) return false;
  if (a === "maybe" || b === "maybe") return "maybe";
  return true;
}

/**
 * Resources within this share of a ceiling make the answer "maybe": the engine uses a 3-month average
 * where the administrations use other periods and resource definitions (engine choice, not a legal value).
 */
export const NEAR_CEILING_MARGIN = 0.03;

/**
 * Whether resources are too close to a ceiling for the engine to answer. Only when they vary from month to
 * month (earnings, unemployment benefit...): pensions and benefits alone are the same over every period, so
 * the answer is known however close to the ceiling.
 */
export function nearCeiling(resources: number, ceiling: number, f: { resourcesVary: boolean }): boolean {
  return f.resourcesVary && Math.abs(resources - ceiling) <= NEAR_CEILING_MARGIN * ceiling;
}
