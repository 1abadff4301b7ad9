// The console's charts, drawn with uPlot (small, fast, maintained): time series and x/y lines, points, or bars
// (histograms and counts by category), each with its text alternative: the canvas is hidden from assistive
// technologies and the same data is given as a table right under it.
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { useMessages } from "../app/i18n";
import { componentMessages } from "./messages";

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
  series: Series[];
  time?: boolean;
  height?: number;
  yLabel?: string;
  /** "points" draws the values unjoined; "bars" draws one bar per x value (two series side by side at most),
   * from zero, with a label under each bar that fits. */
  draw?: "lines" | "points" | "bars";
}

/** Roughly how wide an x label is, in CSS pixels: bars' labels are thinned out to fit. */
const LABEL_WIDTH = 96;

function seriesOptions(s: Series, draw: LineChartProps["draw"], index: number, count: number): uPlot.Series {
  if (draw === "bars") {
    const align = count === 1 ? 0 : index === 0 ? -1 : 1;
    return { label: s.label, stroke: s.color, fill: s.color, width: 0, paths: uPlot.paths.bars!({ size: [count === 1 ? 0.7 : 0.4, 64], align }), points: { show: false } };
  }
  return { label: s.label, stroke: s.color, width: 2, dash: s.dash, points: { show: draw === "points" }, paths: draw === "points" ? () => null : undefined };
}

export function LineChart({ title, x, xLabel, formatX, series, time = true, height = 260, yLabel, draw = "lines" }: LineChartProps) {
  const { t } = useMessages(componentMessages);
  const target = useRef<HTMLDivElement>(null);
  const format = useRef(formatX);
  format.current = formatX;
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    if (draw === "bars" && series.length > 2) throw new Error("LineChart draws two series of bars at most");
    const bars = draw === "bars";
    const step = (width: number) => Math.max(1, Math.ceil((x.length * LABEL_WIDTH) / Math.max(1, width)));
    /** Room for the outer bars: a bar's width either side of the first and last x. */
    const pad = x.length > 1 ? (0.6 * (x[x.length - 1] - x[0])) / (x.length - 1) : 1;
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height,
        scales: {
          x: bars ? { time: false, range: (_, min, max) => [min - pad, max + pad] } : { time },
          y: bars ? { range: (_, _min, max) => [0, max > 0 ? max * 1.1 : 1] } : {},
        },
        axes: [
          bars
            ? { splits: () => x, values: (u, splits) => splits.map((v, i) => (i % step(u.bbox.width / devicePixelRatio) === 0 ? format.current(v) : "")) }
            : { values: (_, splits) => splits.map((v) => format.current(v)) },
          { label: yLabel },
        ],
        series: [{ label: xLabel }, ...series.map((s, i) => seriesOptions(s, draw, i, series.length))],
        legend: { show: true },
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
                  {series.map((s) => <td class="number" key={s.label}>{s.values[i] ?? "—"}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
