import type { Html } from './html';
import { BAND_INNER } from './palette';
import { GRID, MUTED, niceTicks, scale, svgChart, svgLine, svgRect, svgText, textWidth } from './svg-kit';

export type Marker = { label: string; value: number; color: string; dash?: string };

export type HistogramSpec = {
  title: string;
  edges: readonly number[];
  counts: readonly number[];
  markers: readonly Marker[];
  axisFormat: (value: number) => string;
  xLabel: string;
  width?: number;
  height?: number;
};

/** Puts each marker label on the first row where it does not overlap the one before (up to `rows` rows). */
export function stackLabels(items: readonly { x: number; width: number }[], rows: number): number[] {
  const ends = new Array<number>(rows).fill(-Infinity);
  return items.map((item) => {
    const start = item.x - item.width / 2;
    let row = ends.findIndex((end) => end + 4 <= start);
    if (row < 0) row = ends.indexOf(Math.min(...ends));
    ends[row] = item.x + item.width / 2;
    return row;
  });
}

/** The loss distribution: bars of path counts per loss bin, and vertical markers (mean, VaR, ES) labelled above. */
export function histogramChart(spec: HistogramSpec): Html {
  const width = spec.width ?? 680;
  const height = spec.height ?? 230;
  const left = 44;
  const right = 18;
  const count = new Intl.NumberFormat('en-US');
  const labelRows = 3;
  const top = 8 + labelRows * 12;
  const bottom = 34;
  const lo = Math.min(spec.edges[0] ?? 0, ...spec.markers.map((m) => m.value));
  const hi = Math.max(spec.edges.at(-1) ?? 1, ...spec.markers.map((m) => m.value));
  const xt = niceTicks(lo, hi, 6);
  const x = scale(xt[0] ?? lo, xt.at(-1) ?? hi, left, width - right);
  const maxCount = Math.max(1, ...spec.counts);
  const yt = niceTicks(0, maxCount, 4);
  const y = scale(0, yt.at(-1) ?? maxCount, height - bottom, top);
  const out: string[] = [];
  for (const tick of yt) {
    out.push(svgLine(left, y(tick), width - right, y(tick), GRID, 0.6));
    out.push(svgText(left - 4, y(tick) + 3, count.format(tick), { size: 8, anchor: 'end', fill: MUTED }));
  }
  for (const tick of xt) out.push(svgText(x(tick), height - bottom + 11, spec.axisFormat(tick), { size: 8, anchor: 'middle', fill: MUTED }));
  out.push(svgText((left + width - right) / 2, height - 6, spec.xLabel, { size: 8.5, anchor: 'middle', fill: MUTED }));
  spec.counts.forEach((count, i) => {
    const a = spec.edges[i];
    const b = spec.edges[i + 1];
    if (a === undefined || b === undefined) return;
    out.push(svgRect(x(a) + 0.5, y(count), Math.max(0.5, x(b) - x(a) - 1), y(0) - y(count), BAND_INNER));
  });
  out.push(svgLine(left, y(0), width - right, y(0), MUTED, 1));
  const sorted = [...spec.markers].sort((a, b) => a.value - b.value);
  const placed = sorted.map((m) => {
    const w = textWidth(m.label, 8.5);
    return { x: Math.min(Math.max(x(m.value), w / 2 + 2), width - w / 2 - 2), width: w };
  });
  const rows = stackLabels(placed, labelRows);
  sorted.forEach((m, i) => {
    const labelY = 10 + (rows[i] ?? 0) * 12;
    out.push(svgLine(x(m.value), top - 4, x(m.value), y(0), m.color, 1.4, m.dash));
    out.push(svgText(placed[i]?.x ?? x(m.value), labelY, m.label, { size: 8.5, anchor: 'middle', fill: m.color, weight: 'bold' }));
  });
  return svgChart(width, height, spec.title, out);
}
