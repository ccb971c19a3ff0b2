import type { Html } from './html';
import { GRID, MUTED, legend, niceTicks, pathThrough, scale, svgChart, svgLine, svgText, xTitle, yTitle } from './svg-kit';

export type LineSeries = { label: string; color: string; values: readonly number[]; dash?: string };

export type LineChartSpec = {
  title: string;
  x: readonly number[];
  series: readonly LineSeries[];
  /** A fixed y range (e.g. 0–1 for probabilities); else from the data. */
  yRange?: readonly [number, number];
  yFormat: (value: number) => string;
  xLabel: string;
  yLabel: string;
  /** A horizontal reference line (e.g. the pre-shock level). */
  reference?: { value: number; label: string };
  width?: number;
  height?: number;
};

/** Lines over weeks (recovery odds, median paths of several runs), with a legend when there is more than one. */
export function lineChart(spec: LineChartSpec): Html {
  const width = spec.width ?? 680;
  const height = spec.height ?? 200;
  const left = 58;
  const top = 10;
  const bottom = 30;
  const right = 12;
  const values = spec.series.flatMap((s) => s.values.filter(Number.isFinite));
  if (spec.reference) values.push(spec.reference.value);
  const [lo, hi] = spec.yRange ?? [Math.min(...values), Math.max(...values)];
  const yt = niceTicks(lo, hi, 4);
  const y = scale(yt[0] ?? lo, yt.at(-1) ?? hi, height - bottom, top);
  const lastX = spec.x.at(-1) ?? 1;
  const x = scale(spec.x[0] ?? 0, lastX, left, width - right);
  const out: string[] = [];
  for (const tick of yt) {
    out.push(svgLine(left, y(tick), width - right, y(tick), GRID, 0.6));
    out.push(svgText(left - 4, y(tick) + 3, spec.yFormat(tick), { size: 8, anchor: 'end', fill: MUTED }));
  }
  for (const tick of niceTicks(spec.x[0] ?? 0, lastX, 8).filter((w) => w <= lastX)) {
    out.push(svgText(x(tick), height - bottom + 11, String(tick), { size: 8, anchor: 'middle', fill: MUTED }));
  }
  out.push(xTitle(left, width - right, height - 6, spec.xLabel));
  out.push(yTitle(10, top, height - bottom, spec.yLabel));
  if (spec.reference) {
    out.push(svgLine(left, y(spec.reference.value), width - right, y(spec.reference.value), MUTED, 1, '5 3'));
    out.push(svgText(width - right - 2, y(spec.reference.value) - 4, spec.reference.label, { size: 8.5, anchor: 'end', fill: MUTED }));
  }
  for (const s of spec.series) {
    const points = s.values.map((v, i): [number, number] => [x(spec.x[i] ?? i), y(v)]);
    out.push(`<path d="${pathThrough(points)}" fill="none" stroke="${s.color}" stroke-width="1.8"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
  }
  if (spec.series.length < 2) return svgChart(width, height, spec.title, out);
  const l = legend(left, height + 2, width - left, spec.series.map((s) => ({ label: s.label, color: s.color, dash: s.dash ?? '0' })));
  out.push(l.svg);
  return svgChart(width, height + l.height + 2, spec.title, out);
}
