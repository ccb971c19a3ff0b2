import { escapeHtml, raw, type Html } from './html';
import { REPORT_FONT_STACK } from './report-styles';

/** Small SVG helpers: coordinates rounded to 0.01 so the same numbers always give the same bytes. */
export const r2 = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

export const FONT = `font-family='${REPORT_FONT_STACK}'`;
export const INK = '#1f2430';
export const MUTED = '#5b6272';
export const GRID = '#dde1e8';

/** A linear map from [d0, d1] to [r0, r1]; a flat domain maps to the middle. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** About `count` round tick values covering [min, max] (steps of 1, 2, 2.5 or 5 × 10^n). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    const pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= rough) ?? 10) * mag;
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; first + i * step <= last + step * 1e-6; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  return ticks;
}

/** A rough text width for layout (no DOM to measure with): average glyph ≈ 0.55 em. */
export const textWidth = (text: string, size: number): number => text.length * size * 0.55;

/** Shortens a label to fit `width` at `size`, with an ellipsis. */
export function fitText(text: string, width: number, size: number): string {
  const max = Math.max(3, Math.floor(width / (size * 0.55)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type TextOptions = { size?: number; anchor?: 'start' | 'middle' | 'end'; fill?: string; weight?: 'bold'; rotate?: number; baseline?: 'middle' | 'hanging' };

export function svgText(x: number, y: number, text: string, o: TextOptions = {}): string {
  const rotate = o.rotate ? ` transform="rotate(${r2(o.rotate)} ${r2(x)} ${r2(y)})"` : '';
  const baseline = o.baseline ? ` dominant-baseline="${o.baseline}"` : '';
  const weight = o.weight ? ` font-weight="${o.weight}"` : '';
  return `<text x="${r2(x)}" y="${r2(y)}" font-size="${o.size ?? 10}" text-anchor="${o.anchor ?? 'start'}" fill="${o.fill ?? INK}"${weight}${baseline}${rotate}>${escapeHtml(text)}</text>`;
}

export const svgLine = (x1: number, y1: number, x2: number, y2: number, stroke = GRID, width = 1, dash?: string): string =>
  `<line x1="${r2(x1)}" y1="${r2(y1)}" x2="${r2(x2)}" y2="${r2(y2)}" stroke="${stroke}" stroke-width="${r2(width)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;

export const svgRect = (x: number, y: number, w: number, height: number, fill: string, extra = ''): string =>
  `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(Math.max(0, w))}" height="${r2(Math.max(0, height))}" fill="${fill}"${extra}/>`;

/** A polyline path through points: `M x y L x y …`. */
export const pathThrough = (points: readonly (readonly [number, number])[]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r2(x)} ${r2(y)}`).join(' ');

/** The whole chart: a fixed viewBox that scales to its box, a title for screen readers. */
export function svgChart(width: number, height: number, title: string, body: readonly string[]): Html {
  return raw(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${r2(width)} ${r2(height)}" width="${r2(width)}" height="${r2(height)}" role="img" aria-label="${escapeHtml(title)}" ${FONT}>` +
      `<title>${escapeHtml(title)}</title>${body.join('')}</svg>`,
  );
}

/** A legend row of colour swatches and labels, wrapping onto more rows when needed; returns its height too. */
export function legend(x: number, y: number, width: number, items: readonly LegendItem[], size = 9): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = 16 + textWidth(item.label, size) + 12;
    if (cx + w > x + width && cx > x) {
      cx = x;
      cy += size + 6;
    }
    parts.push(swatch(cx, cy, size, item));
    parts.push(svgText(cx + 16, cy + size - 1, item.label, { size, fill: MUTED }));
    cx += w;
  }
  return { svg: parts.join(''), height: cy - y + size + 6 };
}

/** An axis title under a horizontal axis, centred on [x0, x1]. */
export const xTitle = (x0: number, x1: number, y: number, text: string): string => svgText((x0 + x1) / 2, y, text, { size: 8.5, anchor: 'middle', fill: MUTED });

/** An axis title beside a vertical axis, reading upwards, centred on [y0, y1]. */
export const yTitle = (x: number, y0: number, y1: number, text: string): string => svgText(x, (y0 + y1) / 2, text, { size: 8.5, anchor: 'middle', fill: MUTED, rotate: -90 });

/** A swatch: a solid colour, a line (with `dash`), or a pattern's fill (with `pattern`, its id). */
export type LegendItem = { label: string; color: string; dash?: string; pattern?: string };

/** Diagonal stripes in `color` (a deduction such as the margin loan): the fill is `url(#id)`. */
export const hatchPattern = (id: string, color: string): string =>
  `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${color}" stroke-width="3"/></pattern></defs>`;

function swatch(x: number, y: number, size: number, item: LegendItem): string {
  if (item.dash) return svgLine(x, y + size / 2 - 1, x + 12, y + size / 2 - 1, item.color, 2, item.dash);
  return svgRect(x, y, 12, size - 1, item.pattern ? `url(#${item.pattern})` : item.color, item.pattern ? ` stroke="${item.color}" stroke-width="0.6"` : '');
}

/** A legend as one column (beside a stacked chart, in stack order); returns its width too. */
export function legendColumn(x: number, y: number, items: readonly LegendItem[], size = 9): { svg: string; width: number } {
  const parts = items.flatMap((item, i) => {
    const cy = y + i * (size + 5);
    return [swatch(x, cy, size, item), svgText(x + 16, cy + size - 1, item.label, { size, fill: MUTED })];
  });
  return { svg: parts.join(''), width: 16 + Math.max(0, ...items.map((item) => textWidth(item.label, size))) };
}
