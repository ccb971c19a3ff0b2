import type { ChartData, ChartDataset, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { RunRecord } from '../../../shared/api/runs-api';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { ChartFigure } from '../results/charts/chart-figure';
import { weekPoints, withAlpha, type Point } from '../results/charts/chart-data';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from '../results/charts/chart-theme';
import { referenceLinesPlugin, type ReferenceLine } from '../results/charts/reference-lines';
import { overlayRows } from './compare-series';

type Props = { records: RunRecord[]; labels: string[]; fmt: Formatters };

/** Start values within this share of each other are one line on the plot. */
const CLOSE_STARTS = 0.005;

function OverlayTable({ records, labels, fmt }: Props) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="holdings compact summary-table" data-testid="compare-fan-table">
        <caption className="visually-hidden">{t('compare.fan.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.fan.col.week')}</th>
            {labels.map((label) => [
              <th key={`${label}-m`} scope="col" className="num">
                {t('compare.fan.col.median', { name: label })}
              </th>,
              <th key={`${label}-r`} scope="col" className="num">
                {t('compare.fan.col.range', { name: label })}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {overlayRows(records).map((row) => (
            <tr key={row.week}>
              <th scope="row">{t('results.fan.week', { week: fmt.number(row.week) })}</th>
              {row.cells.map((cell, i) => [
                <td key={`${i}-m`} className="num">
                  {cell === null ? t('results.none') : fmt.moneyUnits(cell.p50)}
                </td>,
                <td key={`${i}-r`} className="num">
                  {cell === null ? t('results.none') : t('compare.fan.range', { low: fmt.moneyUnits(cell.p5), high: fmt.moneyUnits(cell.p95) })}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each run's value fan over the weeks after the shock: its median line and its 5–95 percentile band, overlaid. */
export function CompareFanChart({ records, labels, fmt }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const datasets: ChartDataset<'line', Point[]>[] = records.flatMap((r, i) => {
    const color = theme.series[i] ?? theme.ui.accent;
    const p = r.result.phaseTwo;
    const edge = { borderWidth: 0, pointRadius: 0, backgroundColor: withAlpha(color, 0.13) };
    return [
      { ...edge, label: '', data: weekPoints(p, p.p5), fill: false },
      { ...edge, label: '', data: weekPoints(p, p.p95), fill: '-1' },
      { label: labels[i] ?? '', data: weekPoints(p, p.p50), borderColor: color, backgroundColor: color, borderWidth: 2.5, pointRadius: 0, fill: false },
    ];
  });
  const currency = records[0]?.result.meta.baseCurrency ?? '';
  const starts = records.map((r) => r.result.phaseOne.startValue);
  const lastWeek = Math.max(...records.map((r) => r.result.phaseTwo.weeks[r.result.phaseTwo.weeks.length - 1] ?? 0));
  const first = starts[0] ?? 0;
  const lines: ReferenceLine[] = starts.every((s) => s === first)
    ? [{ axis: 'y', value: first, label: t('results.fan.preShock', { amount: fmt.moneyUnits(first) }), color: theme.ui.text, dash: [6, 4] }]
    : starts.every((s) => Math.abs(s - first) <= CLOSE_STARTS * Math.abs(first))
      ? // One line where the plot could not tell them apart (a what-if that paid a trade's cost), both amounts on it.
        [{ axis: 'y', value: first, label: t('compare.fan.preShockClose', { amounts: fmt.list(starts.map(fmt.moneyUnits)) }), color: theme.ui.text, dash: [6, 4] }]
      : starts.map((s, i) => ({ axis: 'y', value: s, label: t('compare.fan.preShock', { name: labels[i] ?? '' }), color: theme.series[i] ?? theme.ui.text, dash: [6, 4] }));
  const data: ChartData<'line', Point[]> = { datasets };
  const options: ChartOptions<'line'> = {
    ...baseOptions<'line'>(theme),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { display: true, position: 'bottom', labels: { color: theme.ui.text, font: theme.font, boxWidth: 14, filter: (item) => item.text !== '' } },
      referenceLines: { lines, font: theme.labelFont, background: withAlpha(theme.ui.surface, 0.85) },
      tooltip: {
        ...tooltipStyle<'line'>(theme),
        filter: (item) => item.dataset.label !== '',
        callbacks: {
          title: (items) => t('results.fan.week', { week: fmt.number(Number(items[0]?.parsed.x ?? 0)) }),
          label: (item) => t('compare.fan.tooltip', { name: item.dataset.label ?? '', amount: fmt.moneyUnits(Number(item.parsed.y)) }),
        },
      },
    },
    scales: {
      x: { type: 'linear', ...axisStyle(theme, { title: t('results.fan.axis'), format: (v) => fmt.number(v) }), min: 0, max: lastWeek },
      y: { ...axisStyle(theme, { title: t('charts.axis.value', { currency }), format: fmt.moneyCompact }), suggestedMax: Math.max(...starts) * 1.03 },
    },
  };
  return (
    <ChartFigure
      title={t('compare.fan.title')}
      hint={t('compare.fan.hint')}
      height={340}
      testId="compare-fan-panel"
      chartTestId="compare-fan"
      chart={<Line data={data} options={options} plugins={[referenceLinesPlugin]} role="img" aria-label={t('compare.fan.chartLabel', { names: labels.join(', ') })} />}
      table={<OverlayTable records={records} labels={labels} fmt={fmt} />}
    />
  );
}
