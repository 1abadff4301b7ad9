// The map projection of the console's SVG maps: an equirectangular projection scaled by the cosine of the
// view's middle latitude (over Paris's 10 km it keeps distances within 0.1 % of the true ones in every
// direction), fitted into a viewport with north up, and the SVG path of a ring. Shared code.
import { METERS_PER_DEGREE, type Bounds, type Point, type Ring } from "./polygons.ts";

export interface Viewport {
  width: number;
  height: number;
  /** Margin kept free on every side, in pixels. */
  padding: number;
}

export interface Projection {
  /** SVG coordinates (x to the right, y down) of a [longitude, latitude] point. */
  project(point: Point): [number, number];
  /** Pixels per metre on the ground. */
  pixelsPerMeter: number;
}

/** How much taller than wide the bounds are on the ground. */
export function heightOverWidth(bounds: Bounds): number {
  const middle = (bounds.south + bounds.north) / 2;
  return ((bounds.north - bounds.south) * METERS_PER_DEGREE) / Math.max((bounds.east - bounds.west) * METERS_PER_DEGREE * Math.cos((middle * Math.PI) / 180), 1e-9);
}

/** The projection that fits `bounds` in the viewport, centred, at the same scale east–west and north–south. */
export function fitProjection(bounds: Bounds, viewport: Viewport): Projection {
  const middle = (bounds.south + bounds.north) / 2;
  const metersPerDegreeLongitude = METERS_PER_DEGREE * Math.cos((middle * Math.PI) / 180);
  const widthMeters = Math.max((bounds.east - bounds.west) * metersPerDegreeLongitude, 1);
  const heightMeters = Math.max((bounds.north - bounds.south) * METERS_PER_DEGREE, 1);
  const pixelsPerMeter = Math.min((viewport.width - 2 * viewport.padding) / widthMeters, (viewport.height - 2 * viewport.padding) / heightMeters);
  const offsetX = (viewport.width - widthMeters * pixelsPerMeter) / 2;
  const offsetY = (viewport.height - heightMeters * pixelsPerMeter) / 2;
  return {
    pixelsPerMeter,
    project: ([longitude, latitude]) => [
      offsetX + (longitude - bounds.west) * metersPerDegreeLongitude * pixelsPerMeter,
      offsetY + (bounds.north - latitude) * METERS_PER_DEGREE * pixelsPerMeter,
    ],
  };
}

/** The SVG path data of a closed ring, to one decimal of a pixel. */
export function ringPath(ring: Ring, projection: Projection): string {
  return `${ring
    .map((point, i) => {
      const [x, y] = projection.project(point);
      return `${i === 0 ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join("")}Z`;
}
