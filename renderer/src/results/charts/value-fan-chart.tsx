import type { ChartData, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { fanRows, weekPoints, withAlpha, type Point } from './chart-data';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from './chart-theme';
import { referenceLinesPlugin, type ReferenceLine } from './reference-lines';

type Props = { result: RunResult; fmt: Formatters };
const BANDS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
/** The bands in dataset order: a band's lower edge first, its upper edge filled down to it. */
const DATASET_BANDS = ['p5', 'p95', 'p25', 'p75', 'p50'] as const;

function FanTable({ result, fmt }: Props) {
  const t = useT();
  const currency = result.meta.baseCurrency;
  return (
    <table className="holdings compact summary-table" data-testid="fan-table">
      <caption className="visually-hidden">{t('results.fan.caption', { currency })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.fan.col.week')}</th>
          {BANDS.map((band) => (
            <th key={band} scope="col" className="num">
              {t(`results.fan.col.${band}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {fanRows(result.phaseTwo).map((row) => (
          <tr key={row.week}>
            <th scope="row">{t('results.fan.week', { week: fmt.number(row.week) })}</th>
            {BANDS.map((band) => (
              <td key={band} className="num">
                {fmt.moneyUnits(row[band])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Portfolio value per week after the shock: 5–95 and 25–75 percentile bands, the median, the pre-shock level, a margin call. */
export function ValueFanChart({ result, fmt }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const { phaseTwo, phaseOne } = result;
  const currency = result.meta.baseCurrency;
  const color = theme.ui.accent;
  const band = (key: (typeof BANDS)[number], label: string, fill: string | false, alpha: number) => ({
    label,
    data: weekPoints(phaseTwo, phaseTwo[key]),
    borderWidth: 0,
    pointRadius: 0,
    backgroundColor: withAlpha(color, alpha),
    fill,
  });
  const data: ChartData<'line', Point[]> = {
    datasets: [
      band('p5', '', false, 0),
      band('p95', t('results.fan.band90'), '-1', 0.14),
      band('p25', '', false, 0),
      band('p75', t('results.fan.band50'), '-1', 0.26),
      { label: t('results.fan.median'), data: weekPoints(phaseTwo, phaseTwo.p50), borderColor: color, backgroundColor: color, borderWidth: 2.5, pointRadius: 0, fill: false },
    ],
  };
  const lines: ReferenceLine[] = [
    { axis: 'y', value: phaseOne.startValue, label: t('results.fan.preShock', { amount: fmt.moneyUnits(phaseOne.startValue) }), color: theme.ui.text, dash: [6, 4] },
  ];
  if (phaseOne.marginCall.triggered) {
    const sold = phaseOne.marginCall.forcedSales.reduce((sum, s) => sum + s.proceeds, 0);
    lines.push({ axis: 'x', value: 0, label: t('results.fan.marginCall', { amount: fmt.moneyCompact(sold) }), color: theme.ui.negative });
  }
  const callWeek = phaseTwo.marginCall?.meanPath.week ?? null;
  if (callWeek !== null) lines.push({ axis: 'x', value: callWeek, label: t('results.fan.marginCallTwo', { week: fmt.number(callWeek) }), color: theme.ui.negative, dash: [4, 3] });
  const options: ChartOptions<'line'> = {
    ...baseOptions<'line'>(theme),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: {
        display: true,
        position: 'bottom',
        labels: { color: theme.ui.text, font: theme.font, boxWidth: 14, filter: (item) => item.text !== '' },
      },
      referenceLines: { lines, font: theme.labelFont, background: withAlpha(theme.ui.surface, 0.85) },
      tooltip: {
        ...tooltipStyle<'line'>(theme),
        itemSort: (a, b) => Number(b.parsed.y) - Number(a.parsed.y),
        callbacks: {
          title: (items) => t('results.fan.week', { week: fmt.number(Number(items[0]?.parsed.x ?? 0)) }),
          label: (item) => t('results.chart.seriesValue', { name: t(`results.fan.col.${DATASET_BANDS[item.datasetIndex] ?? 'p50'}`), amount: fmt.moneyUnits(Number(item.parsed.y)) }),
        },
      },
    },
    scales: {
      x: { type: 'linear', ...axisStyle(theme, { title: t('results.fan.axis'), format: (v) => fmt.number(v) }), min: 0, max: phaseTwo.weeks[phaseTwo.weeks.length - 1] },
      y: { ...axisStyle(theme, { title: t('charts.axis.value', { currency }), format: fmt.moneyCompact }), suggestedMax: phaseOne.startValue * 1.03 },
    },
  };
  return (
    <ChartFigure
      title={t('results.fan.title')}
      hint={t('results.fan.hint')}
      height={320}
      testId="value-fan"
      chart={<Line data={data} options={options} plugins={[referenceLinesPlugin]} role="img" aria-label={t('results.fan.chartLabel', { currency })} />}
      table={<FanTable result={result} fmt={fmt} />}
    />
  );
}
