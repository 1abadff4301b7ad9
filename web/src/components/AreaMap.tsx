// A map of Paris's arrondissements and quartiers administratifs drawn in SVG from the shared geometry
// (domain/geo: the official polygons of opendata.paris.fr, ODbL), with no tile server and nothing fetched: the
// quartiers shaded by a value (with a legend of classes) or one of them outlined, points marked with the number
// they have in the data table, names of the areas, and the credit lines. The drawing is hidden from assistive
// technologies: the data table the caller gives is its text alternative, in a disclosure reached with the
// keyboard, as for the charts (LineChart); the table is rendered once the disclosure is opened, so the controls
// of a closed one (a DataTable's filter and sort buttons) are never tab stops.
import type { ComponentChildren } from "preact";
import { useMemo, useState } from "preact/hooks";
import { useTranslations } from "../app/i18n";
import { PARIS_AREAS } from "../../../domain/geo/paris-areas";
import { boundsOf, centroidOf, type Bounds, type Point } from "../../../domain/geo/polygons";
import { fitProjection, heightOverWidth, ringPath } from "../../../domain/geo/projection";
import "./area-map.css";
import { componentTranslations } from "./translations";

export interface MapPoint {
  key: string;
  point: Point;
  /** Short mark drawn on the point (its row number in the table). */
  mark: string;
  kind: "subject" | "other";
}

/** Counts by quartier code, shaded in classes. */
export interface Shading {
  values: ReadonlyMap<number, number>;
  format(value: number): string;
}

export interface AreaMapProps {
  title: string;
  shading?: Shading;
  /** A quartier to outline. */
  highlight?: number | null;
  points?: MapPoint[];
  /** The part of Paris to show: all of it by default. */
  view?: Bounds;
  labels: "quartiers" | "arrondissements";
  /** Credit lines of the data shown on the map (the boundaries' line is added). */
  credits: string[];
  /** The data table: the map's text alternative. */
  children: ComponentChildren;
}

const WIDTH = 640;
const NO_POINTS: MapPoint[] = [];
const PALETTE = ["#f4f4f4", "#d6e0f5", "#a3b8e6", "#6b8bd2", "#3a5eb5", "#16357a"];
const PARIS = boundsOf(PARIS_AREAS.arrondissements.flatMap((a) => a.ring));

/** Up to five classes of the non-zero values (quantile breaks), zero in a class of its own. */
export function shadingClasses(values: Iterable<number>): number[] {
  const sorted = [...values].filter((v) => v > 0).sort((a, b) => a - b);
  const breaks = [1, 2, 3, 4].map((k) => sorted[Math.floor((k * sorted.length) / 5)]).filter((v) => v !== undefined);
  return [...new Set([0, ...(sorted.length ? [sorted[0]] : []), ...breaks])].sort((a, b) => a - b);
}

const classOf = (value: number, classes: number[]) => classes.filter((lower) => value >= lower).length - 1;

export function AreaMap({ title, shading, highlight = null, points = NO_POINTS, view = PARIS, labels, credits, children }: AreaMapProps) {
  const { t } = useTranslations(componentTranslations);
  const [tableOpen, setTableOpen] = useState(false);
  const drawing = useMemo(() => {
    const height = Math.round(Math.min(Math.max(WIDTH * heightOverWidth(view), WIDTH * 0.5), WIDTH * 0.8));
    const projection = fitProjection(view, { width: WIDTH, height, padding: 4 });
    const areas = labels === "quartiers" ? PARIS_AREAS.quartiers : PARIS_AREAS.arrondissements;
    return {
      height,
      quartiers: PARIS_AREAS.quartiers.map((q) => ({ code: q.code, name: q.name, path: ringPath(q.ring, projection) })),
      arrondissements: PARIS_AREAS.arrondissements.map((a) => ({ number: a.number, path: ringPath(a.ring, projection) })),
      labels: areas.map((area) => ({ key: "code" in area ? `q${area.code}` : `a${area.number}`, text: "code" in area ? area.name : String(area.number), at: projection.project(centroidOf(area.ring)) })),
      points: points.map((p) => ({ ...p, at: projection.project(p.point) })),
    };
  }, [view, labels, points]);
  const classes = useMemo(() => (shading ? shadingClasses(shading.values.values()) : []), [shading]);
  const legendText = (lowers: number[], i: number) => {
    const [from, upper] = [shading!.format(lowers[i]), lowers[i + 1]];
    if (upper === undefined) return t("mapLegendFrom", { from });
    return upper - 1 > lowers[i] ? t("mapLegendRange", { from, to: shading!.format(upper - 1) }) : from;
  };
  const fill = (code: number) => (shading ? PALETTE[classOf(shading.values.get(code) ?? 0, classes)] : code === highlight ? "#fde9b5" : "#fafafa");
  return (
    <figure class="chart area-map">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${drawing.height}`} aria-hidden="true" focusable="false" data-area-map>
        {drawing.quartiers.map((q) => (
          <path key={q.code} d={q.path} fill={fill(q.code)} stroke="#9aa3b5" stroke-width={0.6} data-quartier={q.code}>
            <title>{shading ? t("mapAreaValue", { name: q.name, value: shading.format(shading.values.get(q.code) ?? 0) }) : q.name}</title>
          </path>
        ))}
        {drawing.arrondissements.map((a) => <path key={a.number} d={a.path} fill="none" stroke="#3c4457" stroke-width={1.4} />)}
        {highlight !== null && drawing.quartiers.filter((q) => q.code === highlight).map((q) => <path key="highlight" d={q.path} fill="none" stroke="#a4131f" stroke-width={2.5} />)}
        {drawing.labels.map((l) => (
          <text key={l.key} x={l.at[0]} y={l.at[1]} class="area-map-label" text-anchor="middle">{l.text}</text>
        ))}
        {drawing.points.map((p) =>
          p.kind === "subject" ? (
            <rect key={p.key} x={p.at[0] - 7} y={p.at[1] - 7} width={14} height={14} fill="#a4131f" stroke="#fff" stroke-width={2} data-point={p.key} />
          ) : (
            <g key={p.key} data-point={p.key}>
              <circle cx={p.at[0]} cy={p.at[1]} r={9} fill="#16357a" stroke="#fff" stroke-width={2} />
              <text x={p.at[0]} y={p.at[1] + 4} class="area-map-mark" text-anchor="middle">{p.mark}</text>
            </g>
          ),
        )}
      </svg>
      {shading && (
        <ul class="area-map-legend" aria-hidden="true">
          {classes.map((lower, i) => (
            <li key={lower}>
              <span class="area-map-swatch" style={{ background: PALETTE[i] }} />
              {legendText(classes, i)}
            </li>
          ))}
        </ul>
      )}
      <p class="area-map-credit">{[...credits, t("mapBoundariesCredit", { licence: PARIS_AREAS.source.licence })].join(" ")}</p>
      <details onToggle={(e) => setTableOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t("mapTable")}</summary>
        {tableOpen && children}
      </details>
    </figure>
  );
}
