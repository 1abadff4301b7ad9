// Plane geometry on rings of [longitude, latitude] points, for the Paris map and for placing a sale in its
// quartier: point in ring (even-odd ray casting), bounding boxes, the distance from a point to a ring's edge
// (in degrees scaled to metres locally), and Douglas–Peucker simplification used when the map's geometry is
// built. Shared code (Worker, browser, Node).

export type Point = readonly [longitude: number, latitude: number];
export type Ring = readonly Point[];

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Metres per degree of latitude (WGS84 mean) and per degree of longitude at a latitude. */
export const METERS_PER_DEGREE = 111_195;
const metersPerDegreeLongitude = (latitude: number) => METERS_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);

/** Whether the point lies inside the ring (its first point need not be repeated at the end). */
export function inRing([x, y]: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function boundsOf(points: Iterable<Point>): Bounds {
  const b = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [x, y] of points) {
    b.west = Math.min(b.west, x);
    b.east = Math.max(b.east, x);
    b.south = Math.min(b.south, y);
    b.north = Math.max(b.north, y);
  }
  return b;
}

export const inBounds = ([x, y]: Point, b: Bounds) => x >= b.west && x <= b.east && y >= b.south && y <= b.north;

/** Distance in metres from a point to the segment a–b, on a local plane around the point. */
function metersToSegment(p: Point, a: Point, b: Point): number {
  const kx = metersPerDegreeLongitude(p[1]);
  const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * METERS_PER_DEGREE;
  const bx = (b[0] - p[0]) * kx, by = (b[1] - p[1]) * METERS_PER_DEGREE;
  const dx = bx - ax, dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance in metres from a point to the nearest edge of the ring. */
export function metersToRing(p: Point, ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) best = Math.min(best, metersToSegment(p, ring[j], ring[i]));
  return best;
}

/** Douglas–Peucker: the points of an open line kept so that no dropped point is further than `meters` from it. */
function simplifyLine(line: Ring, meters: number): Point[] {
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1, distance = meters;
    for (let i = first + 1; i < last; i++) {
      const d = metersToSegment(line[i], line[first], line[last]);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** A closed ring simplified within `meters`, cut at its first point and the point farthest from it. */
export function simplifyRing(ring: Ring, meters: number): Point[] {
  const closed = ring[0][0] === ring.at(-1)?.[0] && ring[0][1] === ring.at(-1)?.[1] ? ring.slice(0, -1) : ring;
  const start = closed[0];
  let cut = 1;
  closed.forEach((p, i) => {
    if (Math.hypot(p[0] - start[0], p[1] - start[1]) > Math.hypot(closed[cut][0] - start[0], closed[cut][1] - start[1])) cut = i;
  });
  const firstHalf = simplifyLine(closed.slice(0, cut + 1), meters);
  const secondHalf = simplifyLine([...closed.slice(cut), start], meters);
  return [...firstHalf, ...secondHalf.slice(1, -1)];
}

/** The bounds grown by `marginMeters` on every side and, if needed, around their centre to span `minMeters`. */
export function widenBounds(b: Bounds, minMeters: number, marginMeters: number): Bounds {
  const middle = (b.south + b.north) / 2;
  const kx = metersPerDegreeLongitude(middle);
  const halfWidth = Math.max(((b.east - b.west) * kx) / 2 + marginMeters, minMeters / 2) / kx;
  const halfHeight = Math.max(((b.north - b.south) * METERS_PER_DEGREE) / 2 + marginMeters, minMeters / 2) / METERS_PER_DEGREE;
  const centre = (b.west + b.east) / 2;
  return { west: centre - halfWidth, east: centre + halfWidth, south: middle - halfHeight, north: middle + halfHeight };
}

/** The centroid of a ring (area-weighted), where a label of the area goes. */
export function centroidOf(ring: Ring): Point {
  let twice = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    twice += cross;
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return [x / (3 * twice), y / (3 * twice)];
}
