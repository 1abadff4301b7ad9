// Seeded synthetic cohort of Parisians aged 65 and over living at home, for training the heat-risk model:
// where they live and whether they live alone come from the real census files (INSEE RP2022 by IRIS, 65+ by
// arrondissement), the other factors from stated assumptions, the heat they face from real Paris alert days
// (Montsouris 1950-2025), and the outcome from a logistic model with the odds ratios of risk-factors.json.
// Documented in models/heat-risk/training/COHORT.md. Node-only.
import { createRng, type Rng } from "../../lib/rng.ts";
import { assessHeat, consecutiveAlertDays, thresholdsFor, HEAT_LEVELS } from "../../../domain/heat/hazard.ts";
import riskFactors from "../risk-factors.json";
import {
  HEAT_RISK_FEATURES,
  encodeHeatRisk,
  type HeatExposure,
  type HeatRiskFeature,
  type HeatRiskPerson,
  type Mobility,
} from "../features.ts";
import { readCsv, SHARED_DATA_DIR } from "../../../domain/evaluation/shared-data.ts";
import { loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";

/** Assumptions where the shared census files are silent (sources and reasons in COHORT.md). */
export const ASSUMPTIONS = {
  /** Share of people aged 80+ among those aged 65+ in Paris. */
  share80Plus: 0.31,
  /** Oldest age drawn. */
  maxAge: 105,
  /** Probability of serious heat-related harm over one alert episode for the reference person (all features 0),
   * set so that the cohort's mean risk on a 2003-like peak day is about 1 % (COHORT.md). */
  baselineRisk: 0.00006,
  byAgeBand: {
    "65-79": { bedridden: 0.01, limitedMobility: 0.08, cardiovascular: 0.2, respiratory: 0.08, psychiatric: 0.06 },
    "80+": { bedridden: 0.05, limitedMobility: 0.25, cardiovascular: 0.35, respiratory: 0.12, psychiatric: 0.08 },
  },
  sleepsUnderRoof: 0.1,
  airConditioning: 0.1,
  coolPlaceAccess: { independent: 0.35, limited: 0.1, bedridden: 0 },
  isolated: { livingAlone: 0.25, notLivingAlone: 0.05 },
  /** Cap on the probability of living alone derived for one IRIS (small IRIS give noisy ratios). */
  maxLivingAloneShare: 0.95,
} as const;

export const GENERATING_ODDS_RATIOS: Record<HeatRiskFeature, number> = Object.fromEntries(
  HEAT_RISK_FEATURES.map((name) => [name, (riskFactors.factors as Record<string, { oddsRatio: number }>)[name].oddsRatio]),
) as Record<HeatRiskFeature, number>;

export interface Cohort {
  featureNames: readonly HeatRiskFeature[];
  /** Row-major n × featureNames.length. */
  features: Float32Array;
  /** 1 = serious heat-related harm during the episode, drawn with the odds multiplied by `enrichment`. */
  labels: Uint8Array;
  /** The generating model's population probability for each person (without enrichment). */
  trueRisk: Float64Array;
  /** Odds multiplier used to draw the labels: as in a case-control sample, odds ratios are unchanged and the
   * fitted intercept exceeds the population one by ln(enrichment). */
  enrichment: number;
  people: HeatRiskPerson[];
  exposures: HeatExposure[];
  iris: string[];
}

interface Place {
  iris: string;
  weight: number;
  aloneShare65to79: number;
  aloneShare80Plus: number;
}

/** IRIS weighted by their estimated 65+ population, with their living-alone shares for 65-79 and 80+. */
export function loadPlaces(): Place[] {
  const iris = readCsv(`${SHARED_DATA_DIR}/demographics/paris_iris_elderly_55p_80p_living_alone_rp2022.csv`);
  const arrondissements = readCsv(`${SHARED_DATA_DIR}/demographics/paris_arrondissement_pop_65plus.csv`);
  const people55ByArr = new Map<string, number>();
  for (const row of iris) {
    const arr = row.IRIS.slice(0, 5);
    people55ByArr.set(arr, (people55ByArr.get(arr) ?? 0) + Number(row.elderly_55_plus));
  }
  const ratio65to55 = new Map(
    arrondissements.map((row) => [row.CODGEO, Number(row.pop_65plus) / (people55ByArr.get(row.CODGEO) ?? NaN)]),
  );
  const s80 = ASSUMPTIONS.share80Plus;
  const cap = ASSUMPTIONS.maxLivingAloneShare;
  return iris
    .map((row) => {
      const ratio = ratio65to55.get(row.IRIS.slice(0, 5));
      if (ratio === undefined || !Number.isFinite(ratio)) throw new RangeError(`no arrondissement for IRIS ${row.IRIS}`);
      const people55 = Number(row.elderly_55_plus);
      const people65 = people55 * ratio;
      const alone55 = Number(row.elderly_55_plus_alone);
      const alone80 = Number(row.elderly_80_plus_alone);
      const under80 = people55 - s80 * people65;
      return {
        iris: row.IRIS,
        weight: people65,
        aloneShare80Plus: clamp(alone80 / (s80 * people65), 0, cap),
        aloneShare65to79: clamp((alone55 - alone80) / under80, 0, cap),
      };
    })
    .filter((place) => place.weight > 0);
}

/** Forecast-convention hazard of every Paris day rated orange or red by our rule, 1950-2025. */
export function loadAlertDays(): HeatExposure[] {
  const thresholds = thresholdsFor("75");
  const days = assessHeat(loadMontsouris(), thresholds);
  const orange = HEAT_LEVELS.indexOf("orange");
  return days.flatMap((day, i) =>
    HEAT_LEVELS.indexOf(day.level) >= orange && day.date < "2026"
      ? [{ ibmn: day.forecast.ibmn, ibmx: day.forecast.ibmx, thresholds, heatDays: consecutiveAlertDays(days, i) }]
      : [],
  );
}

export function generateCohort({ seed, n, enrichment = 1 }: { seed: number; n: number; enrichment?: number }): Cohort {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`cohort size must be a positive integer, got ${n}`);
  if (!(enrichment >= 1)) throw new RangeError(`enrichment must be at least 1, got ${enrichment}`);
  const rng = createRng(seed);
  const places = loadPlaces();
  const cumulative = cumulativeWeights(places.map((p) => p.weight));
  const alertDays = loadAlertDays();
  const logOdds = HEAT_RISK_FEATURES.map((name) => Math.log(GENERATING_ODDS_RATIOS[name]));
  const intercept = Math.log(ASSUMPTIONS.baselineRisk / (1 - ASSUMPTIONS.baselineRisk));

  const width = HEAT_RISK_FEATURES.length;
  const cohort: Cohort = {
    featureNames: HEAT_RISK_FEATURES,
    features: new Float32Array(n * width),
    labels: new Uint8Array(n),
    trueRisk: new Float64Array(n),
    enrichment,
    people: [],
    exposures: [],
    iris: [],
  };
  for (let i = 0; i < n; i++) {
    const place = places[pickIndex(cumulative, rng.next())];
    const person = drawPerson(rng, place);
    const exposure = alertDays[rng.int(alertDays.length)];
    encodeHeatRisk(person, exposure, cohort.features, i);
    let z = intercept;
    for (let j = 0; j < width; j++) z += logOdds[j] * cohort.features[i * width + j];
    cohort.trueRisk[i] = sigmoid(z);
    cohort.labels[i] = rng.next() < sigmoid(z + Math.log(enrichment)) ? 1 : 0;
    cohort.people.push(person);
    cohort.exposures.push(exposure);
    cohort.iris.push(place.iris);
  }
  return cohort;
}

