// Who claims: the generating model of non-take-up in the synthetic population. For every right the rules find
// claimable, the log odds of not claiming are a coefficient per published group (calibrated so that each
// group's rate equals the DREES figure of non-take-up-rates.json, including the ASPA rate of every 100 € band of
// the amount at stake, from 77 % under 100 € to 22 % at 500-600 €), a slope on the ASPA amount within the bands,
// and a household effect shared by all its rights (people who stay away from one office tend to stay away from
// the others). Node-only (training).
import { createRng } from "../../lib/rng.ts";
import { nonTakeUpHousehold, type NonTakeUpInput } from "../features.ts";
import { claimableRights, MODEL_BENEFITS, type ModelBenefit } from "../../../domain/rights/outreach/stakes.ts";
import { simulate } from "../../../domain/rights/simulate.ts";
import { calibrateRates } from "./calibrate.ts";
import rates from "./non-take-up-rates.json" with { type: "json" };
import type { ProtectedAttributes, SyntheticHousehold } from "./population.ts";

/** One claimable right of one household: the unit the model scores. */
export interface RightUnit {
  household: number;
  input: NonTakeUpInput;
}

/** Standard deviation of the household effect on the log odds (assumption, POPULATION.md). */
export const HOUSEHOLD_EFFECT_SD = 0.8;

type Group = (u: NonTakeUpInput, a: ProtectedAttributes) => boolean;

/** Every group named in non-take-up-rates.json, as a predicate on a right and its household. */
export const GROUPS: Record<string, Group> = {
  all: () => true,
  tenantSocial: (u) => u.household.housingStatus === "tenantSocial",
  tenantPrivate: (u) => u.household.housingStatus === "tenantPrivate",
  tenants: (u) => u.household.housingStatus === "tenantSocial" || u.household.housingStatus === "tenantPrivate",
  owner: (u) => u.household.housingStatus === "owner",
  housingAid: (u) => u.household.receivesHousingAid,
  noHousingAid: (u) => !u.household.receivesHousingAid,
  familyBenefits: (u) => u.household.receivesFamilyBenefits,
  noFamilyBenefits: (u) => !u.household.receivesFamilyBenefits,
  singleParent: (u) => u.household.adults === 1 && u.household.children > 0,
  coupleNoChildren: (u) => u.household.adults === 2 && u.household.children === 0,
  women: (_, a) => a.sex === "female",
  men: (_, a) => a.sex === "male",
  age65to69: (u) => u.household.oldestAdultAge >= 65 && u.household.oldestAdultAge <= 69,
  age85plus: (u) => u.household.oldestAdultAge >= 85,
};

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** One 100 € band of the ASPA amount at stake and its non-take-up rate (published or interpolated). */
export interface AspaStakeBand {
  group: string;
  from: number;
  to: number;
  rate: number;
  published: boolean;
}

/**
 * The ASPA bands from the first published one to the last: published rates as they are, the bands between
 * interpolated linearly in log odds (non-take-up-rates.json, aspaStakeBands).
 */
export const ASPA_STAKE_BANDS: AspaStakeBand[] = (() => {
  const { width, published } = rates.aspaStakeBands;
  const [low, high] = published;
  const steps = (high.from - low.from) / width;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const from = low.from + i * width;
    const given = published.find((p) => p.from === from);
    const rate = given?.rate ?? sigmoid(logit(low.rate) + (i / steps) * (logit(high.rate) - logit(low.rate)));
    return { group: `stake${from}to${from + width}`, from, to: from + width, rate, published: given !== undefined };
  });
})();

for (const band of ASPA_STAKE_BANDS) GROUPS[band.group] = (u) => u.monthlyStake >= band.from && u.monthlyStake < band.to;

type Target = { group: string; rate: number };
const targets: Record<ModelBenefit, Target[]> = {
  ...(rates.targets as Record<ModelBenefit, Target[]>),
  aspa: [...rates.targets.aspa, ...ASPA_STAKE_BANDS.map(({ group, rate }) => ({ group, rate }))],
};

/** Log-odds slope per 100 € of the interpolation, applied within the bands so that the rate falls smoothly. */
const ASPA_STAKE_SLOPE_PER_100 = (() => {
  const first = ASPA_STAKE_BANDS[0];
  const last = ASPA_STAKE_BANDS[ASPA_STAKE_BANDS.length - 1];
  return ((logit(last.rate) - logit(first.rate)) / (last.from - first.from)) * 100;
})();

/** The ASPA stake term: hundreds of euros between the centres of the first and the last band, flat outside. */
const aspaStakeTerm = (stake: number) => {
  const lo = ASPA_STAKE_BANDS[0].from + 50;
  const hi = ASPA_STAKE_BANDS[ASPA_STAKE_BANDS.length - 1].from + 50;
  return (Math.min(Math.max(stake, lo), hi) - lo) / 100;
};

export interface GeneratingModel {
  householdEffectSd: number;
  aspaStakeSlopePer100: number;
  coefficients: Record<ModelBenefit, { group: string; rate: number; coefficient: number }[]>;
}

