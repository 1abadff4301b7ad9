// The arrondissements and quartiers administratifs of Paris as the map draws them and the sales are placed in
// them: the derived geometry `paris-areas.json` (built by cli/build-paris-areas.ts from the official polygons),
// and `quartierOf(point, arrondissement)` — the quartier whose polygon holds the point, or,
// for a point in a gap left by simplification or just outside (a geocode on the Seine or the ring road), the
// quartier whose edge is nearest within NEAR_EDGE_METERS. Shared code (Worker, browser, Node).
import { z } from "zod";
import areasJson from "./paris-areas.json" with { type: "json" };
import { boundsOf, inBounds, inRing, metersToRing, type Bounds, type Point, type Ring } from "./polygons.ts";

/** Where the polygons come from, as the geometry file states it (the maps show it). */
export interface AreasSource {
  producer: string;
  datasets: string[];
  url: string;
  licence: string;
  licenceUrl: string;
}

export interface Arrondissement {
  number: number;
  name: string;
  ring: Point[];
}

export interface Quartier {
  /** Paris's quartier number, 1–80 (four per arrondissement, in order). */
  code: number;
  inseeCode: string;
  name: string;
  arrondissement: number;
  ring: Point[];
}

export interface ParisAreas {
  source: AreasSource;
  simplifiedWithinMeters: number;
  arrondissements: Arrondissement[];
  quartiers: Quartier[];
}

export const PARIS_AREAS = areasJson as unknown as ParisAreas;

/** Furthest a point may lie outside every quartier of its arrondissement and still be placed in the nearest. */
export const NEAR_EDGE_METERS = 60;

const quartierBounds = new Map<number, Bounds>(PARIS_AREAS.quartiers.map((q) => [q.code, boundsOf(q.ring)]));

export const quartierByCode = new Map<number, Quartier>(PARIS_AREAS.quartiers.map((q) => [q.code, q]));

/** The bounding box of a quartier's polygon. */
export const boundsOfQuartier = (code: number): Bounds => quartierBounds.get(code) as Bounds;

/** The quartier holding the point: among the arrondissement's quartiers when it is known, else all of Paris. */
export function quartierOf(point: Point, arrondissement: number | null = null): Quartier | null {
  const candidates = PARIS_AREAS.quartiers.filter((q) => arrondissement === null || q.arrondissement === arrondissement);
  const inside = candidates.find((q) => inBounds(point, boundsOfQuartier(q.code)) && inRing(point, q.ring));
  if (inside) return inside;
  let nearest: Quartier | null = null;
  let best = NEAR_EDGE_METERS;
  for (const q of candidates) {
    const meters = metersToRing(point, q.ring as Ring);
    if (meters < best) [nearest, best] = [q, meters];
  }
  return nearest;
}

export const quartierRefSchema = z
  .object({ code: z.number().int().min(1).max(80), name: z.string(), arrondissement: z.number().int().min(1).max(20) })
  .meta({ id: "Quartier", description: "A quartier administratif of Paris (Ville de Paris, opendata.paris.fr, ODbL)" });
export type QuartierRef = z.infer<typeof quartierRefSchema>;

export const quartierRef = ({ code, name, arrondissement }: Quartier): QuartierRef => ({ code, name, arrondissement });