function drawPerson(rng: Rng, place: Place): HeatRiskPerson {
  const a = ASSUMPTIONS;
  const age = drawAge(rng);
  const band = age >= 80 ? a.byAgeBand["80+"] : a.byAgeBand["65-79"];
  const livesAlone = rng.next() < (age >= 80 ? place.aloneShare80Plus : place.aloneShare65to79);
  const u = rng.next();
  const mobility: Mobility = u < band.bedridden ? "bedridden" : u < band.bedridden + band.limitedMobility ? "limited" : "independent";
  return {
    age,
    livesAlone,
    mobility,
    sleepsUnderRoof: rng.next() < a.sleepsUnderRoof,
    airConditioning: rng.next() < a.airConditioning,
    coolPlaceAccess: rng.next() < a.coolPlaceAccess[mobility],
    cardiovascular: rng.next() < band.cardiovascular,
    respiratory: rng.next() < band.respiratory,
    psychiatric: rng.next() < band.psychiatric,
    isolated: rng.next() < (livesAlone ? a.isolated.livingAlone : a.isolated.notLivingAlone),
  };
}

/** Whole years from 65 on an exponential law truncated at maxAge, with P(age ≥ 80) = share80Plus. */
function drawAge(rng: Rng): number {
  const span = ASSUMPTIONS.maxAge - 65 + 1;
  const years = -Math.log(1 - rng.next() * (1 - Math.exp(-AGE_RATE * span))) / AGE_RATE;
  return 65 + Math.min(Math.floor(years), span - 1);
}

/** The exponential rate giving the truncated law its share of people aged 80+ (bisection). */
const AGE_RATE = (() => {
  const span = ASSUMPTIONS.maxAge - 65 + 1;
  const share80 = (r: number) => (Math.exp(-15 * r) - Math.exp(-span * r)) / (1 - Math.exp(-span * r));
  let lo = 1e-6;
  let hi = 1;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (share80(mid) > ASSUMPTIONS.share80Plus) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
})();

function cumulativeWeights(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out.map((c) => c / sum);
}

function pickIndex(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function clamp(x: number, low: number, high: number): number {
  return Number.isFinite(x) ? Math.min(high, Math.max(low, x)) : low;
}
