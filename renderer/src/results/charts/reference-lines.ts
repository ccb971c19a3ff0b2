import type { Chart, ChartType, Plugin } from 'chart.js';
import { placeLabels, type LabelRequest } from '../../../../shared/charts/label-placement';

/**
 * A tiny inline chart.js plugin: labelled reference lines across the chart area. A vertical line marks a value on the
 * x scale (VaR, ES and the mean on the loss histogram, the margin call on the fan), a horizontal one a value on the
 * y scale (the pre-shock value, a cash need). The shared label-placement routine puts every label beside its own
 * line without overlapping another (rows along the top for vertical lines, columns for horizontal ones).
 */
export type ReferenceLine = {
  axis: 'x' | 'y';
  value: number;
  label: string;
  color: string;
  dash?: number[];
};

export type ReferenceLinesOptions = { lines: ReferenceLine[]; font: string; background: string };

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-unused-vars -- augments chart.js's own interface
  interface PluginOptionsByType<TType extends ChartType> {
    referenceLines?: ReferenceLinesOptions;
  }
}

const LABEL_HEIGHT = 15;
const PAD = 3;

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

function strokeLine(chart: Chart, { line, pixel }: Visible) {
  const { ctx, chartArea } = chart;
  ctx.strokeStyle = line.color;
  ctx.lineWidth = 1.5;
  ctx.setLineDash(line.dash ?? []);
  ctx.beginPath();
  if (line.axis === 'x') {
    ctx.moveTo(pixel, chartArea.top);
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
    for (const v of shown) strokeLine(chart, v);
    ctx.font = options.font;
    const requests: LabelRequest[] = shown.map(({ line, pixel }) => ({ axis: line.axis, at: pixel, width: ctx.measureText(line.label).width + 2 * PAD, height: LABEL_HEIGHT }));
    const area = { x: chartArea.left, y: chartArea.top, width: chartArea.right - chartArea.left, height: chartArea.bottom - chartArea.top };
    const placed = placeLabels(requests, area, { gap: 3, padding: 2 });
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
