// Builds `domain/geo/paris-areas.json`, the map geometry the console draws and the Worker places sales with:
// the official polygons of the 20 arrondissements and 80 quartiers administratifs (opendata.paris.fr, Ville de
// Paris, ODbL; copies in ../shared/data/demographics/), each ring simplified by Douglas–Peucker within
// SIMPLIFY_METERS and rounded to 1e-5 degree (about 1 m). The file is a derived database under the same ODbL
// licence; a test checks that this script reproduces it byte for byte. Node-only.
//   npx tsx domain/geo/cli/build-paris-areas.ts [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { parseCsvObjects } from "../../csv/reader.ts";
import { simplifyRing, type Point } from "../polygons.ts";
import type { AreasSource, ParisAreas } from "../paris-areas.ts";

const SIMPLIFY_METERS = 2;
const SOURCE: AreasSource = {
  producer: "Ville de Paris",
  datasets: ["Arrondissements", "Quartiers administratifs"],
  url: "https://opendata.paris.fr",
  licence: "ODbL 1.0",
  licenceUrl: "https://opendatacommons.org/licenses/odbl/1-0/",
};
const OUTPUT = new URL("../paris-areas.json", import.meta.url);

/** The shared data folder beside the checkout (../shared/data; domain/ does not import the training loaders). */
const DEMOGRAPHICS = new URL("../../../../shared/data/demographics/", import.meta.url);

const readAreas = (file: string) => parseCsvObjects(readFileSync(new URL(file, DEMOGRAPHICS), "utf8"), { delimiter: ";" });

/** The outer ring of a GeoJSON Polygon cell, simplified and rounded. */
function ringOf(geometry: string): Point[] {
  const polygon = JSON.parse(geometry) as { type: string; coordinates: [number, number][][] };
  if (polygon.type !== "Polygon" || polygon.coordinates.length !== 1) throw new Error(`expected a Polygon with one ring, got ${polygon.type}`);
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return simplifyRing(polygon.coordinates[0], SIMPLIFY_METERS).map(([x, y]) => [round(x), round(y)] as Point);
}

export function buildParisAreas(): string {
  const areas: ParisAreas = {
    source: SOURCE,
    simplifiedWithinMeters: SIMPLIFY_METERS,
    arrondissements: readAreas("opendata_paris_arrondissements.csv")
      .map((r) => ({ number: Number(r.NUMERO_ARRONDISSEMENT), name: r.NOM_OFFICIEL_ARRONDISSEMENT, ring: ringOf(r.GEOMETRY) }))
      .sort((a, b) => a.number - b.number),
    quartiers: readAreas("opendata_paris_quartiers_administratifs.csv")
      .map((r) => ({ code: Number(r.C_QU), inseeCode: r.C_QUINSEE, name: r.L_QU, arrondissement: Number(r.C_AR), ring: ringOf(r.GEOMETRY) }))
      .sort((a, b) => a.code - b.code),
  };
  return `${JSON.stringify(areas)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = buildParisAreas();
  if (process.argv.includes("--check")) {
    const same = readFileSync(OUTPUT, "utf8") === built;
    console.log(same ? "paris-areas.json is up to date" : "paris-areas.json differs from the polygons: run the script");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUTPUT, built);
  console.log(`wrote ${OUTPUT.pathname} (${built.length} bytes)`);
}
