import type { Html } from './html';
import { GRID, INK, MUTED, hatchPattern, legendColumn, niceTicks, pathThrough, r2, scale, svgChart, svgLine, svgRect, svgText, xTitle, yTitle, type LegendItem } from './svg-kit';

export type StackSeries = { label: string; color: string; values: readonly number[] };

/** Something taken off the stack (the margin loan), drawn hatched below zero, and the line of what is left. */
export type Deduction = { label: string; color: string; values: readonly number[]; left: { label: string; values: readonly number[] } };

export type StackedChartSpec = {
  title: string;
  categories: readonly string[];
  /** Top of the stack first, as the legend and the table list them; drawn from the last one up. */
  series: readonly StackSeries[];
  deduction?: Deduction;
  axisFormat: (value: number) => string;
  xLabel: string;
  yLabel: string;
  /** Makes the hatch pattern's id unique when several charts share a page. */
  id?: string;
  width?: number;
  height?: number;
};

/**
 * Stacked columns (the liquidity ladder: cash raisable by day, one colour per exposure), totals on top, the legend
 * beside them in stack order (top first); a deduction below zero with the line of what is left after it.
 */
export function stackedChart(spec: StackedChartSpec): Html {
  const width = spec.width ?? 680;
  const height = spec.height ?? 230;
  const left = 60;
  const top = 14;
  const bottom = 36;
  const d = spec.deduction;
  const patternId = `hatch-${spec.id ?? 'stack'}`;
  const items: LegendItem[] = spec.series.map((s) => ({ label: s.label, color: s.color }));
  if (d) items.push({ label: d.label, color: d.color, pattern: patternId }, { label: d.left.label, color: INK, dash: '4 2' });
  const legendX = width - 8 - legendColumn(0, 0, items).width;
  const right = legendX - 14;
  const totals = spec.categories.map((_, i) => spec.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
  const lows = d ? [...d.values.map((v) => -Math.abs(v)), ...d.left.values] : [];
  const yt = niceTicks(Math.min(0, ...lows), Math.max(1, ...totals), 5);
  const y = scale(yt[0] ?? 0, yt.at(-1) ?? 1, height - bottom, top);
  const slot = (right - left) / Math.max(1, spec.categories.length);
  const barW = Math.min(52, slot * 0.6);
  const cx = (i: number) => left + slot * i + slot / 2;
  const out: string[] = d ? [hatchPattern(patternId, d.color)] : [];
  for (const tick of yt) {
    out.push(svgLine(left, y(tick), right, y(tick), tick === 0 ? MUTED : GRID, tick === 0 ? 1 : 0.6));
    out.push(svgText(left - 4, y(tick) + 3, spec.axisFormat(tick), { size: 8, anchor: 'end', fill: MUTED }));
  }
  spec.categories.forEach((category, i) => {
    let level = 0;
    for (const s of [...spec.series].reverse()) {
      const v = Math.max(0, s.values[i] ?? 0);
      if (v > 0) out.push(svgRect(cx(i) - barW / 2, y(level + v), barW, y(level) - y(level + v), s.color, ' stroke="#ffffff" stroke-width="0.6"'));
      level += v;
    }
    out.push(svgText(cx(i), y(level) - 3, spec.axisFormat(totals[i] ?? 0), { size: 8, anchor: 'middle', fill: MUTED }));
    const owed = Math.abs(d?.values[i] ?? 0);
    if (owed > 0) out.push(svgRect(cx(i) - barW / 2, y(0), barW, y(-owed) - y(0), `url(#${patternId})`, ` stroke="${d!.color}" stroke-width="0.6"`));
    out.push(svgText(cx(i), height - bottom + 12, category, { size: 8.5, anchor: 'middle' }));
  });
  if (d) {
    const points = d.left.values.map((v, i): [number, number] => [cx(i), y(v)]);
    out.push(`<path d="${pathThrough(points)}" fill="none" stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 2"/>`);
    for (const [px, py] of points) out.push(`<circle cx="${r2(px)}" cy="${r2(py)}" r="2.6" fill="#ffffff" stroke="${INK}" stroke-width="1.4"/>`);
  }
  out.push(xTitle(left, right, height - 6, spec.xLabel));
  out.push(yTitle(10, top, height - bottom, spec.yLabel));
  out.push(legendColumn(legendX, top, items).svg);
  return svgChart(width, Math.max(height, top + items.length * 14 + 4), spec.title, out);
}
