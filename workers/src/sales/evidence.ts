// The evidence a reviewer needs on one sale, computed at the edge when asked (never for every sale): the
// expected price and its TreeSHAP explanation by factor (in % and €), the k most comparable earlier sales
// (candidates queried from D1 around the sale, ranked by the shared `findComparables`) with their prices per
// m², the earlier sale of the same lot, the triage signals, and the distribution of prices per m² in the
// sale's arrondissement around its date.
import type { Distribution } from "../../../domain/contracts/sales";
import { explainers } from "../../../models/artifacts";
import { encodeRows, featureDefinition } from "../../../models/features";
import type { GbdtModel } from "../../../models/lib/gbdt-model";
import { quantile } from "../../../models/lib/metrics";
import { shapValues } from "../../../models/lib/shap";
import { comparablesPrice, DEFAULT_COMPARABLE_OPTIONS, findComparables, type Comparable } from "../../../domain/sales/comparables";
import { explainExpectedPrice, type PriceExplanation } from "../../../models/sale-price/explain";
import { modelSurface, toMeters } from "../../../models/sale-price/features";
import type { Sale } from "../../../domain/sales/sale";
import { previousSaleOfLot, triageSale, type TriageSignal, type TriageThresholds } from "../../../domain/sales/triage";
import { addMonths } from "../../../domain/time/days";
import { modelKey } from "../../../models/manifest";
import { featureContext } from "./expected-prices";
import { SALE_PRICE_MODEL } from "./settings";

/** Months either side of the sale for the area's price distribution. */
export const DISTRIBUTION_MONTHS = 12;
const BIN_EUROS = 1000;
/** Upper bound of the candidates read for the comparables (the nearest 1 km over 24 months in central Paris
 * holds a few hundred sales a year). */
const MAX_CANDIDATES = 5000;

export interface SaleExplanation {
  features: number[];
  expectedValue: number;
  shap: number[];
  explanation: PriceExplanation | null;
}

export interface SaleEvidence {
  explanation: SaleExplanation | null;
  comparables: Comparable[];
  comparablesPrice: number | null;
  previousSale: { id: string; date: string; price: number } | null;
  signals: TriageSignal[];
  distribution: Distribution | null;
}

/** TreeSHAP of the model version's trees on the sale's feature vector, and the reviewer's factors. */
export function explainSale(sale: Sale, modelId: string, version: string): SaleExplanation {
  const key = modelKey(modelId, version);
  const trees = explainers[key] as GbdtModel | undefined;
  if (!trees) throw new Error(`no explainer trees for ${key}`);
  const features = encodeRows(featureDefinition(SALE_PRICE_MODEL), [sale], featureContext(version));
  const shap = shapValues(trees, features);
  return {
    features: Array.from(features),
    expectedValue: shap.expectedValue,
    shap: Array.from(shap.values),
    explanation: explainExpectedPrice(sale, features, shap),
  };
}

const parseSales = (rows: { data: string }[]) => rows.map((r) => JSON.parse(r.data) as Sale);

/** Earlier sales within the comparables' distance and time windows, read from D1 (a bounding box). */
async function comparableCandidates(db: D1Database, sale: Sale): Promise<Sale[]> {
  if (sale.latitude === null || sale.longitude === null) return [];
  const { maxMeters, maxMonths } = DEFAULT_COMPARABLE_OPTIONS;
  const here = toMeters(sale.longitude, sale.latitude);
  const latitudeStep = maxMeters / (toMeters(sale.longitude, sale.latitude + 1).north - here.north);
  const longitudeStep = maxMeters / (toMeters(sale.longitude + 1, sale.latitude).east - here.east);
  const { results } = await db
    .prepare(
      `SELECT data FROM sales WHERE latitude BETWEEN ?1 AND ?2 AND longitude BETWEEN ?3 AND ?4 AND date BETWEEN ?5 AND ?6
       AND id <> ?7 AND nature = ?8 AND dwelling_type IS ?9 AND surface IS NOT NULL ORDER BY date DESC LIMIT ?10`,
    )
    .bind(
      sale.latitude - latitudeStep, sale.latitude + latitudeStep, sale.longitude - longitudeStep, sale.longitude + longitudeStep,
      addMonths(sale.date, -maxMonths - 1), sale.date, sale.id, sale.nature, sale.dwellingType, MAX_CANDIDATES,
    )
    .all<{ data: string }>();
  return parseSales(results);
}

async function previousSale(db: D1Database, sale: Sale): Promise<Sale | null> {
  const lotKey = sale.firstDwelling?.lotKey;
  if (!lotKey) return null;
  const { results } = await db.prepare("SELECT data FROM sales WHERE lot_key = ?1 AND date < ?2 ORDER BY date, id").bind(lotKey, sale.date).all<{ data: string }>();
  return previousSaleOfLot(sale, parseSales(results));
}

/** Prices per m² of the in-scope sales of the arrondissement within a year either side of the sale. */
export async function areaDistribution(db: D1Database, sale: Sale): Promise<Distribution | null> {
  if (sale.arrondissement === null) return null;
  const from = addMonths(sale.date, -DISTRIBUTION_MONTHS);
  const to = addMonths(sale.date, DISTRIBUTION_MONTHS);
  const { results } = await db
    .prepare("SELECT price_per_m2 AS p FROM sales WHERE arrondissement = ?1 AND in_scope = 1 AND date BETWEEN ?2 AND ?3 AND id <> ?4")
    .bind(sale.arrondissement, from, to, sale.id)
    .all<{ p: number }>();
  const values = results.map((r) => r.p).sort((a, b) => a - b);
  const surface = modelSurface(sale);
  const own = surface === null ? null : sale.price / surface;
  const top = Math.max(values.at(-1) ?? 0, own ?? 0);
  const bins = Array.from({ length: Math.max(1, Math.ceil(top / BIN_EUROS + 1e-9)) }, (_, i) => ({ from: i * BIN_EUROS, to: (i + 1) * BIN_EUROS, count: 0 }));
  for (const value of values) bins[Math.min(bins.length - 1, Math.floor(value / BIN_EUROS))].count++;
  return {
    arrondissement: sale.arrondissement,
    from,
    to,
    count: values.length,
    quartiles: values.length ? [quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75)] : null,
    bins,
    salePricePerM2: own,
    salePercentile: own === null || !values.length ? null : values.filter((v) => v < own).length / values.length,
  };
}

export async function saleEvidence(
  db: D1Database,
  sale: Sale,
  priced: { expectedPrice: number | null; modelId: string | null; modelVersion: string | null },
  thresholds: TriageThresholds,
): Promise<SaleEvidence> {
  const [candidates, previous, distribution] = await Promise.all([comparableCandidates(db, sale), previousSale(db, sale), areaDistribution(db, sale)]);
  const comparables = findComparables(sale, candidates);
  const explanation = priced.modelId && priced.modelVersion && priced.expectedPrice !== null ? explainSale(sale, priced.modelId, priced.modelVersion) : null;
  return {
    explanation,
    comparables,
    comparablesPrice: comparablesPrice(sale, comparables),
    previousSale: previous ? { id: previous.id, date: previous.date, price: previous.price } : null,
    signals: triageSale(sale, priced.expectedPrice, comparables, previous, thresholds).signals,
    distribution,
  };
}
