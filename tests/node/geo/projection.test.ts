// The SVG projection: the fitted view holds every point, north is up, a kilometre is as long east–west as
// north–south, and distances on the map match the great-circle distance (haversine) between two landmarks.
import { describe, expect, test } from "vitest";
import { PARIS_AREAS } from "../../../domain/geo/paris-areas.ts";
import { boundsOf, METERS_PER_DEGREE, type Point } from "../../../domain/geo/polygons.ts";
import { fitProjection, ringPath } from "../../../domain/geo/projection.ts";

const paris = boundsOf(PARIS_AREAS.arrondissements.flatMap((a) => a.ring));
const viewport = { width: 640, height: 480, padding: 8 };
const projection = fitProjection(paris, viewport);

/** Great-circle distance in metres (haversine, mean Earth radius 6,371,008.8 m). */
function haversine([x1, y1]: Point, [x2, y2]: Point): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((y2 - y1) * rad) / 2) ** 2 + Math.cos(y1 * rad) * Math.cos(y2 * rad) * Math.sin(((x2 - x1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe("fitProjection", () => {
  test("puts every boundary point of Paris inside the viewport's padding, touching it on one axis", () => {
    const xs: number[] = [], ys: number[] = [];
    for (const a of PARIS_AREAS.arrondissements) for (const p of a.ring) {
      const [x, y] = projection.project(p);
      xs.push(x);
      ys.push(y);
    }
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(viewport.padding - 1e-6);
    expect(Math.max(...xs)).toBeLessThanOrEqual(viewport.width - viewport.padding + 1e-6);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(viewport.padding - 1e-6);
    expect(Math.max(...ys)).toBeLessThanOrEqual(viewport.height - viewport.padding + 1e-6);
    const fillsWidth = Math.abs(Math.max(...xs) - Math.min(...xs) - (viewport.width - 2 * viewport.padding)) < 1e-6;
    const fillsHeight = Math.abs(Math.max(...ys) - Math.min(...ys) - (viewport.height - 2 * viewport.padding)) < 1e-6;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  test("keeps north up and east to the right", () => {
    const [x, y] = projection.project([2.35, 48.85]);
    expect(projection.project([2.35, 48.86])[1]).toBeLessThan(y);
    expect(projection.project([2.36, 48.85])[0]).toBeGreaterThan(x);
  });

  test("gives a kilometre the same length east–west and north–south", () => {
    const centre: Point = [2.35, 48.86];
    const east = haversine(centre, [2.36, 48.86]);
    const north = haversine(centre, [2.35, 48.87]);
    const [x0, y0] = projection.project(centre);
    const pxEast = (projection.project([2.36, 48.86])[0] - x0) / east;
    const pxNorth = (y0 - projection.project([2.35, 48.87])[1]) / north;
    expect(Math.abs(pxEast / pxNorth - 1)).toBeLessThan(0.002);
  });

  test("measures Tour Eiffel – Notre-Dame within 0.3 % of the great-circle distance", () => {
    const eiffel: Point = [2.2945, 48.85826];
    const notreDame: Point = [2.34989, 48.85297];
    const [ax, ay] = projection.project(eiffel);
    const [bx, by] = projection.project(notreDame);
    const meters = Math.hypot(bx - ax, by - ay) / projection.pixelsPerMeter;
    expect(Math.abs(meters / haversine(eiffel, notreDame) - 1)).toBeLessThan(0.003);
    expect(METERS_PER_DEGREE).toBeCloseTo((6_371_008.8 * Math.PI) / 180, -1);
  });
});

describe("ringPath", () => {
  test("draws a closed path through the projected points", () => {
    const path = ringPath([[2.3, 48.85], [2.31, 48.85], [2.31, 48.86]], fitProjection({ west: 2.3, south: 48.85, east: 2.31, north: 48.86 }, { width: 100, height: 100, padding: 0 }));
    expect(path.startsWith("M")).toBe(true);
    expect(path.endsWith("Z")).toBe(true);
    expect(path.match(/L/g)?.length).toBe(2);
  });
});
