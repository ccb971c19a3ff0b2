import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartData, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { EXPOSURE_TAGS, type ExposureTag } from '../../../shared/domain/exposure';
import { centsToDecimal } from '../format/format';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import type { ExposureRow } from './exposure-summary';
import { useReducedMotion, useThemeColors } from './use-theme-colors';

// Only what a horizontal bar chart with tooltips needs, so the rest of chart.js is tree-shaken away.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** The chips' colours (theme.css), so a tag looks the same in the table and the chart; unclassified uses the warning colour. */
const TAG_VARS = Object.fromEntries(EXPOSURE_TAGS.map((tag) => [tag, tag === 'unclassified' ? '--warning-border' : `--x-${tag}`])) as Record<
  ExposureTag,
  string
>;
const UI_VARS = { text: '--text', muted: '--text-muted', grid: '--border', surface: '--surface' };
const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 36;

type ExposureChartProps = { rows: ExposureRow[]; currency: string };

/** Horizontal bars by exposure tag in the base currency, biggest first; the table next to it carries the same figures. */
export function ExposureChart({ rows, currency }: ExposureChartProps) {
  const t = useT();
  const fmt = useFormatters(currency);
  const tagColors = useThemeColors(TAG_VARS);
  const ui = useThemeColors(UI_VARS);
  const reduced = useReducedMotion();
  const font = { family: getComputedStyle(document.body).fontFamily, size: 12 };
  const data: ChartData<'bar', number[], string> = {
    labels: rows.map((r) => t(`exposure.${r.tag}`)),
    datasets: [
      {
        data: rows.map((r) => Number(centsToDecimal(r.cents))),
        backgroundColor: rows.map((r) => tagColors[r.tag]),
        borderWidth: 0,
        borderRadius: 3,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
      },
    ],
  };
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: reduced ? false : { duration: 300 },
    plugins: {
      legend: { display: false },
      tooltip: {
        backgroundColor: ui.surface,
        titleColor: ui.text,
        bodyColor: ui.text,
        borderColor: ui.grid,
        borderWidth: 1,
        titleFont: { ...font, weight: 'bold' },
        bodyFont: font,
        callbacks: {
          label: (item) => {
            const row = rows[item.dataIndex];
            if (!row) return '';
            return t('summary.exposure.tooltip', { value: fmt.money(row.cents), share: row.share === null ? t('common.none') : fmt.percent(row.share) });
          },
        },
      },
    },
    scales: {
      x: {
        grid: { color: ui.grid },
        border: { color: ui.grid },
        ticks: { color: ui.muted, font, callback: (value) => fmt.moneyCompact(Number(value)), maxTicksLimit: 6 },
      },
      y: { grid: { display: false }, border: { color: ui.grid }, ticks: { color: ui.text, font } },
    },
  };
  return (
    <div className="chart-box" style={{ height: rows.length * ROW_HEIGHT + AXIS_HEIGHT }}>
      <Bar data={data} options={options} role="img" aria-label={t('summary.exposure.chartLabel', { currency })} />
    </div>
  );
}
