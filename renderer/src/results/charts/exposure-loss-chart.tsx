import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { ExposureTag } from '../../../../shared/domain/exposure';
import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';
import { exposureLossRows, lossText, type ShareRow } from '../results-model';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from './chart-theme';

const ROW_HEIGHT = 28;
const AXIS_HEIGHT = 52;

/** The height bars for `count` exposures need: one row each plus the axis. */
export const exposureBarsHeight = (count: number): number => count * ROW_HEIGHT + AXIS_HEIGHT;

/** The height the exposure bars need: one row per exposure plus the axis. */
export const exposureChartHeight = (result: RunResult): number => exposureBarsHeight(exposureLossRows(result).length);

type BarsProps = { rows: readonly ShareRow<ExposureTag>[]; currency: string; fmt: Formatters; label: string };

/** Loss by exposure as horizontal bars, in the order given, in the exposure chips' colours; gains point left. */
export function ExposureBars({ rows, currency, fmt, label }: BarsProps) {
  const t = useT();
  const theme = useChartTheme();
  const data: ChartData<'bar', number[], string> = {
    labels: rows.map((r) => t(`exposure.${r.key}`)),
    datasets: [
      {
        data: rows.map((r) => r.loss),
        backgroundColor: rows.map((r) => theme.tags[r.key]),
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
            const share = row.share === null ? t('results.none') : fmt.percent(row.share);
            return t('results.chart.exposureTooltip', { loss: lossText(row.loss, fmt, t), share });
          },
        },
      },
    },
    scales: {
      x: axisStyle(theme, { title: t('charts.axis.loss', { currency }), format: fmt.moneyCompact, maxTicks: 6 }),
      y: axisStyle(theme, { title: t('charts.axis.exposure'), categories: true }),
    },
  };
  return <Bar data={data} options={options} role="img" aria-label={label} />;
}

/** Phase-one loss by exposure of a run, largest first. */
export function ExposureLossChart({ result, fmt }: { result: RunResult; fmt: Formatters }) {
  const t = useT();
  const currency = result.meta.baseCurrency;
  return <ExposureBars rows={exposureLossRows(result)} currency={currency} fmt={fmt} label={t('results.byExposure.chartLabel', { currency })} />;
}
