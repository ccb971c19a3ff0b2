import type { Html } from './html';
import { BAND_INNER, BAND_OUTER, LOSS_COLOR, MEDIAN_COLOR, TOTAL_COLOR } from './palette';
import { GRID, MUTED, legend, niceTicks, pathThrough, r2, scale, svgChart, svgLine, svgText, xTitle, yTitle } from './svg-kit';

export type FanSpec = {
  title: string;
  weeks: readonly number[];
  p5: readonly number[];
  p25: readonly number[];
  p50: readonly number[];
  p75: readonly number[];
  p95: readonly number[];
  preShock: number;
  /** A margin call on the mean path: marked at week 0 with its label. */
  marginCall: { label: string } | null;
  /** A phase-two margin call on the mean path: marked at its week. Absent: none. */
  marginCallTwo?: { week: number; label: string } | null;
  labels: { outer: string; inner: string; median: string; preShock: string; xAxis: string; yAxis: string };
  axisFormat: (value: number) => string;
  width?: number;
  height?: number;
};

/** A closed band between a lower and an upper series. */
export function bandPath(xs: readonly number[], lower: readonly number[], upper: readonly number[]): string {
  const n = Math.min(xs.length, lower.length, upper.length);
  const up = Array.from({ length: n }, (_, i): [number, number] => [xs[i]!, upper[i]!]);
  const down = Array.from({ length: n }, (_, i): [number, number] => [xs[n - 1 - i]!, lower[n - 1 - i]!]);
  return n === 0 ? '' : `${pathThrough([...up, ...down])} Z`;
}

/** The value fan: p5–p95 and p25–p75 bands, the median, the pre-shock level, and a margin-call marker. */
export function fanChart(spec: FanSpec): Html {
  const width = spec.width ?? 680;
  const height = spec.height ?? 250;
  const left = 66;
  const top = 10;
  const bottom = 30;
  const right = 12;
  const lastWeek = spec.weeks.at(-1) ?? 1;
  const lo = Math.min(spec.preShock, ...spec.p5);
  const hi = Math.max(spec.preShock, ...spec.p95);
  const yt = niceTicks(lo, hi, 5);
  const y = scale(yt[0] ?? lo, yt.at(-1) ?? hi, height - bottom, top);
  const xt = niceTicks(0, lastWeek, 8).filter((w) => w <= lastWeek);
  const x = scale(0, lastWeek, left, width - right);
  const xs = spec.weeks.map(x);
  const out: string[] = [];
  for (const tick of yt) {
    out.push(svgLine(left, y(tick), width - right, y(tick), GRID, 0.6));
    out.push(svgText(left - 4, y(tick) + 3, spec.axisFormat(tick), { size: 8, anchor: 'end', fill: MUTED }));
  }
  for (const tick of xt) out.push(svgText(x(tick), height - bottom + 11, String(tick), { size: 8, anchor: 'middle', fill: MUTED }));
  out.push(xTitle(left, width - right, height - 6, spec.labels.xAxis));
  out.push(yTitle(10, top, height - bottom, spec.labels.yAxis));
  out.push(`<path d="${bandPath(xs, spec.p5.map(y), spec.p95.map(y))}" fill="${BAND_OUTER}"/>`);
  out.push(`<path d="${bandPath(xs, spec.p25.map(y), spec.p75.map(y))}" fill="${BAND_INNER}"/>`);
  out.push(svgLine(left, y(spec.preShock), width - right, y(spec.preShock), TOTAL_COLOR, 1.2, '5 3'));
  out.push(svgText(width - right - 2, y(spec.preShock) - 4, spec.labels.preShock, { size: 8.5, anchor: 'end', fill: TOTAL_COLOR }));
  out.push(`<path d="${pathThrough(spec.p50.map((v, i) => [xs[i] ?? 0, y(v)]))}" fill="none" stroke="${MEDIAN_COLOR}" stroke-width="2"/>`);
  if (spec.marginCall && spec.p50.length > 0) {
    const cy = y(spec.p50[0]!);
    out.push(`<circle cx="${r2(x(0))}" cy="${r2(cy)}" r="4.5" fill="${LOSS_COLOR}"/>`);
    out.push(svgText(x(0) + 8, cy + 12, spec.marginCall.label, { size: 8.5, fill: LOSS_COLOR, weight: 'bold' }));
  }
  const two = spec.marginCallTwo;
  const twoAt = two ? spec.weeks.indexOf(two.week) : -1;
  if (two && twoAt >= 0 && spec.p50[twoAt] !== undefined) {
    const cx = x(two.week);
    const cy = y(spec.p50[twoAt]!);
    out.push(svgLine(cx, top, cx, height - bottom, LOSS_COLOR, 1, '3 2'));
    out.push(`<circle cx="${r2(cx)}" cy="${r2(cy)}" r="4.5" fill="${LOSS_COLOR}"/>`);
    out.push(svgText(cx + 6, top + 10, two.label, { size: 8.5, fill: LOSS_COLOR, weight: 'bold' }));
  }
  const l = legend(left, height + 2, width - left, [
    { label: spec.labels.outer, color: BAND_OUTER },
    { label: spec.labels.inner, color: BAND_INNER },
    { label: spec.labels.median, color: MEDIAN_COLOR, dash: '0' },
    { label: spec.labels.preShock, color: TOTAL_COLOR, dash: '5 3' },
  ]);
  out.push(l.svg);
  return svgChart(width, height + l.height + 2, spec.title, out);
}
