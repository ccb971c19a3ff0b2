import type { Chart, ChartType, Plugin } from 'chart.js';

/**
 * A tiny inline chart.js plugin: labelled reference lines across the chart area. A vertical line marks a value on the
 * x scale (VaR on the loss histogram, the margin call on the fan), a horizontal one a value on the y scale (the
 * pre-shock value, a cash need). Labels of vertical lines stack in rows so that close lines stay readable.
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

const LABEL_ROW = 16;
const PAD = 3;

function drawLabel(chart: Chart, text: string, x: number, y: number, color: string, options: ReferenceLinesOptions) {
  const { ctx, chartArea } = chart;
  ctx.font = options.font;
  const width = ctx.measureText(text).width + 2 * PAD;
  // Keep the label inside the chart area: to the right of the line, or to its left near the right edge.
  const left = x + width + 2 > chartArea.right ? x - width - 2 : x + 2;
  ctx.fillStyle = options.background;
  ctx.fillRect(left, y, width, LABEL_ROW - 2);
  ctx.fillStyle = color;
  ctx.textBaseline = 'top';
  ctx.fillText(text, left + PAD, y + 1);
}

export const referenceLinesPlugin: Plugin<ChartType, ReferenceLinesOptions> = {
  id: 'referenceLines',
  afterDatasetsDraw(chart, _args, options) {
    const lines = options.lines ?? [];
    const { ctx, chartArea, scales } = chart;
    let row = 0;
    for (const line of lines) {
      const scale = scales[line.axis];
      if (!scale) continue;
      const pixel = scale.getPixelForValue(line.value);
      const vertical = line.axis === 'x';
      if (!Number.isFinite(pixel) || pixel < (vertical ? chartArea.left : chartArea.top) - 0.5 || pixel > (vertical ? chartArea.right : chartArea.bottom) + 0.5) continue;
      ctx.save();
      ctx.strokeStyle = line.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash(line.dash ?? []);
      ctx.beginPath();
      if (vertical) {
        ctx.moveTo(pixel, chartArea.top);
        ctx.lineTo(pixel, chartArea.bottom);
      } else {
        ctx.moveTo(chartArea.left, pixel);
        ctx.lineTo(chartArea.right, pixel);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      if (vertical) drawLabel(chart, line.label, pixel, chartArea.top + 2 + row++ * LABEL_ROW, line.color, options);
      // Above a horizontal line, or below it when it runs along the top of the chart.
      else drawLabel(chart, line.label, chartArea.left + 2, pixel - LABEL_ROW < chartArea.top ? pixel + 2 : pixel - LABEL_ROW, line.color, options);
      ctx.restore();
    }
  },
};
