// Who claims: the generating model of non-take-up in the synthetic population. For every right the rules find
// claimable, the log odds of not claiming are a coefficient per published group (calibrated so that each
// group's rate equals the DREES figure of non-take-up-rates.json), a slope on the ASPA amount at stake (fitted
// to the DREES gradient from 77 % under 100 € to 22 % at 500-600 €), and a household effect shared by all its
// rights (people who stay away from one office tend to stay away from the others). Node-only (training).
import { createRng } from "../../lib/rng.ts";
import { nonTakeUpHousehold, type NonTakeUpInput } from "../features.ts";
import { claimableRights, MODEL_BENEFITS, type ModelBenefit } from "../outreach/stakes.ts";
import { simulate } from "../simulate.ts";
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
  stakeUnder100: (u) => u.monthlyStake < 100,
  stake500to600: (u) => u.monthlyStake >= 500 && u.monthlyStake < 600,
};

type Target = { group: string; rate: number };
const targets = rates.targets as Record<ModelBenefit, Target[]>;
const ASPA_GRADIENT = {
  low: rates.alsoPublished.aspa.find((t) => t.group === "stakeUnder100")!,
  high: rates.alsoPublished.aspa.find((t) => t.group === "stake500to600")!,
};

/** The ASPA stake term: log-odds slope per 100 € between 50 € and 550 €, flat outside. */
const aspaStakeTerm = (stake: number) => (Math.min(Math.max(stake, 50), 550) - 50) / 100;

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

/** Mean probability of a group among `units` under fitted coefficients. */
function groupRate(units: RightUnit[], probabilities: Float64Array, population: SyntheticHousehold[], group: string): number {
  let sum = 0;
  let n = 0;
  units.forEach((u, i) => {
    if (!GROUPS[group](u.input, population[u.household].attributes)) return;
    sum += probabilities[i];
    n++;
  });
  return sum / n;
}

/** Calibrates the generating model on a population's claimable rights. */
export function fitGeneratingModel(units: RightUnit[], population: SyntheticHousehold[], effects: Float64Array): GeneratingModel {
  const byBenefit = (b: ModelBenefit) => units.filter((u) => u.input.benefit === b);
  const aspa = byBenefit("aspa");
  const gap = (slope: number) => {
    const { coefficients } = calibrateBenefit(aspa, population, effects, "aspa", slope);
    const model = { householdEffectSd: HOUSEHOLD_EFFECT_SD, aspaStakeSlopePer100: slope, coefficients: { aspa: targets.aspa.map((t, j) => ({ ...t, coefficient: coefficients[j] })) } };
    const p = probabilities(model as GeneratingModel, aspa, population, effects);
    return groupRate(aspa, p, population, ASPA_GRADIENT.low.group) - groupRate(aspa, p, population, ASPA_GRADIENT.high.group);
  };
  let [lo, hi] = [-3, 0];
  const wanted = ASPA_GRADIENT.low.rate - ASPA_GRADIENT.high.rate;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) < wanted) hi = mid;
    else lo = mid;
  }
  const aspaStakeSlopePer100 = (lo + hi) / 2;
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
    return 1 / (1 + Math.exp(-z));
  });
}

/** Draws who does not claim (1) from the generating probabilities. */
export function drawNonTakeUp(p: Float64Array, seed: number): Uint8Array {
  const rng = createRng(seed);
  return Uint8Array.from(p, (v) => (rng.next() < v ? 1 : 0));
}

/** Published rate, generating mean and drawn share of every group of non-take-up-rates.json. */
export function rateTable(units: RightUnit[], population: SyntheticHousehold[], p: Float64Array, labels: Uint8Array) {
  const published = [
    ...MODEL_BENEFITS.flatMap((b) => targets[b].map((t) => ({ benefit: b, ...t, constraint: true }))),
    ...Object.entries(rates.alsoPublished).flatMap(([b, list]) => list.map((t) => ({ benefit: b as ModelBenefit, ...t, constraint: false }))),
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
