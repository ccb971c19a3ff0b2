import { placeLabels } from '../charts/label-placement';
import type { Html } from './html';
import { BAND_INNER } from './palette';
import { GRID, MUTED, niceTicks, scale, svgChart, svgLine, svgRect, svgText, textWidth, xTitle, yTitle } from './svg-kit';

export type Marker = { label: string; value: number; color: string; dash?: string };

export type HistogramSpec = {
  title: string;
  edges: readonly number[];
  counts: readonly number[];
  markers: readonly Marker[];
  axisFormat: (value: number) => string;
  /** The path counts on the y axis. */
  countFormat: (value: number) => string;
  xLabel: string;
  yLabel: string;
  width?: number;
  /** Of the plot and its axes, without the label rows above it. */
  height?: number;
};

const LABEL_SIZE = 8.5;
const LABEL_H = 11;
const PAD = 2;
/** The first label row's top; the marker lines start there too. */
const BAND_TOP = 4;

/**
 * The loss distribution: bars of path counts per loss bin, and vertical markers (mean, VaR, ES) whose labels sit in
 * rows above the plot, each beside its own line and clear of the others (shared label placement), as many rows as
 * they need.
 */
export function histogramChart(spec: HistogramSpec): Html {
  const width = spec.width ?? 680;
  const left = 56;
  const right = 18;
  const bottom = 34;
  const lo = Math.min(spec.edges[0] ?? 0, ...spec.markers.map((m) => m.value));
  const hi = Math.max(spec.edges.at(-1) ?? 1, ...spec.markers.map((m) => m.value));
  const xt = niceTicks(lo, hi, 6);
  const x = scale(xt[0] ?? lo, xt.at(-1) ?? hi, left, width - right);
  // Bold text runs wider than the 0.55 em estimate.
  const requests = spec.markers.map((m) => ({ axis: 'x' as const, at: x(m.value), width: textWidth(m.label, LABEL_SIZE) * 1.12 + 2 * PAD, height: LABEL_H }));
  const placed = placeLabels(requests, { x: left, y: BAND_TOP - 2, width: width - right - left, height: 1000 }, { gap: 2, padding: 1 });
  const rows = Math.max(1, ...placed.map((p) => p.lane + 1));
  const top = BAND_TOP + rows * (LABEL_H + 1) + 6;
  const height = top + (spec.height ?? 188);
  const maxCount = Math.max(1, ...spec.counts);
  const yt = niceTicks(0, maxCount, 4);
  const y = scale(0, yt.at(-1) ?? maxCount, height - bottom, top);
  const out: string[] = [];
  for (const tick of yt) {
    out.push(svgLine(left, y(tick), width - right, y(tick), GRID, 0.6));
    out.push(svgText(left - 4, y(tick) + 3, spec.countFormat(tick), { size: 8, anchor: 'end', fill: MUTED }));
  }
  for (const tick of xt) out.push(svgText(x(tick), height - bottom + 11, spec.axisFormat(tick), { size: 8, anchor: 'middle', fill: MUTED }));
  out.push(xTitle(left, width - right, height - 6, spec.xLabel));
  out.push(yTitle(12, top, height - bottom, spec.yLabel));
  spec.counts.forEach((n, i) => {
    const a = spec.edges[i];
    const b = spec.edges[i + 1];
    if (a === undefined || b === undefined) return;
    out.push(svgRect(x(a) + 0.5, y(n), Math.max(0.5, x(b) - x(a) - 1), y(0) - y(n), BAND_INNER));
  });
  out.push(svgLine(left, y(0), width - right, y(0), MUTED, 1));
  // Solid lines first: a dashed line on top of a solid one a hair away still shows through its gaps.
  for (const m of [...spec.markers].sort((a, b) => Number(a.dash !== undefined) - Number(b.dash !== undefined))) out.push(svgLine(x(m.value), BAND_TOP, x(m.value), y(0), m.color, 1.4, m.dash));
  spec.markers.forEach((m, i) => {
    // The placement's rows start at BAND_TOP: its area starts `gap` above it.
    const p = placed[i]!;
    out.push(svgRect(p.x, p.y, p.width, LABEL_H, '#ffffff', ' fill-opacity="0.9"'));
    out.push(svgText(p.x + PAD, p.y + LABEL_H - 2.5, m.label, { size: LABEL_SIZE, fill: m.color, weight: 'bold' }));
  });
  return svgChart(width, height, spec.title, out);
}
