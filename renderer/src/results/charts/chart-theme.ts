import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartType,
  type ChartOptions,
  type TooltipOptions,
} from 'chart.js';
import { EXPOSURE_TAGS, type ExposureTag } from '../../../../shared/domain/exposure';
import { useReducedMotion, useThemeColors } from '../../summary/use-theme-colors';

// Only what the Results and Compare charts use: bars, lines, filled bands, tooltips and a legend.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip, Legend);

/** The chips' colours (set from the shared exposure palette), so an exposure looks the same in tables and charts. */
export const TAG_VARS = Object.fromEntries(EXPOSURE_TAGS.map((tag) => [tag, `--x-${tag}`])) as Record<ExposureTag, string>;

const UI_VARS = {
  text: '--text',
  muted: '--text-muted',
  grid: '--border',
  strong: '--border-strong',
  surface: '--surface',
  accent: '--accent',
  negative: '--negative',
  warning: '--warning-text',
  neutral: '--text-muted',
};

/** Colours for up to four compared runs (compare.css). */
const SERIES_VARS = { s1: '--series-1', s2: '--series-2', s3: '--series-3', s4: '--series-4' };

export type ChartTheme = {
  ui: Record<keyof typeof UI_VARS, string>;
  tags: Record<ExposureTag, string>;
  series: string[];
  font: { family: string; size: number };
  /** The canvas font string for the reference-line labels. */
  labelFont: string;
  animation: false | { duration: number };
};

/** The theme's colours resolved for the canvas, the UI font, and no animation when the system asks for less motion. */
export function useChartTheme(): ChartTheme {
  const ui = useThemeColors(UI_VARS);
  const tags = useThemeColors(TAG_VARS);
  const series = useThemeColors(SERIES_VARS);
  const reduced = useReducedMotion();
  const family = getComputedStyle(document.body).fontFamily;
  return {
    ui,
    tags,
    series: [series.s1, series.s2, series.s3, series.s4],
    font: { family, size: 12 },
    labelFont: `600 11.5px ${family}`,
    animation: reduced ? false : { duration: 300 },
  };
}

/** Tooltips in the theme's surface and text colours. */
export function tooltipStyle<T extends ChartType>(theme: ChartTheme): Partial<TooltipOptions<T>> {
  const { ui, font } = theme;
  return {
    backgroundColor: ui.surface,
    titleColor: ui.text,
    bodyColor: ui.text,
    borderColor: ui.strong,
    borderWidth: 1,
    titleFont: { ...font, weight: 'bold' },
    bodyFont: font,
  };
}

type AxisOptions = {
  /** The axis title, with its unit: "Loss (USD)", "Paths", "Week". */
  title: string;
  /** Writes the tick labels of a numeric axis. */
  format?: (value: number) => string;
  grid?: boolean;
  /** Category labels in the text colour (they name things) rather than muted (they are numbers). */
  categories?: boolean;
  maxTicks?: number;
};

/** An axis in the theme's colours, with its title. */
export function axisStyle(theme: ChartTheme, o: AxisOptions) {
  const { ui, font } = theme;
  const { format } = o;
  return {
    grid: { display: o.grid ?? !o.categories, color: ui.grid },
    border: { color: ui.strong },
    title: { display: true, text: o.title, color: ui.muted, font },
    ticks: {
      color: o.categories ? ui.text : ui.muted,
      font,
      ...(format ? { callback: (value: string | number) => format(Number(value)) } : {}),
      ...(o.maxTicks ? { maxTicksLimit: o.maxTicks } : {}),
    },
  };
}

/** Options every chart shares: sized by its box, the theme's animation, no legend unless asked. */
export function baseOptions<T extends ChartType>(theme: ChartTheme): ChartOptions<T> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: theme.animation,
  } as ChartOptions<T>;
}
