// A time-series or x/y chart drawn with uPlot (small, fast, maintained), with its text alternative: the
// canvas is hidden from assistive technologies and the same data is given as a table right under it.
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
  /** x values: epoch seconds when `time` is true, plain numbers otherwise. */
  x: number[];
  xLabel: string;
  formatX(value: number): string;
  series: Series[];
  time?: boolean;
  height?: number;
  yLabel?: string;
  points?: boolean;
}

export function LineChart({ title, x, xLabel, formatX, series, time = true, height = 260, yLabel, points = false }: LineChartProps) {
  const { t } = useMessages(componentMessages);
  const target = useRef<HTMLDivElement>(null);
  const format = useRef(formatX);
  format.current = formatX;
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height,
        scales: { x: { time } },
        axes: [{ values: (_, splits) => splits.map((v) => format.current(v)) }, { label: yLabel }],
        series: [
          { label: xLabel },
          ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, dash: s.dash, points: { show: points }, paths: points ? () => null : undefined })),
        ],
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
  }, [x, series, height, time, xLabel, yLabel, points]);

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
