// Who the sale triage flags, on 2025-H1 (every apartment sale of the evaluation period, never used for
// training): cases opened by the price rule per 1,000 sales and the median signed error of the committed
// sale-price model, by arrondissement and by band of expected price. DVF has no attribute of people, so this
// is the fairness proxy the register reports for the sales use case.
// Run: npx tsx models/sale-price/training/who-is-flagged.ts
import { readFileSync } from "node:fs";
import { flaggedOverall, flaggedSlices, type FlaggedRow } from "../../cards/fairness.ts";
import type { SaleFeatureContext } from "../features.ts";
import { inPeriod, isApartmentSale, PERIODS } from "./dataset.ts";
import { onnxExpectedPrices } from "./evaluate.ts";
import { loadParisSales } from "./load-sales.ts";
import { DEFAULT_TRIAGE_THRESHOLDS, priceSignal } from "../../../domain/sales/triage.ts";
import type { Manifest } from "../../manifest.ts";

const artifacts = new URL("../../artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const entry = manifest.models.find((m) => m.id === "sale-price" && m.current)!;
const onnx = readFileSync(new URL(entry.file, artifacts));
const context = JSON.parse(readFileSync(new URL(entry.context!, artifacts), "utf8")) as SaleFeatureContext;

const BANDS: [string, number][] = [["<200 k€", 0], ["200–400 k€", 200_000], ["400–700 k€", 400_000], ["700 k€–1.2 M€", 700_000], ["≥1.2 M€", 1_200_000]];
const bandOf = (value: number) => BANDS.filter(([, lower]) => value >= lower).at(-1)![0];

const sales = (await loadParisSales()).filter((s) => isApartmentSale(s) && inPeriod(s, PERIODS.evaluation));
const expected = await onnxExpectedPrices(onnx, context, sales);
const rows: FlaggedRow[] = sales.flatMap((sale, i) =>
  Number.isFinite(expected[i]) && expected[i] > 0
    ? [{
        groups: { arrondissement: String(sale.arrondissement), expectedPriceBand: bandOf(expected[i]) },
        flagged: priceSignal(sale, expected[i], DEFAULT_TRIAGE_THRESHOLDS) !== null,
        signedError: (sale.price - expected[i]) / expected[i],
      }]
    : [],
);

const fmt = (m: Record<string, number>) => `${m.flaggedPer1000.toFixed(1).padStart(6)} cases / 1,000   median signed error ${(100 * m.medianSignedError).toFixed(1).padStart(6)} %`;
console.log(`sale-price@${entry.version}, 2025-H1 apartment sales with an expected price: ${rows.length}`);
console.log(`  overall                ${fmt(flaggedOverall(rows))}`);
const order = (group: string) => BANDS.findIndex(([band]) => band === group) + 100 * Number(/^\d+$/.test(group) ? group : 0);
for (const slice of flaggedSlices(rows).sort((a, b) => a.slice.localeCompare(b.slice) || order(a.group) - order(b.group))) {
  console.log(`  ${`${slice.slice}=${slice.group}`.padEnd(32)} ${String(slice.count).padStart(5)} sales ${fmt(slice.metrics)}`);
}
