import type { Html } from './html';
import { GRID, MUTED, legend, niceTicks, scale, svgChart, svgLine, svgRect, svgText } from './svg-kit';

export type StackSeries = { label: string; color: string; values: readonly number[] };

export type StackedChartSpec = {
  title: string;
  categories: readonly string[];
  series: readonly StackSeries[];
  axisFormat: (value: number) => string;
  width?: number;
  height?: number;
};

/** Stacked columns (the liquidity ladder: cash raisable by day, one colour per exposure), totals on top. */
export function stackedChart(spec: StackedChartSpec): Html {
  const width = spec.width ?? 680;
  const height = spec.height ?? 220;
  const left = 52;
  const top = 14;
  const bottom = 24;
  const totals = spec.categories.map((_, i) => spec.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
  const yt = niceTicks(0, Math.max(1, ...totals), 4);
  const y = scale(0, yt.at(-1) ?? 1, height - bottom, top);
  const slot = (width - left - 8) / Math.max(1, spec.categories.length);
  const barW = Math.min(56, slot * 0.6);
  const out: string[] = [];
  for (const tick of yt) {
    out.push(svgLine(left, y(tick), width - 8, y(tick), tick === 0 ? MUTED : GRID, tick === 0 ? 1 : 0.6));
    out.push(svgText(left - 4, y(tick) + 3, spec.axisFormat(tick), { size: 8, anchor: 'end', fill: MUTED }));
  }
  spec.categories.forEach((category, i) => {
    const cx = left + slot * i + slot / 2;
    let level = 0;
    for (const s of spec.series) {
      const v = Math.max(0, s.values[i] ?? 0);
      if (v > 0) out.push(svgRect(cx - barW / 2, y(level + v), barW, y(level) - y(level + v), s.color, ' stroke="#ffffff" stroke-width="0.4"'));
      level += v;
    }
    out.push(svgText(cx, y(level) - 3, spec.axisFormat(totals[i] ?? 0), { size: 8, anchor: 'middle', fill: MUTED }));
    out.push(svgText(cx, height - bottom + 12, category, { size: 8.5, anchor: 'middle' }));
  });
  const l = legend(left, height + 2, width - left, spec.series.map((s) => ({ label: s.label, color: s.color })));
  out.push(l.svg);
  return svgChart(width, height + l.height + 2, spec.title, out);
}
