// The map geometry against references nobody here wrote: the build script reproduces the committed file from
// the official polygons; landmarks whose quartier is public knowledge fall in it; the Etalab geocodes of the
// 67,292 Paris sales of 2023–2025H1 fall in the arrondissement of their commune code; the simplified rings keep
// the official areas (the SURFACE column of opendata.paris.fr).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseCsvObjects } from "../../../domain/csv/reader.ts";
import { buildParisAreas } from "../../../domain/geo/cli/build-paris-areas.ts";
import { PARIS_AREAS, quartierOf } from "../../../domain/geo/paris-areas.ts";
import { inRing, METERS_PER_DEGREE, metersToRing, type Point, type Ring } from "../../../domain/geo/polygons.ts";
import { SHARED_DATA_DIR } from "../../../domain/evaluation/shared-data.ts";
import { dvfText, PARIS_2023_2025H1 } from "../sales/fixtures.ts";

/** Landmarks (WGS84 positions as OpenStreetMap gives them) and the quartier administratif they stand in. */
const LANDMARKS: [name: string, point: Point, quartier: string, arrondissement: number][] = [
  ["Musée du Louvre, pyramide", [2.3358, 48.861], "Saint-Germain-l'Auxerrois", 1],
  ["Centre Pompidou", [2.35222, 48.86064], "Saint-Merri", 4],
  ["Cathédrale Notre-Dame", [2.34989, 48.85297], "Notre-Dame", 4],
  ["Panthéon", [2.3461, 48.8462], "Sorbonne", 5],
  ["Tour Eiffel", [2.2945, 48.85826], "Gros-Caillou", 7],
  ["Opéra Garnier", [2.33161, 48.87197], "Chaussée-d'Antin", 9],
  ["Gare du Nord", [2.3553, 48.8809], "Saint-Vincent-de-Paul", 10],
  ["Gare de Lyon", [2.3744, 48.8443], "Quinze-Vingts", 12],
  ["Parc Montsouris, station Météo-France", [2.3378, 48.8217], "Parc-de-Montsouris", 14],
  ["Cimetière du Père-Lachaise", [2.3933, 48.8614], "Père-Lachaise", 20],
];

/** Area in m² of a ring on a local plane (shoelace). */
function squareMeters(ring: Ring): number {
  const kx = METERS_PER_DEGREE * Math.cos((ring[0][1] * Math.PI) / 180);
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) twice += (ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1]) * kx * METERS_PER_DEGREE;
  return Math.abs(twice) / 2;
}

const official = (file: string) => parseCsvObjects(readFileSync(`${SHARED_DATA_DIR}/demographics/${file}`, "utf8"), { delimiter: ";" });

describe("paris-areas.json", () => {
  test("is what the build script makes from the official polygons", () => {
    expect(buildParisAreas()).toBe(readFileSync(new URL("../../../domain/geo/paris-areas.json", import.meta.url), "utf8"));
  });

  test("holds the 20 arrondissements and 80 quartiers, four per arrondissement, and states its source and licence", () => {
    expect(PARIS_AREAS.arrondissements.map((a) => a.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(PARIS_AREAS.quartiers.map((q) => q.code)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    for (const q of PARIS_AREAS.quartiers) expect(q.arrondissement).toBe(Math.ceil(q.code / 4));
    expect(PARIS_AREAS.source.licence).toBe("ODbL 1.0");
  });

  test("keeps each official area within 1 % after simplification", () => {
    const surfaces = new Map(official("opendata_paris_quartiers_administratifs.csv").map((r) => [Number(r.C_QU), Number(r.SURFACE)]));
    for (const q of PARIS_AREAS.quartiers) expect(Math.abs(squareMeters(q.ring) / (surfaces.get(q.code) as number) - 1)).toBeLessThan(0.01);
    const arrondissements = new Map(official("opendata_paris_arrondissements.csv").map((r) => [Number(r.NUMERO_ARRONDISSEMENT), Number(r.SURFACE)]));
    for (const a of PARIS_AREAS.arrondissements) expect(Math.abs(squareMeters(a.ring) / (arrondissements.get(a.number) as number) - 1)).toBeLessThan(0.01);
  });
});

describe("quartierOf", () => {
  test.each(LANDMARKS)("%s is in %s (%i)", (_, point, quartier, arrondissement) => {
    const found = quartierOf(point);
    expect(found?.name).toBe(quartier);
    expect(found?.arrondissement).toBe(arrondissement);
    expect(quartierOf(point, arrondissement)?.name).toBe(quartier);
  });

  test("a geocode just outside the city's edge goes to the nearest quartier of its arrondissement; one far out to none", () => {
    const clignancourt = PARIS_AREAS.quartiers.find((q) => q.name === "Clignancourt") as (typeof PARIS_AREAS.quartiers)[number];
    const others = PARIS_AREAS.quartiers.filter((q) => q !== clignancourt);
    const midpoints = clignancourt.ring.map((p, i, ring): Point => {
      const next = ring[(i + 1) % ring.length];
      return [(p[0] + next[0]) / 2, (p[1] + next[1]) / 2];
    });
    const onCityEdge = (p: Point) => !inRing([p[0], p[1] + 30 / METERS_PER_DEGREE], clignancourt.ring) && others.every((q) => metersToRing(p, q.ring) > 150);
    const [x, y] = midpoints.sort((a, b) => b[1] - a[1]).find(onCityEdge) as Point;
    const metersNorth = (m: number): Point => [x, y + m / METERS_PER_DEGREE];
    expect(quartierOf(metersNorth(30), 18)?.name).toBe("Clignancourt");
    expect(quartierOf(metersNorth(200), 18)).toBeNull();
    expect(quartierOf([2.2, 48.7])).toBeNull();
  });

  test("places the geocoded Paris sales of 2023–2025H1 in the arrondissement of their commune code", () => {
    const rows = parseCsvObjects(dvfText(PARIS_2023_2025H1)).filter((r) => r.latitude !== "" && r.longitude !== "");
    let agree = 0;
    for (const r of rows) {
      const point: Point = [Number(r.longitude), Number(r.latitude)];
      if (quartierOf(point)?.arrondissement === Number(r.code_commune) - 75100) agree++;
    }
    expect(rows.length).toBeGreaterThan(66_000);
    console.log(`sales placed in the arrondissement of their commune code: ${agree} of ${rows.length} (${((100 * agree) / rows.length).toFixed(2)} %)`);
    expect(agree / rows.length).toBeGreaterThan(0.999);
  });
});
