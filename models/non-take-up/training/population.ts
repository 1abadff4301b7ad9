// Seeded synthetic population of Paris households for the non-take-up model. Where each household lives,
// the age of its oldest adult and whether older people live alone come from the census files (INSEE RP2022 by
// IRIS, population and 65+ by arrondissement); everything else (composition, incomes, housing, nationality,
// disability...) from the stated assumptions below. Each household carries its protected attributes so that
// fairness can be measured; they are never model inputs. Documented in POPULATION.md. Node-only.
import { ASSUMPTIONS as HEAT_COHORT } from "../../heat-risk/training/cohort.ts";
import { SHARED_DATA_DIR, readCsv } from "../../../domain/evaluation/shared-data.ts";
import { createRng, type Rng } from "../../lib/rng.ts";
import type { Adult, Household, HousingStatus } from "../../../domain/rights/household.ts";

export type Sex = "female" | "male";
export type NationalityGroup = "french" | "eu" | "nonEu";

/** Attributes the model never sees, kept to measure fairness. */
export interface ProtectedAttributes {
  /** Sex of the oldest adult (of the only adult in one-adult households). */
  sex: Sex;
  nationality: NationalityGroup;
  /** An adult of the household has a recognised disability. */
  disability: boolean;
  /** An adult of the household is an immigrant (born abroad a foreign national, INSEE definition). */
  immigrant: boolean;
}

export interface SyntheticHousehold {
  id: string;
  household: Household;
  attributes: ProtectedAttributes;
}

/** Assumptions where the census files are silent: orders of magnitude, sources and reasons in POPULATION.md. */
export const POPULATION_ASSUMPTIONS = {
  /** Under-55 adults aged under 30 (the rest are 30-54). */
  under30AmongUnder55: 0.3,
  /** Share of one-person households among households whose oldest adult is under 55. */
  aloneUnder55: 0.48,
  singleParentAmongOthers: { under55: 0.2, "55-64": 0.1, "65+": 0.03 },
  coupleWithChildren: { under30: 0.3, "30-54": 0.65, "55-64": 0.25, "65+": 0.02 },
  childrenCount: [0.45, 0.37, 0.13, 0.05],
  femaleAmongSingles: { under65: 0.52, "65-79": 0.62, "80+": 0.74 },
  femaleAmongSingleParents: 0.85,
  nonEu: { under65: 0.1, "65+": 0.06 },
  eu: { under65: 0.045, "65+": 0.035 },
  residencePermitMeanYears: 10,
  immigrantAmongFrench: 0.08,
  immigrantAmongForeigners: 0.93,
  disability: { under50: 0.03, "50-64": 0.07, "65+": 0.1 },
  studentAmongYoungSingles: 0.45,
  employment: { base: 0.78, nonEu: 0.8, disability: 0.45, under25: 0.7 },
  earnings: { median: 3000, sigma: 0.55, female: 0.86, nonEu: 0.8, under26: 0.7, partTimeShare: 0.15, partTime: 0.5 },
  studentJob: { share: 0.35, median: 600, sigma: 0.5 },
  aahMonthly: 1030,
  aahTakeUp: 0.7,
  unemploymentBenefit: { share: 0.45, median: 1100, sigma: 0.35 },
  pension: {
    median: 2000, sigma: 0.5, female: 0.82, nonEu: 0.65, workingShare65to74: 0.08, workMedian: 900,
    /** Short or broken careers: a share of retirees whose pension median is scaled down (tuned, POPULATION.md). */
    incompleteCareer: { share: 0.2, factor: 0.45 },
  },
  savings: { zeroShare: 0.25, median65plus: 12000, medianUnder65: 2500, sigma: 1.4, lowIncome: 0.25 },
  lowIncomePerUnit: 1100,
  highIncomePerUnit: 3000,
  owner: { under30: 0.07, "30-49": 0.27, "50-64": 0.4, "65+": 0.55, lowIncome: 0.7, highIncome: 1.5, nonEu: 0.4 },
  tenantSocial: { base: 0.17, lowIncome: 2, highIncome: 0.3, nonEu: 1.4 },
  hostedFree: { under30: 0.06, other: 0.015, lowIncome: 2.5 },
  homelessBelowIncomePerUnit: 800,
  homeless: 0.01,
  tenantPrivate: 0.4,
  rent: { privateMedian: 850, privatePerPerson: 200, socialMedian: 480, socialPerPerson: 90, sigma: 0.3 },
  loan: { under50: 0.6, "50-64": 0.35, "65+": 0.05, median: 1300, sigma: 0.35 },
  housingAid: { incomePerUnitBelow: 1150, rentShare: 0.7, base: 250, perPerson: 60, taper: 0.25, floor: 400, takeUp: 0.8, amountKnown: 0.85 },
  parisResidenceFullShare: 0.88,
} as const;