export interface PopulationRights {
  units: RightUnit[];
  /** 1 when the rules answered "maybe" for a national benefit (left to the agent's check, not ranked on). */
  uncertain: Uint8Array;
}

const NATIONAL_BENEFITS = new Set(["rsa", "primeActivite", "aspa", "css"]);

/** Every claimable right of every household on `date`. */
export function populationRights(population: SyntheticHousehold[], date: string): PopulationRights {
  const units: RightUnit[] = [];
  const uncertain = new Uint8Array(population.length);
  population.forEach(({ household }, index) => {
    const simulation = simulate(household, { date });
    if (simulation.results.some((r) => r.eligible === "maybe" && NATIONAL_BENEFITS.has(r.benefit))) uncertain[index] = 1;
    const rights = claimableRights(household, simulation);
    if (!rights.length) return;
    const summary = nonTakeUpHousehold(household, date);
    for (const right of rights) units.push({ household: index, input: { ...right, household: summary } });
  });
  return { units, uncertain };
}

/** The household effects: one normal draw per household, from its own seed. */
export function householdEffects(n: number, seed: number, sd = HOUSEHOLD_EFFECT_SD): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.normal(0, sd));
}

function offsetOf(u: RightUnit, effects: Float64Array, aspaSlope: number): number {
  return effects[u.household] + (u.input.benefit === "aspa" ? aspaSlope * aspaStakeTerm(u.input.monthlyStake) : 0);
}

function design(units: RightUnit[], population: SyntheticHousehold[], groups: Target[]): Uint8Array {
  const k = groups.length;
  const out = new Uint8Array(units.length * k);
  units.forEach((u, i) => groups.forEach((g, j) => (out[i * k + j] = GROUPS[g.group](u.input, population[u.household].attributes) ? 1 : 0)));
  return out;
}

function calibrateBenefit(units: RightUnit[], population: SyntheticHousehold[], effects: Float64Array, benefit: ModelBenefit, aspaSlope: number) {
  const groups = targets[benefit];
  const offsets = Float64Array.from(units, (u) => offsetOf(u, effects, aspaSlope));
  return calibrateRates({ design: design(units, population, groups), k: groups.length, offsets, rates: groups.map((g) => g.rate) });
}

/** Calibrates the generating model on a population's claimable rights. */
export function fitGeneratingModel(units: RightUnit[], population: SyntheticHousehold[], effects: Float64Array): GeneratingModel {
  const byBenefit = (b: ModelBenefit) => units.filter((u) => u.input.benefit === b);
  const aspaStakeSlopePer100 = ASPA_STAKE_SLOPE_PER_100;
  const coefficients = Object.fromEntries(
    MODEL_BENEFITS.map((b) => {
      const fitted = calibrateBenefit(byBenefit(b), population, effects, b, aspaStakeSlopePer100);
      return [b, targets[b].map((t, j) => ({ ...t, coefficient: fitted.coefficients[j] }))];
    }),
  ) as GeneratingModel["coefficients"];
  return { householdEffectSd: HOUSEHOLD_EFFECT_SD, aspaStakeSlopePer100, coefficients };
}

/** The generating probability of not claiming each unit. */
export function probabilities(model: GeneratingModel, units: RightUnit[], population: SyntheticHousehold[], effects: Float64Array): Float64Array {
  return Float64Array.from(units, (u) => {
    let z = offsetOf(u, effects, model.aspaStakeSlopePer100);
    for (const c of model.coefficients[u.input.benefit] ?? []) {
      if (GROUPS[c.group](u.input, population[u.household].attributes)) z += c.coefficient;
    }
    return sigmoid(z);
  });
}

/** Draws who does not claim (1) from the generating probabilities. */
export function drawNonTakeUp(p: Float64Array, seed: number): Uint8Array {
  const rng = createRng(seed);
  return Uint8Array.from(p, (v) => (rng.next() < v ? 1 : 0));
}

/** Published rate, generating mean and drawn share of every group of non-take-up-rates.json. */
export function rateTable(units: RightUnit[], population: SyntheticHousehold[], p: Float64Array, labels: Uint8Array) {
  const interpolated = new Set(ASPA_STAKE_BANDS.filter((b) => !b.published).map((b) => b.group));
  const published = [
    ...MODEL_BENEFITS.flatMap((b) => targets[b].map((t) => ({ benefit: b, ...t, constraint: true, interpolated: b === "aspa" && interpolated.has(t.group) }))),
    ...Object.entries(rates.alsoPublished).flatMap(([b, list]) => list.map((t) => ({ benefit: b as ModelBenefit, ...t, constraint: false, interpolated: false }))),
  ];
  return published.map((t) => {
    let n = 0;
    let sumP = 0;
    let sumY = 0;
    units.forEach((u, i) => {
      if (u.input.benefit !== t.benefit || !GROUPS[t.group](u.input, population[u.household].attributes)) return;
      n++;
      sumP += p[i];
      sumY += labels[i];
    });
    return { ...t, count: n, generating: sumP / n, drawn: sumY / n };
  });
}
