import type { Html } from './html';
import { GRID, INK, MUTED, fitText, legend, niceTicks, scale, svgChart, svgLine, svgRect, svgText, textWidth, xTitle, yTitle } from './svg-kit';

export type BarSeries = { label: string; color: string; values: readonly number[] };

export type BarChartSpec = {
  title: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  format: (value: number) => string;
  axisFormat?: (value: number) => string;
  /** One colour per category when there is one series (e.g. exposure colours). */
  categoryColors?: readonly string[];
  /** The value axis's title (under it) and the categories' (beside them). */
  xLabel: string;
  yLabel: string;
  width?: number;
};

const ROW_GAP = 6;

/** Horizontal bars, one row per category and one bar per series; values printed at the right; negatives go left of zero. */
export function barChart(spec: BarChartSpec): Html {
  const width = spec.width ?? 360;
  const n = spec.series.length;
  const barH = n === 1 ? 12 : 9;
  const rowH = barH * n + ROW_GAP;
  const all = spec.series.flatMap((s) => s.values.filter(Number.isFinite));
  const labelW = Math.min(width * 0.4, Math.max(40, ...spec.categories.map((c) => textWidth(c, 9))) + 10) + 14;
  const valueW = Math.max(40, ...all.map((v) => textWidth(spec.format(v), 9))) + 6;
  const top = 4;
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all), 4);
  const x0 = labelW;
  const x1 = width - valueW;
  const x = scale(ticks[0] ?? 0, ticks.at(-1) ?? 1, x0, x1);
  const plotH = spec.categories.length * rowH;
  const out: string[] = [];
  for (const tick of ticks) {
    out.push(svgLine(x(tick), top, x(tick), top + plotH, tick === 0 ? MUTED : GRID, tick === 0 ? 1 : 0.6));
    out.push(svgText(x(tick), top + plotH + 11, (spec.axisFormat ?? spec.format)(tick), { size: 8, anchor: 'middle', fill: MUTED }));
  }
  spec.categories.forEach((category, i) => {
    const y = top + i * rowH + ROW_GAP / 2;
    out.push(svgText(x0 - 6, y + (barH * n) / 2 + 3, fitText(category, labelW - 6, 9), { size: 9, anchor: 'end' }));
    spec.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const color = n === 1 && spec.categoryColors ? (spec.categoryColors[i] ?? s.color) : s.color;
      const from = x(Math.min(0, v));
      out.push(svgRect(from, y + k * barH, x(Math.max(0, v)) - from, barH - 1, color));
      out.push(svgText(width - 2, y + k * barH + barH - 3, spec.format(v), { size: 8.5, anchor: 'end', fill: INK }));
    });
  });
  out.push(xTitle(x0, x1, top + plotH + 24, spec.xLabel));
  out.push(yTitle(8, top, top + plotH, spec.yLabel));
  let height = top + plotH + 30;
  if (n > 1) {
    const l = legend(x0, height + 2, width - x0, spec.series.map((s) => ({ label: s.label, color: s.color })));
    out.push(l.svg);
    height += l.height + 2;
  }
  return svgChart(width, height, spec.title, out);
}
