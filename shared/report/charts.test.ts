import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart';
import { bandPath, fanChart } from './fan-chart';
import { histogramChart } from './histogram-chart';
import { lineChart } from './line-chart';
import { stackedChart } from './stacked-chart';
import { niceTicks, r2, scale } from './svg-kit';
import { waterfallBars, waterfallChart } from './waterfall-chart';

const fmt = (v: number) => `$${Math.round(v)}`;
const clean = (svg: string) => expect(svg).not.toMatch(/NaN|Infinity|undefined/);
const AXES = { xLabel: 'X axis (USD)', yLabel: 'Y axis' };
/** Every axis carries its title: the x one level, the y one turned to read upwards. */
function expectAxisTitles(svg: string, x = AXES.xLabel, y = AXES.yLabel) {
  expect(svg).toMatch(new RegExp(`<text [^>]*text-anchor="middle"[^>]*>${x.replace(/[()]/g, '\\$&')}</text>`));
  expect(svg).toMatch(new RegExp(`<text [^>]*transform="rotate\\(-90[^>]*>${y}</text>`));
}

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
    const svg = barChart({ title: 'Loss', categories: ['A', 'B'], series: [{ label: 'Loss', color: '#f00', values: [100, 50] }], format: fmt, ...AXES }).html;
    clean(svg);
    expectAxisTitles(svg);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 1);
    expect(svg).toContain('>$100<');
    expect(svg).toContain('<title>Loss</title>');
  });
  it('draws a gain to the left of zero', () => {
    const svg = barChart({ title: 'x', categories: ['A', 'B'], series: [{ label: 'L', color: '#f00', values: [100, -50] }], format: fmt, ...AXES }).html;
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
    const svg = waterfallChart({ title: 'W', steps: [{ label: 'Start', value: 100, kind: 'total' }, { label: 'A', value: -40, kind: 'change' }, { label: 'End', value: 60, kind: 'total' }], format: fmt, axisFormat: fmt, ...AXES }).html;
    clean(svg);
    expectAxisTitles(svg);
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
  // The sample book's case from issue #9: VaR 99 and ES 97.5 a hair apart, the mean and VaR 95 well left of them.
  const spec = {
    title: 'Loss distribution',
    edges: [0, 10, 20, 30, 40],
    counts: [1, 4, 2, 1],
    markers: [
      { label: 'Mean', value: 18, color: '#00f' },
      { label: 'VaR 95%', value: 30, color: '#000' },
      { label: 'VaR 99%', value: 35.9, color: '#f00' },
      { label: 'ES 97.5%', value: 36.1, color: '#f00', dash: '2 2' },
    ],
    axisFormat: fmt,
    countFormat: (v: number) => `${v} paths`,
    xLabel: 'Loss (USD)',
    yLabel: 'Paths',
  };
  const bars = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill="#9dbfe8"/g)].map((m) => Number(m[1]));
  const lines = (svg: string) => new Map([...svg.matchAll(/<line x1="([\d.]+)" y1="4" x2="[\d.]+" y2="[\d.]+" stroke="(#[0-9a-f]+)"/g)].map((m, i) => [spec.markers[i]!.label, Number(m[1])]));
  const boxes = (svg: string) =>
    [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#ffffff"[^>]*\/><text [^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]), text: m[5]! }));

  it('draws one bar per bin, heights proportional to the counts, with both axis titles', () => {
    const svg = histogramChart(spec).html;
    clean(svg);
    const heights = bars(svg);
    expect(heights).toHaveLength(4);
    expect(heights[1]! / heights[0]!).toBeCloseTo(4, 1);
    expectAxisTitles(svg, 'Loss (USD)', 'Paths');
    // The count axis through the formatter it is given (the report's Intl one).
    expect(svg).toContain('>4 paths</text>');
  });

  it('draws each marker line in its own colour and dash, solid ones first (under the dashed), from the label rows down to the axis', () => {
    // As on the screen: VaR 99 dashed, ES 97.5 solid, a hair apart.
    const markers = [
      { label: 'Mean', value: 18, color: '#000001', dash: '2 3' },
      { label: 'VaR 99%', value: 35.9, color: '#000002', dash: '5 3' },
      { label: 'ES 97.5%', value: 36.1, color: '#000003' },
    ];
    const svg = histogramChart({ ...spec, markers }).html;
    const drawn = [...svg.matchAll(/<line x1="[\d.]+" y1="4" x2="[\d.]+" y2="([\d.]+)" stroke="(#[0-9a-f]+)" stroke-width="1.4"( stroke-dasharray="([^"]+)")?\/>/g)];
    expect(drawn.map((m) => [m[2], m[4]])).toEqual([['#000003', undefined], ['#000001', '2 3'], ['#000002', '5 3']]);
    const axis = /<line x1="56" y1="([\d.]+)" x2="662" y2="[\d.]+" stroke="#5b6272" stroke-width="1"\/>/.exec(svg);
    for (const m of drawn) expect(m[1]).toBe(axis?.[1]);
  });

  it('labels every marker beside its own line, over no other line and no other label; VaR 99 and ES 97.5 flank their lines (issue #9)', () => {
    const svg = histogramChart(spec).html;
    const at = lines(svg);
    const labels = boxes(svg);
    expect(labels.map((l) => l.text)).toEqual(['Mean', 'VaR 95%', 'VaR 99%', 'ES 97.5%']);
    for (const l of labels) {
      const x = at.get(l.text)!;
      // Its near edge 2 px from its own line, on one side of it.
      expect(Math.min(Math.abs(l.x - x), Math.abs(l.x + l.width - x))).toBeCloseTo(2, 1);
      expect(l.x >= x || l.x + l.width <= x).toBe(true);
      for (const [other, ox] of at) if (other !== l.text) expect(ox > l.x && ox < l.x + l.width, `${other}'s line under ${l.text}'s label`).toBe(false);
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(680);
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, `${a.text} / ${b.text}`).toBe(false);
      }
    const [, , var99, es] = labels;
    expect(var99!.x + var99!.width).toBeLessThanOrEqual(at.get('VaR 99%')!);
    expect(es!.x).toBeGreaterThanOrEqual(at.get('ES 97.5%')!);
  });

  it('makes room above the plot for as many label rows as it needs', () => {
    const one = histogramChart({ ...spec, markers: [spec.markers[0]!] }).html;
    // Three lines a hair apart: the middle one's label can go neither left nor right of them in the first row.
    const three = histogramChart({ ...spec, markers: [35.9, 36, 36.1].map((value, i) => ({ label: `M${i}`, value, color: '#000' })) }).html;
    const viewHeight = (svg: string) => Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1]);
    expect(viewHeight(three)).toBe(viewHeight(one) + 12);
    expect(new Set(boxes(three).map((b) => b.y)).size).toBe(2);
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
    labels: { outer: 'p5–p95', inner: 'p25–p75', median: 'Median', preShock: 'Before', xAxis: 'Week', yAxis: 'Value (USD)' },
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
    expectAxisTitles(svg, 'Week', 'Value \\(USD\\)');
    expect(fanChart({ ...spec, marginCall: null }).html).not.toContain('<circle');
  });
});

