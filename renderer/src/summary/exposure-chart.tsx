import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { centsToDecimal } from '../format/format';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from '../results/charts/chart-theme';
import type { ExposureRow } from './exposure-summary';

const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 52;

type ExposureChartProps = { rows: ExposureRow[]; currency: string };

/** Horizontal bars by exposure tag in the base currency, biggest first; the table next to it carries the same figures. */
export function ExposureChart({ rows, currency }: ExposureChartProps) {
  const t = useT();
  const fmt = useFormatters(currency);
  const theme = useChartTheme();
  const data: ChartData<'bar', number[], string> = {
    labels: rows.map((r) => t(`exposure.${r.tag}`)),
    datasets: [
      {
        data: rows.map((r) => Number(centsToDecimal(r.cents))),
        backgroundColor: rows.map((r) => theme.tags[r.tag]),
        borderWidth: 0,
        borderRadius: 3,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
      },
    ],
  };
  const options: ChartOptions<'bar'> = {
    ...baseOptions<'bar'>(theme),
    indexAxis: 'y',
    plugins: {
      legend: { display: false },
      tooltip: {
        ...tooltipStyle<'bar'>(theme),
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
      x: axisStyle(theme, { title: t('charts.axis.value', { currency }), format: fmt.moneyCompact, maxTicks: 6 }),
      y: axisStyle(theme, { title: t('charts.axis.exposure'), categories: true }),
    },
  };
  return (
    <div className="chart-box" style={{ height: rows.length * ROW_HEIGHT + AXIS_HEIGHT }}>
      <Bar data={data} options={options} role="img" aria-label={t('summary.exposure.chartLabel', { currency })} />
    </div>
  );
}
