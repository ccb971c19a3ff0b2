import type { ChartData, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { sampledWeekIndexes, weekPoints, withAlpha, type Point } from './chart-data';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from './chart-theme';
import { referenceLinesPlugin, type ReferenceLine } from './reference-lines';

type Props = { result: RunResult; fmt: Formatters };

function RecoveryTable({ phaseTwo, fmt }: { phaseTwo: RunResult['phaseTwo']; fmt: Formatters }) {
  const t = useT();
  return (
    <table className="holdings compact summary-table" data-testid="recovery-table">
      <caption className="visually-hidden">{t('results.recoveryChart.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.fan.col.week')}</th>
          <th scope="col" className="num">
            {t('results.recoveryChart.col.probability')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sampledWeekIndexes(phaseTwo).map((i) => (
          <tr key={i}>
            <th scope="row">{t('results.fan.week', { week: fmt.number(phaseTwo.weeks[i] ?? 0) })}</th>
            <td className="num">{fmt.percent(phaseTwo.recoveryProbability[i] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** P(back at the pre-shock value at some week up to t), by week, with the median time to recover marked. */
export function RecoveryChart({ result, fmt }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const { phaseTwo } = result;
  const color = theme.ui.accent;
  const data: ChartData<'line', Point[]> = {
    datasets: [
      {
        label: t('results.recoveryChart.col.probability'),
        data: weekPoints(phaseTwo, phaseTwo.recoveryProbability),
        borderColor: color,
        backgroundColor: withAlpha(color, 0.15),
        borderWidth: 2,
        pointRadius: 0,
        fill: 'origin',
        stepped: 'before',
      },
    ],
  };
  const median = phaseTwo.medianWeeksToRecover;
  const lines: ReferenceLine[] =
    median === null ? [] : [{ axis: 'x', value: median, label: t('results.recoveryChart.median', { weeks: fmt.duration(median, 'week') }), color: theme.ui.text, dash: [6, 4] }];
  const options: ChartOptions<'line'> = {
    ...baseOptions<'line'>(theme),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { display: false },
      referenceLines: { lines, font: theme.labelFont, background: withAlpha(theme.ui.surface, 0.85) },
      tooltip: {
        ...tooltipStyle<'line'>(theme),
        callbacks: {
          title: (items) => t('results.fan.week', { week: fmt.number(Number(items[0]?.parsed.x ?? 0)) }),
          label: (item) => t('results.recovery.value', { pct: fmt.percent(Number(item.parsed.y)) }),
        },
      },
    },
    scales: {
      x: { type: 'linear', ...axisStyle(theme, { title: t('results.fan.axis'), format: (v) => fmt.number(v) }), min: 0, max: phaseTwo.weeks[phaseTwo.weeks.length - 1] },
      y: { ...axisStyle(theme, { title: t('charts.axis.probability'), format: (v) => fmt.percent(v, 0) }), min: 0, max: 1 },
    },
  };
  return (
    <ChartFigure
      title={t('results.recoveryChart.title')}
      hint={t('results.recoveryChart.hint')}
      height={240}
      testId="recovery"
      chart={<Line data={data} options={options} plugins={[referenceLinesPlugin]} role="img" aria-label={t('results.recoveryChart.chartLabel')} />}
      table={<RecoveryTable phaseTwo={phaseTwo} fmt={fmt} />}
    />
  );
}