describe('line chart', () => {
  it('draws every series within the plot, with both axis titles', () => {
    const line = lineChart({ title: 'Odds', x: [0, 1, 2], series: [{ label: 'A', color: '#00f', values: [0, 0.5, 1] }], yRange: [0, 1], yFormat: String, xLabel: 'Week', yLabel: 'Probability' }).html;
    clean(line);
    expect(line.match(/<path /g)).toHaveLength(1);
    expectAxisTitles(line, 'Week', 'Probability');
  });
});

describe('stacked chart (the liquidity ladder)', () => {
  const series = [
    { label: 'Top', color: '#0000ff', values: [10, 20] },
    { label: 'Bottom', color: '#ff0000', values: [5, 5] },
  ];
  const base = { title: 'Ladder', categories: ['Day 1', 'Day 7'], series, axisFormat: fmt, xLabel: 'Day of selling', yLabel: 'Cash (USD)' };
  const rects = (svg: string, fill: string) => [...svg.matchAll(new RegExp(`<rect x="([\\d.]+)" y="([\\d.]+)" width="[\\d.]+" height="([\\d.]+)" fill="${fill}"`, 'g'))].map((m) => ({ x: Number(m[1]), y: Number(m[2]), h: Number(m[3]) }));
  const legendOrder = (svg: string) => [...svg.matchAll(/<text [^>]*fill="#5b6272">([^<$]+)<\/text>/g)].map((m) => m[1]).filter((l) => ['Top', 'Bottom', 'Loan', 'Free'].includes(l!));

  it('stacks the first series on top and lists the legend top of the stack first, with totals and axis titles', () => {
    const svg = stackedChart(base).html;
    clean(svg);
    expect(svg).toContain('>$25<');
    expect(svg).toContain('>$15<');
    const [top, bottom] = [rects(svg, '#0000ff')[0]!, rects(svg, '#ff0000')[0]!];
    expect(top.y + top.h).toBeCloseTo(bottom.y, 1);
    expect(legendOrder(svg)).toEqual(['Top', 'Bottom']);
    expectAxisTitles(svg, 'Day of selling', 'Cash \\(USD\\)');
    expect(svg).not.toContain('<pattern');
  });

  it('draws a margin loan hatched below zero and the free cash left after it as a line', () => {
    const svg = stackedChart({ ...base, id: 'a', deduction: { label: 'Loan', color: '#c0392b', values: [20, 20], left: { label: 'Free', values: [-5, 5] } } }).html;
    clean(svg);
    const loan = rects(svg, 'url\\(#hatch-a\\)');
    const [top] = rects(svg, '#0000ff');
    const bottom = rects(svg, '#ff0000')[0]!;
    // 20 below zero against a stack of 15 above it (day 1).
    expect(loan).toHaveLength(3);
    expect(loan[0]!.y).toBeCloseTo(bottom.y + bottom.h, 1);
    expect(loan[0]!.h / (bottom.y + bottom.h - top!.y)).toBeCloseTo(20 / 15, 1);
    const points = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    // Day 1: 5 short (below zero, above the loan's bottom); day 7: 5 free.
    const zero = loan[0]!.y;
    expect(points[0]! - zero).toBeCloseTo((loan[0]!.h * 5) / 20, 1);
    expect(zero - points[1]!).toBeCloseTo((loan[0]!.h * 5) / 20, 1);
    expect(legendOrder(svg)).toEqual(['Top', 'Bottom', 'Loan', 'Free']);
    expect(svg).toContain('<pattern id="hatch-a"');
  });
});
