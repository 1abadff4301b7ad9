// The past sales a reviewer would cite next to a price signal: among candidate sales, the k closest to the
// subject sale in space, surface and time, with their price per m². Dissimilarity is a weighted Euclidean
// distance in which 250 metres, a surface 30 % larger or smaller, and 12 months weigh the same:
//   d² = (metres / 250)² + (ln(surface ratio) / ln 1.3)² + (months apart / 12)².
// Candidates must be earlier sales (a reviewer cites what was known), of the same nature and dwelling
// type, within `maxMeters` and `maxMonths`, priced per m² on the same surface as the model (Carrez when
// given) and not whole-building sales (no co-ownership lot). Ties are broken by date (most recent first)
// then id, so the list is deterministic. The comparable's schema also documents it in the API. Shared code.

import { z } from "zod";
import { modelSurface, toMeters } from "../../models/sale-price/features.ts";
import { monthsBetween } from "../time/days.ts";
import type { Sale } from "./sale.ts";

export interface ComparableOptions {
  k: number;
  maxMeters: number;
  maxMonths: number;
  /** Distance, surface log-ratio and time that each count as one unit of dissimilarity. */
  unitMeters: number;
  unitSurfaceRatio: number;
  unitMonths: number;
}

export const DEFAULT_COMPARABLE_OPTIONS: ComparableOptions = {
  k: 5,
  maxMeters: 1000,
  maxMonths: 24,
  unitMeters: 250,
  unitSurfaceRatio: 1.3,
  unitMonths: 12,
};

export const comparableSchema = z.object({
  id: z.string(),
  date: z.string(),
  price: z.number(),
  surface: z.number().meta({ description: "Priced surface (m², Carrez when given)" }),
  pricePerM2: z.number(),
  rooms: z.number().nullable(),
  address: z.string(),
  longitude: z.number().meta({ description: "WGS84 position of the comparable sale" }),
  latitude: z.number(),
  arrondissement: z.number().nullable(),
  meters: z.number().meta({ description: "Distance to the subject sale" }),
  monthsBefore: z.number(),
  dissimilarity: z.number(),
});
export type Comparable = z.infer<typeof comparableSchema>;

/** The sale's address as a reviewer writes it: number and suffix, street, postal code. */
export function addressOf(sale: Sale): string {
  const { number, suffix, street, postalCode } = sale.address;
  return [`${number}${suffix}`, street, postalCode].filter((part) => part !== "").join(" ");
}

/** The k most comparable earlier sales of `pool` for `subject`, most comparable first. */
export function findComparables(subject: Sale, pool: readonly Sale[], options: Partial<ComparableOptions> = {}): Comparable[] {
  const o = { ...DEFAULT_COMPARABLE_OPTIONS, ...options };
  const surface = modelSurface(subject);
  if (surface === null || subject.longitude === null || subject.latitude === null) return [];
  const here = toMeters(subject.longitude, subject.latitude);
  const found: Comparable[] = [];
  for (const candidate of pool) {
    if (candidate.id === subject.id || candidate.date > subject.date) continue;
    if (candidate.nature !== subject.nature || candidate.dwellingType !== subject.dwellingType) continue;
    if (candidate.firstDwelling?.lotCount === 0 || candidate.longitude === null || candidate.latitude === null) continue;
    const candidateSurface = modelSurface(candidate);
    if (candidateSurface === null) continue;
    const monthsBefore = monthsBetween(candidate.date, subject.date);
    if (monthsBefore > o.maxMonths) continue;
    const there = toMeters(candidate.longitude, candidate.latitude);
    const meters = Math.hypot(there.east - here.east, there.north - here.north);
    if (meters > o.maxMeters) continue;
    const dissimilarity = Math.hypot(
      meters / o.unitMeters,
      Math.log(candidateSurface / surface) / Math.log(o.unitSurfaceRatio),
      monthsBefore / o.unitMonths,
    );
    found.push({
      id: candidate.id,
      date: candidate.date,
      price: candidate.price,
      surface: candidateSurface,
      pricePerM2: candidate.price / candidateSurface,
      rooms: candidate.firstDwelling?.rooms ?? null,
      address: addressOf(candidate),
      longitude: candidate.longitude,
      latitude: candidate.latitude,
      arrondissement: candidate.arrondissement,
      meters,
      monthsBefore,
      dissimilarity,
    });
  }
  found.sort((a, b) => a.dissimilarity - b.dissimilarity || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return found.slice(0, o.k);
}

/** Median price per m² of the comparables, times the subject's priced surface (null without comparables). */
export function comparablesPrice(subject: Sale, comparables: readonly Comparable[]): number | null {
  const surface = modelSurface(subject);
  if (surface === null || comparables.length === 0) return null;
  const sorted = comparables.map((c) => c.pricePerM2).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return median * surface;
}
