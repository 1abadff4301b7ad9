// Learns the feature context (price levels by arrondissement, cadastral section and grid cell)
// from training sales, and builds training features "out of fold": each training sale gets levels learnt
// from the other folds, as a new sale gets levels learnt without it, so the model does not trust levels
// more than they deserve.

import { GRID_CELL_METERS, gridCellKey, logPricePerM2, modelSurface, saleFeatures, surfaceOffset, toMeters } from "../features.ts";
import type { LevelTable, SaleFeatureContext } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { createRng } from "../../lib/rng.ts";

export interface ContextOptions {
  timeOrigin: string;
  smoothing: number;
}

export const DEFAULT_CONTEXT_OPTIONS: ContextOptions = { timeOrigin: "2023-01-01", smoothing: 5 };

/** Upper surfaces (m²) of the bands of the Paris-wide surface effect. */
const SURFACE_BANDS = [12, 16, 20, 25, 30, 35, 40, 50, 60, 75, 90, 110, 140, 200];

const round3 = (x: number) => Math.round(x * 1000) / 1000;

class LevelAccumulator {
  private readonly sums = new Map<string, [number, number]>();
  add(key: string, value: number): void {
    const entry = this.sums.get(key) ?? [0, 0];
    entry[0] += value;
    entry[1] += 1;
    this.sums.set(key, entry);
  }
  table(): LevelTable {
    const table: LevelTable = {};
    for (const [key, [sum, n]] of [...this.sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      table[key] = [round3(sum / n), n];
    }
    return table;
  }
}

/** Mean log price per m² by surface band, relative to the Paris mean. */
function fitSurfaceEffect(targets: { y: number; surface: number }[], parisLevel: number): SaleFeatureContext["surfaceEffect"] {
  const sums = new Array<number>(SURFACE_BANDS.length + 1).fill(0);
  const counts = new Array<number>(SURFACE_BANDS.length + 1).fill(0);
  for (const { y, surface } of targets) {
    const found = SURFACE_BANDS.findIndex((upper) => surface <= upper);
    const band = found < 0 ? SURFACE_BANDS.length : found;
    sums[band] += y;
    counts[band]++;
  }
  return { upperSurfaces: SURFACE_BANDS, offsets: sums.map((s, b) => (counts[b] === 0 ? 0 : round3(s / counts[b] - parisLevel))) };
}

export function fitFeatureContext(sales: Sale[], options: ContextOptions = DEFAULT_CONTEXT_OPTIONS): SaleFeatureContext {
  const targets = sales.flatMap((sale) => {
    const y = logPricePerM2(sale);
    return y === null ? [] : [{ sale, y, surface: modelSurface(sale) as number }];
  });
  if (targets.length === 0) throw new Error("no sale with a price per m² to learn levels from");
  const parisLevel = round3(targets.reduce((s, t) => s + t.y, 0) / targets.length);
  const context: SaleFeatureContext = {
    version: 1,
    timeOrigin: options.timeOrigin,
    surfaceEffect: fitSurfaceEffect(targets, parisLevel),
    parisLevel,
    smoothing: options.smoothing,
    arrondissements: {},
    sections: {},
    cells: [],
  };
  const arrondissements = new LevelAccumulator();
  const sections = new LevelAccumulator();
  const cells = GRID_CELL_METERS.map(() => new LevelAccumulator());
  for (const { sale, y: logPrice, surface } of targets) {
    const y = logPrice - surfaceOffset(context, surface);
    arrondissements.add(String(sale.arrondissement), y);
    sections.add(sale.section, y);
    if (sale.longitude !== null && sale.latitude !== null) {
      const { east, north } = toMeters(sale.longitude, sale.latitude);
      GRID_CELL_METERS.forEach((size, g) => cells[g].add(gridCellKey(east, north, size), y));
    }
  }
  return {
    ...context,
    arrondissements: arrondissements.table(),
    sections: sections.table(),
    cells: cells.map((c) => c.table()),
  };
}

/**
 * Features of the training sales with levels learnt out of fold (`folds` random folds, seeded), and the
 * context learnt from all of them (the one that ships and serves every later sale).
 */
export function trainingFeatures(
  sales: Sale[],
  options: ContextOptions,
  folds: number,
  seed: number,
): { rows: Float32Array[]; context: SaleFeatureContext } {
  const rng = createRng(seed);
  const fold = Int32Array.from(sales, () => rng.int(folds));
  const rows = new Array<Float32Array>(sales.length);
  for (let f = 0; f < folds; f++) {
    const context = fitFeatureContext(sales.filter((_, i) => fold[i] !== f), options);
    sales.forEach((sale, i) => {
      if (fold[i] === f) rows[i] = saleFeatures(sale, context);
    });
  }
  return { rows, context: fitFeatureContext(sales, options) };
}