interface Arrondissement {
  number: number;
  weight: number;
  /** Probability of the oldest adult's age band: under 55, 55-64, 65-79, 80+. */
  ageBands: [number, number, number, number];
  aloneShare55to79: number;
  aloneShare80Plus: number;
}

/** Persons living alone → households made of one person, when the others live in two-adult households. */
const householdShareAlone = (personShare: number) => (2 * personShare) / (1 + personShare);

/** The 20 arrondissements with their census weights, age structure and living-alone shares. */
export function loadArrondissements(): Arrondissement[] {
  const iris = readCsv(`${SHARED_DATA_DIR}/demographics/paris_iris_elderly_55p_80p_living_alone_rp2022.csv`);
  const byArr = new Map<string, { adults: number; p55: number; alone55: number; alone80: number }>();
  for (const row of iris) {
    const code = row.IRIS.slice(0, 5);
    const sums = byArr.get(code) ?? { adults: 0, p55: 0, alone55: 0, alone80: 0 };
    sums.adults += Number(row.total_population || 0);
    sums.p55 += Number(row.elderly_55_plus || 0);
    sums.alone55 += Number(row.elderly_55_plus_alone || 0);
    sums.alone80 += Number(row.elderly_80_plus_alone || 0);
    byArr.set(code, sums);
  }
  return readCsv(`${SHARED_DATA_DIR}/demographics/paris_arrondissement_pop_65plus.csv`).map((row) => {
    const s = byArr.get(row.CODGEO)!;
    const p65 = Number(row.pop_65plus);
    const p80 = HEAT_COHORT.share80Plus * p65;
    return {
      number: Number(row.CODGEO.slice(3)),
      weight: Number(row.pop_total),
      ageBands: [1 - s.p55 / s.adults, (s.p55 - p65) / s.adults, (p65 - p80) / s.adults, p80 / s.adults],
      aloneShare55to79: householdShareAlone((s.alone55 - s.alone80) / (s.p55 - p80)),
      aloneShare80Plus: householdShareAlone(Math.min(HEAT_COHORT.maxLivingAloneShare, s.alone80 / p80)),
    };
  });
}

const A = POPULATION_ASSUMPTIONS;

