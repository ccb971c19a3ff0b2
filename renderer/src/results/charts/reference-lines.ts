import type { Chart, ChartType, Plugin, ScriptableContext } from 'chart.js';
import { placeLabels, type LabelRequest } from '../../../../shared/charts/label-placement';

/**
 * A tiny inline chart.js plugin: labelled reference lines across the chart area. A vertical line marks a value on the
 * x scale (VaR, ES and the mean on the loss histogram, the margin call on the fan), a horizontal one a value on the
 * y scale (the pre-shock value, a cash need). The shared label-placement routine puts every label beside its own
 * line without overlapping another (rows along the top for vertical lines, columns for horizontal ones).
 *
 * With `band`, the vertical lines' label rows go in a band above the plot rather than over it: give the chart
 * `layout.padding.top = referenceBandPadding`, and the plugin sizes the band to the rows it needed last time.
 */
export type ReferenceLine = {
  axis: 'x' | 'y';
  value: number;
  label: string;
  color: string;
  dash?: number[];
};

export type ReferenceLinesOptions = { lines: ReferenceLine[]; font: string; background: string; band?: boolean };

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-unused-vars -- augments chart.js's own interface
  interface PluginOptionsByType<TType extends ChartType> {
    referenceLines?: ReferenceLinesOptions;
  }
}

const LABEL_HEIGHT = 15;
const PAD = 3;
const ROW = LABEL_HEIGHT + 2;

/** Label rows each chart needed at its last draw, and how often in a row it re-laid itself out for them. */
const bandRows = new WeakMap<Chart, { rows: number; retries: number }>();

const bandHeight = (chart: Chart): number => 4 + (bandRows.get(chart)?.rows ?? 1) * ROW;

/** Room above the plot for the label rows (one until the chart has drawn and counted them). */
export const referenceBandPadding = (ctx: ScriptableContext<ChartType>): number => bandHeight(ctx.chart);

type Visible = { line: ReferenceLine; pixel: number };

function visibleLines(chart: Chart, lines: readonly ReferenceLine[]): Visible[] {
  const { chartArea, scales } = chart;
  return lines.flatMap((line) => {
    const pixel = scales[line.axis]?.getPixelForValue(line.value);
    if (pixel === undefined || !Number.isFinite(pixel)) return [];
    const [lo, hi] = line.axis === 'x' ? [chartArea.left, chartArea.right] : [chartArea.top, chartArea.bottom];
    return pixel < lo - 0.5 || pixel > hi + 0.5 ? [] : [{ line, pixel }];
  });
}

/** After a draw: if the band has more or fewer rows than the labels took, re-lay the chart out once for them. */
function resizeBand(chart: Chart, placed: readonly { lane: number }[]) {
  const rows = Math.max(1, ...placed.map((p) => p.lane + 1));
  const last = bandRows.get(chart) ?? { rows: 1, retries: 0 };
  if (rows === last.rows || last.retries >= 2) {
    bandRows.set(chart, { rows: last.rows, retries: rows === last.rows ? 0 : last.retries });
    return;
  }
  bandRows.set(chart, { rows, retries: last.retries + 1 });
  requestAnimationFrame(() => {
    if (!chart.canvas?.isConnected) return;
    // Stop the first draw's animation, or it would carry the bars on to their places in the old layout.
    chart.stop();
    chart.update('none');
  });
}

/** A line across the plot; a vertical one reaches `top` px higher, into the label band. */
function strokeLine(chart: Chart, { line, pixel }: Visible, top: number) {
  const { ctx, chartArea } = chart;
  ctx.strokeStyle = line.color;
  ctx.lineWidth = 1.5;
  ctx.setLineDash(line.dash ?? []);
  ctx.beginPath();
  if (line.axis === 'x') {
    ctx.moveTo(pixel, chartArea.top - top);
    ctx.lineTo(pixel, chartArea.bottom);
  } else {
    ctx.moveTo(chartArea.left, pixel);
    ctx.lineTo(chartArea.right, pixel);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

export const referenceLinesPlugin: Plugin<ChartType, ReferenceLinesOptions> = {
  id: 'referenceLines',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    const shown = visibleLines(chart, options.lines ?? []);
    if (shown.length === 0) return;
    ctx.save();
    const band = options.band ? bandHeight(chart) : 0;
    // Solid lines first: a dashed line on top of a solid one a hair away still shows through its gaps.
    const solidFirst = [...shown].sort((a, b) => Number((a.line.dash ?? []).length > 0) - Number((b.line.dash ?? []).length > 0));
    for (const v of solidFirst) strokeLine(chart, v, Math.max(0, band - 4));
    ctx.font = options.font;
    const requests: LabelRequest[] = shown.map(({ line, pixel }) => ({ axis: line.axis, at: pixel, width: ctx.measureText(line.label).width + 2 * PAD, height: LABEL_HEIGHT }));
    const area = { x: chartArea.left, y: chartArea.top - band, width: chartArea.right - chartArea.left, height: chartArea.bottom - chartArea.top + band };
    const placed = placeLabels(requests, area, { gap: 3, padding: 2 });
    if (options.band) resizeBand(chart, placed);
    ctx.textBaseline = 'middle';
    shown.forEach(({ line }, i) => {
      const box = placed[i];
      if (!box) return;
      ctx.fillStyle = options.background;
      ctx.fillRect(box.x, box.y, box.width, box.height);
      ctx.fillStyle = line.color;
      ctx.fillText(line.label, box.x + PAD, box.y + box.height / 2 + 0.5);
    });
    ctx.restore();
  },
};
