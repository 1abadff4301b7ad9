// Expected prices at the edge: the sales in the model's scope go through the shared feature code (with the
// model version's feature context) into the sale-price ONNX model in one batch; the output (log price per m²)
// becomes euros through the shared inverse transform. Sales out of scope keep their reasons and no price.
import type { ModelRef } from "../../../domain/contracts/common";
import { cards } from "../../../models/artifacts";
import type { ModelCard } from "../../../models/cards/schema";
import { encodeRows, featureDefinition } from "../../../models/features";
import { modelKey } from "../../../models/manifest";
import { expectedPriceFromOutput, type SaleFeatureContext } from "../../../models/sale-price/features";
import type { Sale } from "../../../domain/sales/sale";
import { scopeIssues, type ScopeIssue } from "../../../domain/sales/triage";
import { bundledContext, edgeModels, type LoadedModel } from "../inference/registry";
import { SALE_PRICE_MODEL } from "./settings";

export interface PricedSale {
  sale: Sale;
  scope: ScopeIssue[];
  /** The encoded feature vector (in scope only): what the model saw, hashed into the audit entry. */
  features: number[] | null;
  expectedPrice: number | null;
}

export const featureContext = (version: string) => bundledContext({ id: SALE_PRICE_MODEL, version }) as SaleFeatureContext;

/**
 * The card of the model version that priced a sale, or of the current expected-price model when the sale was
 * not priced (a quick-resale case): its CRPA fields describe the triage either way.
 */
export function triageCard(model: ModelRef | null): ModelCard {
  const entry = model ? edgeModels.find(model.id, model.version) : edgeModels.find(SALE_PRICE_MODEL);
  if (!entry) throw new Error(`no card for ${model ? modelKey(model.id, model.version) : SALE_PRICE_MODEL}`);
  return cards[modelKey(entry.id, entry.version)] as ModelCard;
}

/** Prices every in-scope sale; the model is loaded only when one is in scope (null otherwise). */
export async function priceSales(sales: readonly Sale[]): Promise<{ model: LoadedModel<typeof SALE_PRICE_MODEL> | null; priced: PricedSale[] }> {
  const priced: PricedSale[] = sales.map((sale) => ({ sale, scope: scopeIssues(sale), features: null, expectedPrice: null }));
  const inScope = priced.filter((p) => p.scope.length === 0);
  if (!inScope.length) return { model: null, priced };
  const model = await edgeModels.load(SALE_PRICE_MODEL);
  const width = model.entry.features.length;
  const rows = encodeRows(featureDefinition(SALE_PRICE_MODEL), inScope.map((p) => p.sale), model.context);
  const outputs = await model.run(rows);
  inScope.forEach((p, i) => {
    p.features = Array.from(rows.subarray(i * width, (i + 1) * width));
    p.expectedPrice = expectedPriceFromOutput(outputs[i], p.sale);
  });
  return { model, priced };
}
