// The console's charts, drawn with uPlot (small, fast, maintained): time series and x/y lines, points, or bars
// (histograms and counts by category), each with its text alternative: the canvas is hidden from assistive
// technologies and the same data is given as a table right under it.
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { useTranslations } from "../app/i18n";
import { numberFormat } from "../../../domain/i18n";
import { componentTranslations } from "./translations";

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
  dash?: number[];
}

export interface LineChartProps {
  title: string;
  /** x values, strictly increasing: epoch seconds when `time` is true, plain numbers otherwise. */
  x: number[];
  xLabel: string;
  formatX(value: number): string;
  /** A shorter x label for the axis (the table keeps `formatX`). */
  formatTick?(value: number): string;
  series: Series[];
  time?: boolean;
  height?: number;
  yLabel?: string;
  /** "points" draws the values unjoined; "bars" draws one bar per x value (two series side by side at most),
   * from zero, with a label under each bar that fits. */
  draw?: "lines" | "points" | "bars";
}

/** Room for an x label of default splits, in CSS pixels. */
const LABEL_WIDTH = 96;
/** Roughly how wide the widest of these labels is drawn (12px sans-serif), with a gap, in CSS pixels. */
const labelsWidth = (labels: string[]) => 16 + 7 * Math.max(0, ...labels.map((l) => l.length));
/** Up to this many x values (days of a forecast, bands, arrondissements), each gets its tick (labels thinned). */
const TICK_EACH_UP_TO = 31;

/** Every `step`-th label, and no label repeating the one before it (points of the same day). */
function thinned(labels: string[], step: number): string[] {
  let last = "";
  return labels.map((label, i) => {
    if (i % step !== 0 || label === last) return "";
    last = label;
    return label;
  });
}

function seriesOptions(s: Series, draw: LineChartProps["draw"], index: number, count: number): uPlot.Series {
  if (draw === "bars") {
    const align = count === 1 ? 0 : index === 0 ? -1 : 1;
    return { label: s.label, stroke: s.color, fill: s.color, width: 0, paths: uPlot.paths.bars!({ size: [count === 1 ? 0.7 : 0.4, 64], align }), points: { show: false } };
  }
  return { label: s.label, stroke: s.color, width: 2, dash: s.dash, points: { show: draw === "points" }, paths: draw === "points" ? () => null : undefined };
}

export function LineChart({ title, x, xLabel, formatX, formatTick, series, time = true, height = 260, yLabel, draw = "lines" }: LineChartProps) {
  const { t, lang } = useTranslations(componentTranslations);
  const number = numberFormat(lang, { maximumFractionDigits: 2 });
  const target = useRef<HTMLDivElement>(null);
  const tick = useRef(formatTick ?? formatX);
  tick.current = formatTick ?? formatX;
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    if (draw === "bars" && series.length > 2) throw new Error("LineChart draws two series of bars at most");
    const bars = draw === "bars";
    const step = (labels: string[], width: number) => Math.max(1, Math.ceil((x.length * labelsWidth(labels)) / Math.max(1, width)));
    const tickLabels = (u: uPlot, splits: number[]) => {
      const labels = splits.map((v) => tick.current(v));
      return thinned(labels, step(labels, u.bbox.width / devicePixelRatio));
    };
    /** Room for the outer bars: a bar's width either side of the first and last x. */
    const pad = x.length > 1 ? (0.6 * (x[x.length - 1] - x[0])) / (x.length - 1) : 1;
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height,
        // Room on the right for the last x label, centred on the plot's edge.
        padding: [12, 48, 0, 0],
        scales: {
          x: bars ? { time: false, range: (_, min, max) => [min - pad, max + pad] } : { time },
          y: bars ? { range: (_, _min, max) => [0, max > 0 ? max * 1.1 : 1] } : {},
        },
        axes: [
          bars || x.length <= TICK_EACH_UP_TO
            ? { label: xLabel, splits: () => x, values: tickLabels }
            : { label: xLabel, space: LABEL_WIDTH, values: (_, splits) => splits.map((v) => tick.current(v)) },
          { label: yLabel },
        ],
        series: [{ label: xLabel }, ...series.map((s, i) => seriesOptions(s, draw, i, series.length))],
        legend: { show: true, live: false },
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      element,
    );
    const resize = () => plot.setSize({ width: Math.max(280, element.clientWidth), height });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      plot.destroy();
    };
  }, [x, series, height, time, xLabel, yLabel, draw]);

  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={target} aria-hidden="true" />
      <details>
        <summary>{t("chartTable")}</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr><th scope="col">{xLabel}</th>{series.map((s) => <th scope="col" class="number" key={s.label}>{s.label}</th>)}</tr>
            </thead>
            <tbody>
              {x.map((value, i) => (
                <tr key={value}>
                  <th scope="row">{formatX(value)}</th>
                  {series.map((s) => <td class="number" key={s.label}>{s.values[i] === null ? "—" : number.format(s.values[i]!)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
