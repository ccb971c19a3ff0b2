import type { Html } from './html';
import { GAIN_COLOR, LOSS_COLOR, TOTAL_COLOR } from './palette';
import { GRID, MUTED, fitText, niceTicks, scale, svgChart, svgLine, svgRect, svgText, xTitle, yTitle } from './svg-kit';

/** A step of the waterfall: a level (start, end) drawn from zero, or a change drawn from the running level. */
export type WaterfallStep = { label: string; value: number; kind: 'total' | 'change' };

export type WaterfallSpec = {
  title: string;
  steps: readonly WaterfallStep[];
  format: (value: number) => string;
  axisFormat: (value: number) => string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
};

/** The bars' geometry, exposed for tests: each bar's bottom and top in data units. */
export function waterfallBars(steps: readonly WaterfallStep[]): { from: number; to: number; kind: WaterfallStep['kind'] | 'loss' | 'gain' }[] {
  let level = 0;
  return steps.map((s) => {
    if (s.kind === 'total') {
      level = s.value;
      return { from: 0, to: s.value, kind: 'total' };
    }
    const from = level;
    level += s.value;
    return { from, to: level, kind: s.value < 0 ? 'loss' : 'gain' };
  });
}

/** Start value → one bar per change → end value, with dashed connectors and slanted labels. */
export function waterfallChart(spec: WaterfallSpec): Html {
  const width = spec.width ?? 680;
  const height = spec.height ?? 260;
  const bars = waterfallBars(spec.steps);
  const values = bars.flatMap((b) => [b.from, b.to]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 5);
  const left = 68;
  const top = 16;
  const bottom = 84;
  const plotW = width - left - 8;
  const y = scale(ticks[0] ?? 0, ticks.at(-1) ?? 1, height - bottom, top);
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.min(42, slot * 0.66);
  const out: string[] = [];
  for (const tick of ticks) {
    out.push(svgLine(left, y(tick), width - 8, y(tick), tick === 0 ? MUTED : GRID, tick === 0 ? 1 : 0.6));
    out.push(svgText(left - 4, y(tick) + 3, spec.axisFormat(tick), { size: 8, anchor: 'end', fill: MUTED }));
  }
  bars.forEach((bar, i) => {
    const cx = left + slot * i + slot / 2;
    const color = bar.kind === 'total' ? TOTAL_COLOR : bar.kind === 'loss' ? LOSS_COLOR : GAIN_COLOR;
    const yTop = y(Math.max(bar.from, bar.to));
    out.push(svgRect(cx - barW / 2, yTop, barW, Math.max(0.8, Math.abs(y(bar.from) - y(bar.to))), color));
    const step = spec.steps[i]!;
    out.push(svgText(cx, yTop - 3, spec.axisFormat(step.value), { size: 7.5, anchor: 'middle', fill: MUTED }));
    out.push(svgText(cx + 3, height - bottom + 10, fitText(step.label, bottom * 1.3, 8.5), { size: 8.5, anchor: 'end', rotate: -40 }));
    const next = bars[i + 1];
    if (next && next.kind !== 'total') out.push(svgLine(cx + barW / 2, y(bar.to), cx + slot - barW / 2, y(bar.to), MUTED, 0.6, '2 2'));
  });
  out.push(xTitle(left, width - 8, height - 4, spec.xLabel));
  out.push(yTitle(10, top, height - bottom, spec.yLabel));
  return svgChart(width, height, spec.title, out);
}
