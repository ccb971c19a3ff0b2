import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart';
import { bandPath, fanChart } from './fan-chart';
import { histogramChart, stackLabels } from './histogram-chart';
import { lineChart } from './line-chart';
import { stackedChart } from './stacked-chart';
import { niceTicks, r2, scale } from './svg-kit';
import { waterfallBars, waterfallChart } from './waterfall-chart';

const fmt = (v: number) => `$${Math.round(v)}`;
const clean = (svg: string) => expect(svg).not.toMatch(/NaN|Infinity|undefined/);

describe('svg kit', () => {
  it('picks round ticks that cover the range', () => {
    expect(niceTicks(0, 238_600, 5)).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000]);
    expect(niceTicks(38_031, 191_819, 6)).toEqual([0, 50_000, 100_000, 150_000, 200_000]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const flat = niceTicks(5, 5);
    expect(flat[0]).toBeLessThan(5);
    expect(flat.at(-1)).toBeGreaterThan(5);
  });
  it('maps linearly and never prints −0', () => {
    const x = scale(0, 100, 10, 110);
    expect([x(0), x(50), x(100)]).toEqual([10, 60, 110]);
    expect(r2(-0.001)).toBe('0');
    expect(r2(1.23456)).toBe('1.23');
  });
});

describe('bar chart', () => {
  it('draws one bar per value, proportional to it, with its value printed', () => {
    const svg = barChart({ title: 'Loss', categories: ['A', 'B'], series: [{ label: 'Loss', color: '#f00', values: [100, 50] }], format: fmt }).html;
    clean(svg);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 1);
    expect(svg).toContain('>$100<');
    expect(svg).toContain('<title>Loss</title>');
  });
  it('draws a gain to the left of zero', () => {
    const svg = barChart({ title: 'x', categories: ['A', 'B'], series: [{ label: 'L', color: '#f00', values: [100, -50] }], format: fmt }).html;
    const [gain, loss] = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]).reverse();
    // The gain ends where the loss starts: at zero.
    expect(gain![0]! + gain![1]!).toBeCloseTo(loss![0]!, 1);
    clean(svg);
  });
});

describe('waterfall', () => {
  it('runs from the start value through each change to the end value', () => {
    const bars = waterfallBars([
      { label: 'Start', value: 100, kind: 'total' },
      { label: 'A', value: -30, kind: 'change' },
      { label: 'B', value: -20, kind: 'change' },
      { label: 'End', value: 50, kind: 'total' },
    ]);
    expect(bars).toEqual([
      { from: 0, to: 100, kind: 'total' },
      { from: 100, to: 70, kind: 'loss' },
      { from: 70, to: 50, kind: 'loss' },
      { from: 0, to: 50, kind: 'total' },
    ]);
  });
  it('draws one bar per step, the changes stacked on each other', () => {
    const svg = waterfallChart({ title: 'W', steps: [{ label: 'Start', value: 100, kind: 'total' }, { label: 'A', value: -40, kind: 'change' }, { label: 'End', value: 60, kind: 'total' }], format: fmt, axisFormat: fmt }).html;
    clean(svg);
    const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
    expect(rects).toHaveLength(3);
    const [start, change, end] = rects as [number[], number[], number[]];
    // The change hangs from the start bar's top; the end bar's top is where the change ends.
    expect(change[1]).toBeCloseTo(start[1]!, 1);
    expect(change[1]! + change[3]!).toBeCloseTo(end[1]!, 1);
    expect(change[3]! / start[3]!).toBeCloseTo(0.4, 2);
  });
});

describe('histogram', () => {
  const spec = {
    title: 'Loss distribution',
    edges: [0, 10, 20, 30, 40],
    counts: [1, 4, 2, 1],
    markers: [
      { label: 'VaR 95%', value: 35, color: '#000' },
      { label: 'Mean', value: 18, color: '#00f' },
      { label: 'ES 97.5%', value: 36, color: '#f00' },
    ],
    axisFormat: fmt,
    xLabel: 'Loss',
  };
  it('draws one bar per bin, heights proportional to the counts', () => {
    const svg = histogramChart(spec).html;
    clean(svg);
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(4);
    expect(heights[1]! / heights[0]!).toBeCloseTo(4, 1);
  });
  it('marks VaR and ES in loss order, inside the plot, labels on separate rows when they would overlap', () => {
    const svg = histogramChart(spec).html;
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*font-weight="bold"[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
    expect(labels.map((l) => l.text)).toEqual(['Mean', 'VaR 95%', 'ES 97.5%']);
    expect(labels[0]!.x).toBeLessThan(labels[1]!.x);
    expect(labels[2]!.y).not.toBe(labels[1]!.y);
    expect(labels.every((l) => l.x > 0 && l.x < 680)).toBe(true);
  });
  it('stacks labels only when they collide', () => {
    expect(stackLabels([{ x: 10, width: 10 }, { x: 100, width: 10 }, { x: 104, width: 10 }], 3)).toEqual([0, 0, 1]);
  });
});

describe('fan chart', () => {
  const weeks = [0, 1, 2, 3];
  const spec = {
    title: 'Fan',
    weeks,
    p5: [50, 55, 60, 65],
    p25: [60, 65, 70, 75],
    p50: [70, 75, 80, 85],
    p75: [80, 85, 90, 95],
    p95: [90, 95, 100, 105],
    preShock: 100,
    marginCall: { label: 'Margin call' },
    labels: { outer: 'p5–p95', inner: 'p25–p75', median: 'Median', preShock: 'Before', xAxis: 'Week' },
    axisFormat: fmt,
  };
  it('closes each band through both series and draws the median, the pre-shock line and the margin call', () => {
    expect(bandPath([0, 1], [10, 11], [20, 21])).toBe('M0 20 L1 21 L1 11 L0 10 Z');
    const svg = fanChart(spec).html;
    clean(svg);
    expect(svg.match(/<path d="M[^"]+Z"/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="5 3"');
    expect(svg).toContain('<circle');
    expect(svg).toContain('Margin call');
    expect(fanChart({ ...spec, marginCall: null }).html).not.toContain('<circle');
  });
});

describe('line and stacked charts', () => {
  it('draw every series within the plot', () => {
    const line = lineChart({ title: 'Odds', x: [0, 1, 2], series: [{ label: 'A', color: '#00f', values: [0, 0.5, 1] }], yRange: [0, 1], yFormat: String, xLabel: 'Week' }).html;
    clean(line);
    expect(line.match(/<path /g)).toHaveLength(1);
    const stacked = stackedChart({ title: 'Ladder', categories: ['Day 1', 'Day 7'], series: [{ label: 'A', color: '#00f', values: [10, 20] }, { label: 'B', color: '#f00', values: [5, 5] }], axisFormat: fmt }).html;
    clean(stacked);
    expect(stacked).toContain('>$25<');
    expect(stacked).toContain('>$15<');
  });
});
