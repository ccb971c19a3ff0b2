import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { lossMarkers } from '../../../../shared/charts/loss-markers';
import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { histogramBins, withAlpha, type HistogramBin, type Point } from './chart-data';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from './chart-theme';
import { referenceBandPadding, referenceLinesPlugin, type ReferenceLine } from './reference-lines';

type Props = { result: RunResult; fmt: Formatters };

function HistogramTable({ bins, fmt, currency }: { bins: HistogramBin[]; fmt: Formatters; currency: string }) {
  const t = useT();
  return (
    <table className="holdings compact summary-table" data-testid="histogram-table">
      <caption className="visually-hidden">{t('results.histogram.caption', { currency })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.histogram.col.range', { currency })}</th>
          <th scope="col" className="num">
            {t('results.histogram.col.paths')}
          </th>
          <th scope="col" className="num">
            {t('results.histogram.col.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bins.map((bin) => (
          <tr key={bin.from}>
            <th scope="row" className="num-text">
              {t('results.histogram.range', { from: fmt.moneyUnits(bin.from), to: fmt.moneyUnits(bin.to) })}
            </th>
            <td className="num">{fmt.number(bin.count)}</td>
            <td className="num">{fmt.percent(bin.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How many paths lost how much in phase one, with the mean, VaR 95, VaR 99 and ES 97.5 marked as labelled vertical lines. */
export function LossHistogramChart({ result, fmt }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const { phaseOne } = result;
  const currency = result.meta.baseCurrency;
  const bins = histogramBins(phaseOne.lossHistogram);
  const marks = lossMarkers(phaseOne);
  const markers: ReferenceLine[] = marks.map((m) => ({ axis: 'x', value: m.value, label: t(m.key, { amount: fmt.moneyCompact(m.value) }), color: theme.ui[m.tone], dash: [...m.dash] }));
  const first = bins[0];
  const last = bins[bins.length - 1];
  const data: ChartData<'bar', Point[]> = {
    datasets: [
      {
        data: bins.map((b) => ({ x: b.mid, y: b.count })),
        backgroundColor: withAlpha(theme.ui.accent, 0.55),
        borderColor: theme.ui.accent,
        borderWidth: 1,
        barPercentage: 1,
        categoryPercentage: 1,
      },
    ],
  };
  const xAxis = axisStyle(theme, { title: t('results.histogram.axis', { currency }), format: fmt.moneyCompact });
  const options: ChartOptions<'bar'> = {
    ...baseOptions<'bar'>(theme),
    layout: { padding: (ctx) => ({ top: referenceBandPadding(ctx) }) },
    plugins: {
      legend: { display: false },
      // The markers' labels in a band above the bars, as many rows as they need.
      referenceLines: { lines: markers, font: theme.labelFont, background: withAlpha(theme.ui.surface, 0.85), band: true },
      tooltip: {
        ...tooltipStyle<'bar'>(theme),
        callbacks: {
          title: (items) => {
            const bin = bins[items[0]?.dataIndex ?? -1];
            return bin ? t('results.histogram.range', { from: fmt.moneyUnits(bin.from), to: fmt.moneyUnits(bin.to) }) : '';
          },
          label: (item) => {
            const bin = bins[item.dataIndex];
            return bin ? t('results.histogram.tooltip', { count: fmt.number(bin.count), share: fmt.percent(bin.share) }) : '';
          },
        },
      },
    },
    scales: {
      x: {
        type: 'linear',
        ...xAxis,
        // Nice round ticks only, not the first and last bin edges.
        ticks: { ...xAxis.ticks, includeBounds: false },
        min: first?.from,
        max: last ? Math.max(last.to, phaseOne.es975) : undefined,
      },
      y: { ...axisStyle(theme, { title: t('charts.axis.paths'), format: (v) => fmt.number(v) }), beginAtZero: true },
    },
  };
  return (
    <ChartFigure
      title={t('results.histogram.title')}
      hint={bins.length === 0 ? t('results.histogram.none') : t('results.histogram.hint', { paths: fmt.number(result.meta.paths) })}
      height={bins.length === 0 ? 0 : 320}
      testId="loss-histogram"
      chart={bins.length === 0 ? null : <Bar data={data} options={options} plugins={[referenceLinesPlugin]} role="img" aria-label={t('results.histogram.chartLabel', { currency })} />}
      table={
        <>
          <HistogramTable bins={bins} fmt={fmt} currency={currency} />
          <ul className="marker-list">
            {marks.map((m) => (
              <li key={m.id}>{t(m.key, { amount: fmt.moneyUnits(m.value) })}</li>
            ))}
          </ul>
        </>
      }
    />
  );
}