function pick(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

const lognormal = (rng: Rng, median: number, sigma: number) => median * Math.exp(rng.normal(0, sigma));
const euros = (x: number) => Math.round(x * 100) / 100;
const intBetween = (rng: Rng, lo: number, hi: number) => lo + rng.int(hi - lo + 1);

function oldestAge(rng: Rng, arr: Arrondissement): number {
  switch (pick(rng, arr.ageBands)) {
    case 0:
      return rng.next() < A.under30AmongUnder55 ? intBetween(rng, 18, 29) : intBetween(rng, 30, 54);
    case 1:
      return intBetween(rng, 55, 64);
    case 2:
      return intBetween(rng, 65, 79);
    default:
      return Math.min(100, 80 + Math.floor(-Math.log(1 - rng.next()) * 6));
  }
}

type Composition = { partnerAge: number | null; childAges: number[] };

function composition(rng: Rng, age: number, arr: Arrondissement): Composition {
  const alone = age < 55 ? A.aloneUnder55 : age < 80 ? arr.aloneShare55to79 : arr.aloneShare80Plus;
  if (rng.next() < alone) return { partnerAge: null, childAges: [] };
  const band = age < 55 ? "under55" : age < 65 ? "55-64" : "65+";
  const singleParent = rng.next() < A.singleParentAmongOthers[band];
  const coupleBand = age < 30 ? "under30" : age < 55 ? "30-54" : age < 65 ? "55-64" : "65+";
  const withChildren = singleParent || rng.next() < A.coupleWithChildren[coupleBand];
  const lo = Math.max(0, age - 45);
  const hi = Math.min(24, age - 18);
  const childAges = withChildren && lo <= hi ? Array.from({ length: pick(rng, A.childrenCount) + 1 }, () => intBetween(rng, lo, hi)) : [];
  if (singleParent && childAges.length) return { partnerAge: null, childAges };
  return { partnerAge: Math.max(18, age - Math.abs(Math.round(rng.normal(0, 4)))), childAges };
}

interface Person {
  age: number;
  female: boolean;
  disability: boolean;
  student: boolean;
}

function incomes(rng: Rng, p: Person, nonEu: boolean): Pick<Adult, "earnedIncomeMonthly" | "pensionsMonthly" | "otherIncomeMonthly"> {
  const out = { earnedIncomeMonthly: 0, pensionsMonthly: 0, otherIncomeMonthly: 0 };
  const retired = p.age >= 65 || (p.age >= 62 && rng.next() < 0.5);
  if (retired) {
    const e = A.pension;
    const career = rng.next() < e.incompleteCareer.share ? e.incompleteCareer.factor : 1;
    out.pensionsMonthly = euros(lognormal(rng, e.median * (p.female ? e.female : 1) * (nonEu ? e.nonEu : 1) * career, e.sigma));
    if (p.age < 75 && rng.next() < e.workingShare65to74) out.earnedIncomeMonthly = euros(lognormal(rng, e.workMedian, 0.5));
    return out;
  }
  if (p.student) {
    if (rng.next() < A.studentJob.share) out.earnedIncomeMonthly = euros(lognormal(rng, A.studentJob.median, A.studentJob.sigma));
    return out;
  }
  const m = A.employment;
  const employed = m.base * (nonEu ? m.nonEu : 1) * (p.disability ? m.disability : 1) * (p.age < 25 ? m.under25 : 1);
  if (rng.next() < employed) {
    const e = A.earnings;
    const median = e.median * (p.female ? e.female : 1) * (nonEu ? e.nonEu : 1) * (p.age < 26 ? e.under26 : 1);
    out.earnedIncomeMonthly = euros(lognormal(rng, median, e.sigma) * (rng.next() < e.partTimeShare ? e.partTime : 1));
  } else if (p.disability && rng.next() < A.aahTakeUp) {
    out.otherIncomeMonthly = A.aahMonthly;
  } else if (rng.next() < A.unemploymentBenefit.share) {
    out.otherIncomeMonthly = euros(lognormal(rng, A.unemploymentBenefit.median, A.unemploymentBenefit.sigma));
  }
  return out;
}

const disabilityShare = (age: number) => (age < 50 ? A.disability.under50 : age < 65 ? A.disability["50-64"] : A.disability["65+"]);

function housingStatus(rng: Rng, age: number, incomePerUnit: number, nonEu: boolean): HousingStatus {
  const low = incomePerUnit < A.lowIncomePerUnit;
  const high = incomePerUnit > A.highIncomePerUnit;
  const o = A.owner;
  const ownerBase = age < 30 ? o.under30 : age < 50 ? o["30-49"] : age < 65 ? o["50-64"] : o["65+"];
  const s = A.tenantSocial;
  const weights: Record<HousingStatus, number> = {
    owner: ownerBase * (low ? o.lowIncome : high ? o.highIncome : 1) * (nonEu ? o.nonEu : 1),
    tenantSocial: s.base * (low ? s.lowIncome : high ? s.highIncome : 1) * (nonEu ? s.nonEu : 1),
    hostedFree: (age < 30 ? A.hostedFree.under30 : A.hostedFree.other) * (low ? A.hostedFree.lowIncome : 1),
    homeless: incomePerUnit < A.homelessBelowIncomePerUnit ? A.homeless : 0,
    tenantPrivate: A.tenantPrivate,
  };
  const statuses = Object.keys(weights) as HousingStatus[];
  return statuses[pick(rng, statuses.map((s) => weights[s]))];
}

function housingCost(rng: Rng, status: HousingStatus, age: number, persons: number): number {
  const r = A.rent;
  if (status === "tenantPrivate") return euros(lognormal(rng, r.privateMedian + r.privatePerPerson * (persons - 1), r.sigma));
  if (status === "tenantSocial") return euros(lognormal(rng, r.socialMedian + r.socialPerPerson * (persons - 1), r.sigma));
  if (status !== "owner") return 0;
  const withLoan = age < 50 ? A.loan.under50 : age < 65 ? A.loan["50-64"] : A.loan["65+"];
  return rng.next() < withLoan ? euros(lognormal(rng, A.loan.median, A.loan.sigma)) : 0;
}

/** A rough housing aid (APL) for low-income tenants: not the legal formula, only its order of magnitude. */
function housingAid(rng: Rng, rent: number, income: number, persons: number, incomePerUnit: number): number {
  const h = A.housingAid;
  if (incomePerUnit >= h.incomePerUnitBelow || rent === 0) return 0;
  const amount = Math.min(h.rentShare * rent, h.base + h.perPerson * (persons - 1)) - h.taper * Math.max(0, income - h.floor);
  return amount >= 15 && rng.next() < h.takeUp ? Math.round(amount) : 0;
}

/** OECD-modified consumption units: 1 for the first adult, 0.5 per other person aged 14+, 0.3 under 14. */
const consumptionUnits = (adults: number, childAges: number[]) =>
  1 + 0.5 * (adults - 1) + childAges.reduce((u, age) => u + (age >= 14 ? 0.5 : 0.3), 0);

function generateHousehold(rng: Rng, arr: Arrondissement, index: number): SyntheticHousehold {
  const age = oldestAge(rng, arr);
  const { partnerAge, childAges } = composition(rng, age, arr);
  const single = partnerAge === null;
  const band = age < 65 ? "under65" : "65+";
  const u = rng.next();
  const nationality: NationalityGroup = u < A.nonEu[band] ? "nonEu" : u < A.nonEu[band] + A.eu[band] ? "eu" : "french";
  const nonEu = nationality === "nonEu";
  const femaleShare = !single ? 0.5 : childAges.length ? A.femaleAmongSingleParents
    : age < 65 ? A.femaleAmongSingles.under65 : age < 80 ? A.femaleAmongSingles["65-79"] : A.femaleAmongSingles["80+"];
  const first: Person = { age, female: rng.next() < femaleShare, disability: rng.next() < disabilityShare(age), student: false };
  first.student = single && !childAges.length && age <= 25 && rng.next() < A.studentAmongYoungSingles;
  const people = [first];
  if (partnerAge !== null) people.push({ age: partnerAge, female: !first.female, disability: rng.next() < disabilityShare(partnerAge), student: false });
  const adults: Adult[] = people.map((p) => ({ age: p.age, ...incomes(rng, p, nonEu), aahMonthly: 0, disabilityRecognised: p.disability, student: p.student }));

  const income = adults.reduce((s, a) => s + a.earnedIncomeMonthly + a.pensionsMonthly + a.otherIncomeMonthly, 0);
  const persons = adults.length + childAges.length;
  const incomePerUnit = income / consumptionUnits(adults.length, childAges);
  const status = housingStatus(rng, age, incomePerUnit, nonEu);
  const rentMonthly = housingCost(rng, status, age, persons);
  const tenant = status === "tenantPrivate" || status === "tenantSocial";
  const aid = tenant ? housingAid(rng, rentMonthly, income, persons, incomePerUnit) : 0;
  const s = A.savings;
  const savings = rng.next() < s.zeroShare ? 0
    : euros(lognormal(rng, age >= 65 ? s.median65plus : s.medianUnder65, s.sigma) * (incomePerUnit < A.lowIncomePerUnit ? s.lowIncome : 1));
  const foreign = nationality !== "french";
  const permitYears = nonEu ? Math.min(age - 16, Math.round(-Math.log(1 - rng.next()) * A.residencePermitMeanYears)) : undefined;

  const household: Household = {
    adults,
    children: childAges.map((a) => ({ age: a })),
    housing: {
      status,
      rentMonthly,
      receivesHousingAid: aid > 0,
      ...(aid > 0 && rng.next() < A.housingAid.amountKnown ? { housingAidMonthly: aid } : {}),
    },
    savings: Math.min(savings, 1_000_000),
    lawfulResidence: true,
    ...(permitYears !== undefined ? { residencePermitYears: permitYears } : {}),
    arrondissement: arr.number,
    parisResidenceYears: rng.next() < A.parisResidenceFullShare ? 5 : rng.int(5),
  };
  return {
    id: `S${String(index + 1).padStart(7, "0")}`,
    household,
    attributes: {
      sex: first.female ? "female" : "male",
      nationality,
      disability: people.some((p) => p.disability),
      immigrant: rng.next() < (foreign ? A.immigrantAmongForeigners : A.immigrantAmongFrench),
    },
  };
}

export interface PopulationOptions {
  seed: number;
  n: number;
  /** Draw the same number of households in every arrondissement (evaluation: equal precision per arrondissement). */
  balancedArrondissements?: boolean;
}

/** `n` households; arrondissements are drawn in proportion to their population unless balanced. */
export function generatePopulation({ seed, n, balancedArrondissements = false }: PopulationOptions): SyntheticHousehold[] {
  const rng = createRng(seed);
  const arrondissements = loadArrondissements();
  const weights = arrondissements.map((a) => a.weight);
  return Array.from({ length: n }, (_, i) => {
    const arr = balancedArrondissements ? arrondissements[i % arrondissements.length] : arrondissements[pick(rng, weights)];
    return generateHousehold(rng, arr, i);
  });
}
